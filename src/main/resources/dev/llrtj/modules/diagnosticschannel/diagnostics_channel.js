// Node's diagnostics_channel: named channels that publishers post messages to and subscribers listen on, and
// tracingChannel's start/end/asyncStart/asyncEnd/error channels around a call. Channels live as long as the realm
// (Node holds unsubscribed ones weakly; the difference is unobservable but for memory).
'use strict';

const errors = require('llrt:errors');

const channels = new Map();

function Channel(name) {
  this.name = name;
  this._subscribers = [];
}

Object.defineProperty(Channel.prototype, 'hasSubscribers', {
  get() {
    return this._subscribers.length > 0;
  },
});

Channel.prototype.subscribe = function (subscription) {
  if (typeof subscription !== 'function') throw errors.invalidArgType('subscription', 'of type function', subscription);
  this._subscribers = this._subscribers.concat([subscription]);
};

Channel.prototype.unsubscribe = function (subscription) {
  let index = this._subscribers.indexOf(subscription);
  if (index < 0) return false;
  this._subscribers = this._subscribers.slice(0, index).concat(this._subscribers.slice(index + 1));
  return true;
};

// a subscriber's throw does not stop the others nor the publisher: it surfaces as an uncaught exception later
Channel.prototype.publish = function (message) {
  let name = this.name;
  this._subscribers.forEach(fn => {
    try {
      fn(message, name);
    } catch (err) {
      process.nextTick(() => {
        throw err;
      });
    }
  });
};

// stores are AsyncLocalStorage's; without async_hooks here, runStores runs the function with the message only
Channel.prototype.bindStore = function () {
  throw errors.coded(Error, 'ERR_NOT_SUPPORTED', 'diagnostics_channel bindStore (no AsyncLocalStorage) is not supported by llrt-java');
};
Channel.prototype.unbindStore = function () {
  return false;
};
Channel.prototype.runStores = function (data, fn, thisArg) {
  let args = Array.prototype.slice.call(arguments, 3);
  this.publish(data);
  return fn.apply(thisArg, args);
};

function checkName(name) {
  if (typeof name !== 'string' && typeof name !== 'symbol') {
    throw errors.invalidArgType('channel', 'one of type string or symbol', name);
  }
}

function channel(name) {
  checkName(name);
  let existing = channels.get(name);
  if (existing) return existing;
  let created = new Channel(name);
  channels.set(name, created);
  return created;
}

function hasSubscribers(name) {
  checkName(name);
  let existing = channels.get(name);
  return existing ? existing.hasSubscribers : false;
}

function subscribe(name, subscription) {
  channel(name).subscribe(subscription);
}

function unsubscribe(name, subscription) {
  return channel(name).unsubscribe(subscription);
}

const EVENTS = ['start', 'end', 'asyncStart', 'asyncEnd', 'error'];

function TracingChannel(nameOrChannels) {
  if (typeof nameOrChannels === 'string') {
    EVENTS.forEach(e => {
      this[e] = channel(`tracing:${nameOrChannels}:${e}`);
    });
  } else if (nameOrChannels && typeof nameOrChannels === 'object') {
    EVENTS.forEach(e => {
      let c = nameOrChannels[e];
      if (!(c instanceof Channel)) throw errors.invalidArgType(`nameOrChannels.${e}`, 'an instance of Channel', c);
      this[e] = c;
    });
  } else {
    throw errors.invalidArgType('nameOrChannels', 'of type string or an instance of TracingChannel or Object', nameOrChannels);
  }
}

Object.defineProperty(TracingChannel.prototype, 'hasSubscribers', {
  get() {
    return EVENTS.some(e => this[e].hasSubscribers);
  },
});

TracingChannel.prototype.subscribe = function (handlers) {
  EVENTS.forEach(e => {
    if (handlers[e]) this[e].subscribe(handlers[e]);
  });
};

TracingChannel.prototype.unsubscribe = function (handlers) {
  let done = true;
  EVENTS.forEach(e => {
    if (handlers[e] && !this[e].unsubscribe(handlers[e])) done = false;
  });
  return done;
};

// start, the call, error if it throws, end: the part every trace form shares
function around(tc, ctx, call) {
  tc.start.publish(ctx);
  try {
    return call();
  } catch (err) {
    ctx.error = err;
    tc.error.publish(ctx);
    throw err;
  } finally {
    tc.end.publish(ctx);
  }
}

TracingChannel.prototype.traceSync = function (fn, context, thisArg) {
  let args = Array.prototype.slice.call(arguments, 3);
  let ctx = context === undefined ? {} : context;
  return around(this, ctx, () => {
    ctx.result = fn.apply(thisArg, args);
    return ctx.result;
  });
};

TracingChannel.prototype.tracePromise = function (fn, context, thisArg) {
  let args = Array.prototype.slice.call(arguments, 3);
  let ctx = context === undefined ? {} : context;
  let self = this;
  function settled() {
    self.asyncStart.publish(ctx);
    self.asyncEnd.publish(ctx);
  }
  return around(this, ctx, () => Promise.resolve(fn.apply(thisArg, args)).then(result => {
    ctx.result = result;
    settled();
    return result;
  }, err => {
    ctx.error = err;
    self.error.publish(ctx);
    settled();
    throw err;
  }));
};

TracingChannel.prototype.traceCallback = function (fn, position, context, thisArg) {
  let args = Array.prototype.slice.call(arguments, 4);
  let at = position === undefined ? -1 : position;
  let index = at < 0 ? args.length + at : at;
  let callback = args[index];
  if (typeof callback !== 'function') throw errors.invalidArgType('callback', 'of type function', callback);
  let ctx = context === undefined ? {} : context;
  let self = this;
  args[index] = function (err, result) {
    if (err) {
      ctx.error = err;
      self.error.publish(ctx);
    } else {
      ctx.result = result;
    }
    self.asyncStart.publish(ctx);
    try {
      return callback.apply(this, arguments);
    } finally {
      self.asyncEnd.publish(ctx);
    }
  };
  // as Node: the call's own return value is not the result (the callback's is)
  return around(this, ctx, () => fn.apply(thisArg, args));
};

function tracingChannel(nameOrChannels) {
  return new TracingChannel(nameOrChannels);
}

module.exports = { channel, hasSubscribers, subscribe, unsubscribe, tracingChannel, Channel };
