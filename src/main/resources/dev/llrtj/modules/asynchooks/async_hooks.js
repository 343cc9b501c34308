// node:async_hooks: AsyncLocalStorage and AsyncResource. The current stores are one immutable Map (AsyncLocalStorage
// to store) in the realm's async context (bootstrap.js), which promise reactions, timers, nextTick, queueMicrotask
// and Lambda invocations capture when scheduled and restore when run. Making the first AsyncLocalStorage turns the
// capturing on; until then none of it costs anything.
'use strict';

const errors = require('llrt:errors');

const context = globalThis[Symbol.for('llrt.asyncContext')];

function checkFunction(fn, name) {
  if (typeof fn !== 'function') throw errors.invalidArgType(name, 'function', fn);
}

// fn.apply(thisArg, args) with `frame` as the current stores, the previous ones back afterwards
function runInFrame(frame, fn, thisArg, args) {
  const outer = context.frame;
  context.frame = frame;
  try {
    return fn.apply(thisArg, args);
  } finally {
    context.frame = outer;
  }
}

function withStore(frame, storage, store) {
  const next = new Map(frame);
  next.set(storage, store);
  return next;
}

function withoutStore(frame, storage) {
  if (frame === undefined || !frame.has(storage)) return frame;
  const next = new Map(frame);
  next.delete(storage);
  return next.size ? next : undefined;
}

function AsyncLocalStorage() {
  if (!(this instanceof AsyncLocalStorage)) throw new TypeError("Class constructor AsyncLocalStorage cannot be invoked without 'new'");
  context.enabled = true;
  this._enabled = true;
}
AsyncLocalStorage.prototype.getStore = function getStore() {
  const frame = context.frame;
  return this._enabled && frame !== undefined ? frame.get(this) : undefined;
};
AsyncLocalStorage.prototype.run = function run(store, callback) {
  checkFunction(callback, 'callback');
  this._enabled = true;
  return runInFrame(withStore(context.frame, this, store), callback, undefined, Array.prototype.slice.call(arguments, 2));
};
AsyncLocalStorage.prototype.exit = function exit(callback) {
  checkFunction(callback, 'callback');
  return runInFrame(withoutStore(context.frame, this), callback, undefined, Array.prototype.slice.call(arguments, 1));
};
AsyncLocalStorage.prototype.enterWith = function enterWith(store) {
  this._enabled = true;
  context.frame = withStore(context.frame, this, store);
};
// Node: getStore() answers undefined until the next run() or enterWith(); the store leaves the current context
AsyncLocalStorage.prototype.disable = function disable() {
  this._enabled = false;
  context.frame = withoutStore(context.frame, this);
};
AsyncLocalStorage.bind = function bind(fn) {
  checkFunction(fn, 'fn');
  return AsyncResource.bind(fn);
};
AsyncLocalStorage.snapshot = function snapshot() {
  context.enabled = true;
  const frame = context.frame;
  return function runInAsyncScope(fn) {
    checkFunction(fn, 'fn');
    return runInFrame(frame, fn, this, Array.prototype.slice.call(arguments, 1));
  };
};

// Node's ids: 1 is the main script's execution, 0 "no trigger"; an AsyncResource gets the next one and reports it
// while its runInAsyncScope runs (the ids of promises and timers are not tracked: no createHook)
let lastAsyncId = 1;
let current = { id: 1, trigger: 0, resource: {} };

function AsyncResource(type, options) {
  if (!(this instanceof AsyncResource)) throw new TypeError("Class constructor AsyncResource cannot be invoked without 'new'");
  if (typeof type !== 'string') throw errors.invalidArgType('type', 'string', type);
  const trigger = typeof options === 'number' ? options
    : options && typeof options.triggerAsyncId === 'number' ? options.triggerAsyncId : current.id;
  if (trigger < -1 || trigger !== Math.floor(trigger)) {
    const err = new RangeError(`Invalid triggerAsyncId value: ${trigger}`);
    err.code = 'ERR_INVALID_ASYNC_ID';
    throw err;
  }
  context.enabled = true;
  this._frame = context.frame;
  this._ids = { id: ++lastAsyncId, trigger, resource: this };
  this._type = type;
}
AsyncResource.prototype.runInAsyncScope = function runInAsyncScope(fn, thisArg) {
  checkFunction(fn, 'fn');
  const outerIds = current;
  current = this._ids;
  try {
    return runInFrame(this._frame, fn, thisArg, Array.prototype.slice.call(arguments, 2));
  } finally {
    current = outerIds;
  }
};
AsyncResource.prototype.emitDestroy = function emitDestroy() {
  return this;
};
AsyncResource.prototype.asyncId = function asyncId() {
  return this._ids.id;
};
AsyncResource.prototype.triggerAsyncId = function triggerAsyncId() {
  return this._ids.trigger;
};
AsyncResource.prototype.bind = function bind(fn, thisArg) {
  checkFunction(fn, 'fn');
  const resource = this;
  const bound = thisArg === undefined
    ? function () { return resource.runInAsyncScope.apply(resource, [fn, this].concat(Array.prototype.slice.call(arguments))); }
    : function () { return resource.runInAsyncScope.apply(resource, [fn, thisArg].concat(Array.prototype.slice.call(arguments))); };
  delete bound.length; // Rhino ignores a redefinition of `length` that is not preceded by a delete
  Object.defineProperties(bound, {
    length: { configurable: true, enumerable: false, value: fn.length, writable: false },
    asyncResource: { configurable: true, enumerable: true, value: this, writable: true },
  });
  return bound;
};
AsyncResource.bind = function bind(fn, type, thisArg) {
  checkFunction(fn, 'fn');
  return new AsyncResource(type || fn.name || 'bound-anonymous-fn').bind(fn, thisArg);
};

function executionAsyncId() {
  return current.id;
}

function triggerAsyncId() {
  return current.trigger;
}

function executionAsyncResource() {
  return current.resource;
}

module.exports = {
  AsyncLocalStorage,
  AsyncResource,
  executionAsyncId,
  triggerAsyncId,
  executionAsyncResource,
  createHook: errors.notSupportedFunction('createHook',
    'async_hooks.createHook is not supported: this runtime does not track the lifecycle of promises and timers'),
  asyncWrapProviders: Object.freeze({ __proto__: null }),
};
