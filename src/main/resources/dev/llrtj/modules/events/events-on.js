'use strict';
// events.on (an async iterator over an emitter's events), addAbortListener, getMaxListeners and setMaxListeners
// for EventTargets too (llrt:events-on). Runs unlowered on Rhino: the iterator is a plain object whose next()
// returns promises, not an async generator.
const { invalidArgType, abortError } = require('llrt:errors');

const kMaxListeners = Symbol('events.maxListeners');

function isSignal(v) {
  return v !== null && typeof v === 'object' && 'aborted' in v && typeof v.addEventListener === 'function';
}
function checkSignal(signal, what) {
  if (signal !== undefined && !isSignal(signal)) throw invalidArgType(what, 'an instance of AbortSignal', signal);
}
const isEventTarget = (t) => t !== null && typeof t === 'object' && typeof t.addEventListener === 'function' &&
  typeof t.dispatchEvent === 'function' && typeof t.on !== 'function';

// listening to an EventEmitter or a DOM EventTarget alike (an EventTarget's listener gets the event)
function listen(target, name, fn) {
  if (typeof target.on === 'function') target.on(name, fn);
  else target.addEventListener(name, fn);
}
function unlisten(target, name, fn) {
  if (typeof target.removeListener === 'function') target.removeListener(name, fn);
  else target.removeEventListener(name, fn);
}

function watermark(value, dflt, name) {
  if (value === undefined) return dflt;
  if (typeof value !== 'number') throw invalidArgType(`"options.${name}" property`, 'of type number', value);
  if (!Number.isInteger(value) || value < 1 || value > Number.MAX_SAFE_INTEGER) {
    let range = Number.isInteger(value) ? '>= 1 && <= 9007199254740991' : 'an integer';
    let err = new RangeError(`The value of "options.${name}" is out of range. It must be ${range}. Received ${value}`);
    err.code = 'ERR_OUT_OF_RANGE';
    throw err;
  }
  return value;
}

function on(emitter, event, options) {
  if (options === undefined) options = {};
  if (options === null || typeof options !== 'object') throw invalidArgType('options', 'of type object', options);
  let signal = options.signal;
  checkSignal(signal, '"options.signal" property');
  if (signal && signal.aborted) throw abortError(signal);
  let closeEvents = options.close;
  // a stream (anything with pause/resume) is paused while more than highWaterMark events wait, resumed below low
  let high = watermark(options.highWaterMark !== undefined ? options.highWaterMark : options.highWatermark,
    Number.MAX_SAFE_INTEGER, 'highWaterMark');
  let low = watermark(options.lowWaterMark !== undefined ? options.lowWaterMark : options.lowWatermark, 1, 'lowWaterMark');
  let paused = false;

  let events = [];      // emitted, not yet taken
  let waiting = [];     // next() calls waiting for an event: {resolve, reject}
  let error = null;
  let finished = false;
  let listeners = [];

  function add(target, name, fn) {
    listen(target, name, fn);
    listeners.push([target, name, fn]);
  }
  function removeAll() {
    listeners.forEach((l) => unlisten(l[0], l[1], l[2]));
    listeners = [];
  }
  function closeHandler() {
    removeAll();
    finished = true;
    let done = { value: undefined, done: true };
    while (waiting.length > 0) waiting.shift().resolve(done);
    return Promise.resolve(done);
  }
  function errorHandler(err) {
    if (waiting.length === 0) error = err;
    else waiting.shift().reject(err);
    closeHandler();
  }
  function eventHandler() {
    let args = isEventTarget(emitter) ? [arguments[0]] : Array.prototype.slice.call(arguments);
    if (waiting.length > 0) {
      waiting.shift().resolve({ value: args, done: false });
      return;
    }
    events.push(args);
    if (!paused && events.length > high && typeof emitter.pause === 'function') {
      paused = true;
      emitter.pause();
    }
  }

  add(emitter, event, eventHandler);
  if (event !== 'error' && typeof emitter.on === 'function') add(emitter, 'error', errorHandler);
  if (Array.isArray(closeEvents)) closeEvents.forEach((name) => add(emitter, name, closeHandler));
  let onAbort = () => errorHandler(abortError(signal));
  if (signal) {
    signal.addEventListener('abort', onAbort, { once: true });
    listeners.push([signal, 'abort', onAbort]);
  }

  let iterator = {
    next: function () {
      if (events.length > 0) {
        let value = events.shift();
        if (paused && events.length < low) {
          paused = false;
          emitter.resume();
        }
        return Promise.resolve({ value: value, done: false });
      }
      if (error) {
        let p = Promise.reject(error);
        error = null;
        return p;
      }
      if (finished) return closeHandler();
      return new Promise((resolve, reject) => waiting.push({ resolve: resolve, reject: reject }));
    },
    return: function () { return closeHandler(); },
    throw: function (err) {
      if (!(err instanceof Error)) throw invalidArgType('"EventEmitter.AsyncIterator" property', 'an instance of Error', err);
      errorHandler(err);
    },
  };
  iterator[Symbol.asyncIterator] = function () { return this; };
  return iterator;
}

function addAbortListener(signal, listener) {
  if (signal === undefined || !isSignal(signal)) throw invalidArgType('signal', 'an instance of AbortSignal', signal);
  if (typeof listener !== 'function') throw invalidArgType('listener', 'of type function', listener);
  let remove = null;
  if (signal.aborted) {
    queueMicrotask(() => listener());
  } else {
    signal.addEventListener('abort', listener, { once: true });
    remove = () => signal.removeEventListener('abort', listener);
  }
  let disposable = Object.create(null);
  disposable[Symbol.dispose] = function () { if (remove) remove(); };
  return disposable;
}

function getMaxListeners(emitterOrTarget, defaultMax) {
  if (emitterOrTarget !== null && typeof emitterOrTarget === 'object' &&
      typeof emitterOrTarget.getMaxListeners === 'function') {
    return emitterOrTarget.getMaxListeners();
  }
  if (isEventTarget(emitterOrTarget)) {
    let n = emitterOrTarget[kMaxListeners];
    return n === undefined ? defaultMax() : n;
  }
  throw invalidArgType('emitter', 'an instance of EventEmitter or EventTarget', emitterOrTarget);
}

// events.setMaxListeners(n, ...targets): the default without targets; an EventTarget keeps its own limit
function setMaxListeners(setDefault, n, targets) {
  if (targets.length === 0) {
    setDefault(n);
    return;
  }
  targets.forEach((t) => {
    if (isEventTarget(t)) {
      if (typeof n !== 'number' || n < 0 || n !== n) {
        let err = new RangeError(`The value of "n" is out of range. It must be a non-negative number. Received ${n}`);
        err.code = 'ERR_OUT_OF_RANGE';
        throw err;
      }
      Object.defineProperty(t, kMaxListeners, { value: n, writable: true, configurable: true });
    } else if (t !== null && typeof t === 'object' && typeof t.setMaxListeners === 'function') {
      t.setMaxListeners(n);
    } else {
      throw invalidArgType('eventTargets', 'an instance of EventEmitter or EventTarget', t);
    }
  });
}

module.exports = { on, addAbortListener, getMaxListeners, setMaxListeners };
