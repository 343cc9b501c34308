'use strict';
// Node-compatible `events`. Runs unlowered on Rhino 1.9.1: function constructors instead of class, and
// `let` rather than `const` inside blocks (Rhino scopes const per function and rejects redeclarations).

const kOnceWrapper = Symbol('onceWrapper');
let defaultMaxListeners = 10;

function checkListener(listener) {
  if (typeof listener !== 'function') {
    let err = new TypeError('The "listener" argument must be of type function. Received ' +
      (listener === null ? 'null' : typeof listener));
    err.code = 'ERR_INVALID_ARG_TYPE';
    throw err;
  }
}

function EventEmitter(opts) {
  EventEmitter.init.call(this, opts);
}

EventEmitter.init = function (opts) {
  if (this._events === undefined || this._events === Object.getPrototypeOf(this)._events) {
    this._events = Object.create(null);
    this._eventsCount = 0;
  }
  this._maxListeners = this._maxListeners || undefined;
};

EventEmitter.prototype._events = undefined;
EventEmitter.prototype._eventsCount = 0;
EventEmitter.prototype._maxListeners = undefined;

Object.defineProperty(EventEmitter, 'defaultMaxListeners', {
  enumerable: true,
  get: function () { return defaultMaxListeners; },
  set: function (n) {
    if (typeof n !== 'number' || n < 0 || n !== n) {
      let err = new RangeError('The value of "defaultMaxListeners" is out of range. It must be a non-negative number. Received ' + n);
      err.code = 'ERR_OUT_OF_RANGE';
      throw err;
    }
    defaultMaxListeners = n;
  },
});

EventEmitter.errorMonitor = Symbol('events.errorMonitor');
EventEmitter.captureRejectionSymbol = Symbol.for('nodejs.rejection');

function ensureEvents(emitter) {
  if (emitter._events === undefined) {
    emitter._events = Object.create(null);
    emitter._eventsCount = 0;
  }
  return emitter._events;
}

EventEmitter.prototype.setMaxListeners = function setMaxListeners(n) {
  if (typeof n !== 'number' || n < 0 || n !== n) {
    let err = new RangeError('The value of "n" is out of range. It must be a non-negative number. Received ' + n);
    err.code = 'ERR_OUT_OF_RANGE';
    throw err;
  }
  this._maxListeners = n;
  return this;
};

EventEmitter.prototype.getMaxListeners = function getMaxListeners() {
  return this._maxListeners === undefined ? defaultMaxListeners : this._maxListeners;
};

EventEmitter.prototype.emit = function emit(type) {
  let args = Array.prototype.slice.call(arguments, 1);
  let events = this._events;
  if (type === 'error' && events !== undefined && events[EventEmitter.errorMonitor] !== undefined) {
    this.emit.apply(this, [EventEmitter.errorMonitor].concat(args));
  }
  let handler = events === undefined ? undefined : events[type];
  if (handler === undefined) {
    if (type !== 'error') return false;
    let er = args[0];
    if (er instanceof Error) throw er;
    let err = new Error('Unhandled error.' + (er === undefined ? '' : ' (' + describe(er) + ')'));
    err.code = 'ERR_UNHANDLED_ERROR';
    err.context = er;
    throw err;
  }
  if (typeof handler === 'function') {
    handler.apply(this, args);
  } else {
    // Copy so listeners added or removed during emit do not affect this round, as in Node.
    let listeners = handler.slice();
    for (let i = 0; i < listeners.length; i++) listeners[i].apply(this, args);
  }
  return true;
};

function describe(v) {
  try {
    return typeof v === 'string' ? "'" + v + "'" : String(v);
  } catch (e) {
    return Object.prototype.toString.call(v);
  }
}

function addListener(target, type, listener, prepend) {
  checkListener(listener);
  let events = ensureEvents(target);
  if (events.newListener !== undefined) {
    target.emit('newListener', type, listener.listener ? listener.listener : listener);
    events = target._events;
  }
  let existing = events[type];
  if (existing === undefined) {
    events[type] = listener;
    target._eventsCount++;
  } else {
    if (typeof existing === 'function') {
      existing = events[type] = prepend ? [listener, existing] : [existing, listener];
    } else if (prepend) {
      existing.unshift(listener);
    } else {
      existing.push(listener);
    }
    let max = target.getMaxListeners();
    if (max > 0 && existing.length > max && !existing.warned) {
      existing.warned = true;
      warnLeak(target, type, existing.length);
    }
  }
  return target;
}

function warnLeak(target, type, count) {
  let name = target.constructor && target.constructor.name ? target.constructor.name : 'EventEmitter';
  let msg = 'Possible EventEmitter memory leak detected. ' + count + ' ' + String(type) + ' listeners added to [' +
    name + ']. MaxListeners is ' + target.getMaxListeners() + '. Use emitter.setMaxListeners() to increase limit';
  let proc = typeof process !== 'undefined' ? process : undefined;
  if (proc && typeof proc.emitWarning === 'function') {
    let w = new Error(msg);
    w.name = 'MaxListenersExceededWarning';
    w.emitter = target;
    w.type = type;
    w.count = count;
    proc.emitWarning(w);
  } else if (typeof console !== 'undefined') {
    console.error('(node) MaxListenersExceededWarning: ' + msg);
  }
}

EventEmitter.prototype.addListener = function addListenerMethod(type, listener) {
  return addListener(this, type, listener, false);
};
EventEmitter.prototype.on = EventEmitter.prototype.addListener;

EventEmitter.prototype.prependListener = function prependListener(type, listener) {
  return addListener(this, type, listener, true);
};

function onceWrap(target, type, listener) {
  let state = { fired: false, target: target, type: type, listener: listener };
  function wrapped() {
    if (state.fired) return undefined;
    state.target.removeListener(state.type, wrapped);
    state.fired = true;
    return state.listener.apply(state.target, arguments);
  }
  wrapped.listener = listener;
  wrapped[kOnceWrapper] = true;
  return wrapped;
}

EventEmitter.prototype.once = function once(type, listener) {
  checkListener(listener);
  this.on(type, onceWrap(this, type, listener));
  return this;
};

EventEmitter.prototype.prependOnceListener = function prependOnceListener(type, listener) {
  checkListener(listener);
  this.prependListener(type, onceWrap(this, type, listener));
  return this;
};

EventEmitter.prototype.removeListener = function removeListener(type, listener) {
  checkListener(listener);
  let events = this._events;
  if (events === undefined) return this;
  let list = events[type];
  if (list === undefined) return this;
  if (list === listener || list.listener === listener) {
    if (--this._eventsCount === 0) this._events = Object.create(null);
    else delete events[type];
    if (events.removeListener) this.emit('removeListener', type, list.listener || listener);
  } else if (typeof list !== 'function') {
    let position = -1;
    for (let i = list.length - 1; i >= 0; i--) {
      if (list[i] === listener || list[i].listener === listener) {
        position = i;
        break;
      }
    }
    if (position < 0) return this;
    let removed = list[position];
    list.splice(position, 1);
    if (list.length === 1) events[type] = list[0];
    if (events.removeListener !== undefined) this.emit('removeListener', type, removed.listener || listener);
  }
  return this;
};
EventEmitter.prototype.off = EventEmitter.prototype.removeListener;

EventEmitter.prototype.removeAllListeners = function removeAllListeners(type) {
  let events = this._events;
  if (events === undefined) return this;
  if (events.removeListener === undefined) {
    if (arguments.length === 0) {
      this._events = Object.create(null);
      this._eventsCount = 0;
    } else if (events[type] !== undefined) {
      if (--this._eventsCount === 0) this._events = Object.create(null);
      else delete events[type];
    }
    return this;
  }
  if (arguments.length === 0) {
    // Remove 'removeListener' last so its listeners observe every other removal.
    let keys = Reflect.ownKeys(events);
    for (let i = 0; i < keys.length; i++) {
      if (keys[i] !== 'removeListener') this.removeAllListeners(keys[i]);
    }
    this.removeAllListeners('removeListener');
    this._events = Object.create(null);
    this._eventsCount = 0;
    return this;
  }
  let listeners = events[type];
  if (typeof listeners === 'function') {
    this.removeListener(type, listeners);
  } else if (listeners !== undefined) {
    for (let i = listeners.length - 1; i >= 0; i--) this.removeListener(type, listeners[i]);
  }
  return this;
};

function listenersOf(target, type, unwrap) {
  let events = target._events;
  if (events === undefined || events[type] === undefined) return [];
  let list = events[type];
  if (typeof list === 'function') return unwrap ? [list.listener || list] : [list];
  return list.map((l) => (unwrap ? l.listener || l : l));
}

EventEmitter.prototype.listeners = function listeners(type) {
  return listenersOf(this, type, true);
};

EventEmitter.prototype.rawListeners = function rawListeners(type) {
  return listenersOf(this, type, false);
};

EventEmitter.prototype.listenerCount = function listenerCount(type, listener) {
  let events = this._events;
  if (events === undefined || events[type] === undefined) return 0;
  let list = events[type];
  if (typeof list === 'function') list = [list];
  if (listener === undefined || listener === null) return list.length;
  return list.filter((l) => l === listener || l.listener === listener).length;
};

EventEmitter.listenerCount = function (emitter, type) {
  return typeof emitter.listenerCount === 'function' ? emitter.listenerCount(type) : 0;
};

EventEmitter.prototype.eventNames = function eventNames() {
  return this._eventsCount > 0 ? Reflect.ownKeys(this._events) : [];
};

function once(emitter, name, options) {
  return new Promise((resolve, reject) => {
    let signal = options && options.signal;
    if (signal && signal.aborted) {
      reject(require('llrt:errors').abortError(signal));
      return;
    }
    let onAbort;
    let errorListener;
    let resolver = function () {
      if (errorListener !== undefined) removeAny(emitter, 'error', errorListener);
      if (signal && onAbort) signal.removeEventListener('abort', onAbort);
      resolve(Array.prototype.slice.call(arguments));
    };
    if (name !== 'error') {
      errorListener = function (err) {
        removeAny(emitter, name, resolver);
        if (signal && onAbort) signal.removeEventListener('abort', onAbort);
        reject(err);
      };
      addOnce(emitter, 'error', errorListener);
    }
    addOnce(emitter, name, resolver);
    if (signal && typeof signal.addEventListener === 'function') {
      onAbort = function () {
        removeAny(emitter, name, resolver);
        if (errorListener !== undefined) removeAny(emitter, 'error', errorListener);
        reject(require('llrt:errors').abortError(signal));
      };
      signal.addEventListener('abort', onAbort, { once: true });
    }
  });
}

// once() also accepts DOM-style EventTargets.
function addOnce(emitter, name, fn) {
  if (typeof emitter.once === 'function') emitter.once(name, fn);
  else emitter.addEventListener(name, fn, { once: true });
}

function removeAny(emitter, name, fn) {
  if (typeof emitter.removeListener === 'function') emitter.removeListener(name, fn);
  else emitter.removeEventListener(name, fn);
}

function getEventListeners(emitter, name) {
  if (typeof emitter.listeners === 'function') return emitter.listeners(name);
  return [];
}

// on, addAbortListener, getMaxListeners and setMaxListeners (EventTargets included) live in events-on.js
const extras = require('llrt:events-on');

function setMaxListeners(n) {
  extras.setMaxListeners((v) => { EventEmitter.defaultMaxListeners = v; }, n, Array.prototype.slice.call(arguments, 1));
}

EventEmitter.once = once;
EventEmitter.EventEmitter = EventEmitter;
EventEmitter.usingDomains = false;
EventEmitter.getEventListeners = getEventListeners;
EventEmitter.setMaxListeners = setMaxListeners;
EventEmitter.on = extras.on;
EventEmitter.addAbortListener = extras.addAbortListener;
EventEmitter.getMaxListeners = (emitterOrTarget) => extras.getMaxListeners(emitterOrTarget, () => defaultMaxListeners);

// the DOM EventTarget and Event load only when asked for
['EventTarget', 'Event'].forEach((name) => {
  Object.defineProperty(EventEmitter, name, {
    configurable: true,
    enumerable: false,
    get: function () { return require('llrt:events')[name]; },
  });
});

module.exports = EventEmitter;
