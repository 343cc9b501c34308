// AbortController and AbortSignal (abort, timeout, any) over the DOM EventTarget.
'use strict';

const events = require('llrt:events');
const EventTarget = events.EventTarget;

const kSignal = Symbol('signal state');
const kCreate = Symbol('create');

function domException(message, name) {
  let DOMException = require('llrt:dom-exception').DOMException;
  return new DOMException(message, name);
}

function state(signal) {
  let s = signal !== null && typeof signal === 'object' ? signal[kSignal] : undefined;
  if (!s) throw new TypeError('Value of "this" must be of type AbortSignal');
  return s;
}

function AbortSignal(token) {
  if (token !== kCreate) throw new TypeError('Illegal constructor');
  EventTarget.call(this);
  Object.defineProperty(this, kSignal, { value: { aborted: false, reason: undefined } });
}
AbortSignal.prototype = Object.create(EventTarget.prototype, { constructor: { value: AbortSignal, writable: true, configurable: true } });
Object.setPrototypeOf(AbortSignal, EventTarget);
Object.defineProperty(AbortSignal.prototype, Symbol.toStringTag, { value: 'AbortSignal', configurable: true });
Object.defineProperty(AbortSignal.prototype, 'aborted', { configurable: true, enumerable: true, get() { return state(this).aborted; } });
Object.defineProperty(AbortSignal.prototype, 'reason', { configurable: true, enumerable: true, get() { return state(this).reason; } });
AbortSignal.prototype.throwIfAborted = function throwIfAborted() {
  let s = state(this);
  if (s.aborted) throw s.reason;
};
events.defineEventHandler(AbortSignal.prototype, 'abort');

function newSignal() {
  return new AbortSignal(kCreate);
}

function signalAbort(signal, reason) {
  let s = state(signal);
  if (s.aborted) return;
  s.aborted = true;
  s.reason = reason === undefined ? domException('This operation was aborted', 'AbortError') : reason;
  signal.dispatchEvent(events.trustedEvent('abort'));
}

AbortSignal.abort = function abort(reason) {
  let signal = newSignal();
  signalAbort(signal, reason);
  return signal;
};

AbortSignal.timeout = function timeout(delay) {
  delay = Number(delay);
  if (!(delay >= 0) || delay > Number.MAX_SAFE_INTEGER) {
    let err = new RangeError(`The value of "delay" is out of range. It must be >= 0 && <= ${Number.MAX_SAFE_INTEGER}. Received ${delay}`);
    err.code = 'ERR_OUT_OF_RANGE';
    throw err;
  }
  let signal = newSignal();
  // unref'd: a pending timeout signal does not keep the process alive, as in Node
  require('timers').setTimeout(() => {
    signalAbort(signal, domException('The operation was aborted due to timeout', 'TimeoutError'));
  }, delay).unref();
  return signal;
};

AbortSignal.any = function any(signals) {
  let list = Array.from(signals);
  list.forEach((signal, i) => {
    if (!(signal instanceof AbortSignal)) {
      let err = new TypeError(`The "signals[${i}]" argument must be an instance of AbortSignal. Received ${signal === null ? 'null' : typeof signal}`);
      err.code = 'ERR_INVALID_ARG_TYPE';
      throw err;
    }
  });
  let result = newSignal();
  let already = list.find(signal => signal.aborted);
  if (already) {
    signalAbort(result, already.reason);
    return result;
  }
  list.forEach(signal => {
    signal.addEventListener('abort', () => signalAbort(result, signal.reason), { once: true });
  });
  return result;
};

function AbortController() {
  if (!(this instanceof AbortController)) throw new TypeError("Class constructor AbortController cannot be invoked without 'new'");
  Object.defineProperty(this, kSignal, { value: newSignal() });
}
Object.defineProperty(AbortController.prototype, 'signal', { configurable: true, enumerable: true, get() { return this[kSignal]; } });
AbortController.prototype.abort = function abort(reason) {
  signalAbort(this[kSignal], reason);
};
Object.defineProperty(AbortController.prototype, Symbol.toStringTag, { value: 'AbortController', configurable: true });

const inspectHelper = require('llrt:web-inspect');
inspectHelper.defineInspect(AbortSignal.prototype, s => ({ aborted: s.aborted }));
inspectHelper.defineInspect(AbortController.prototype, c => ({ signal: c.signal }));

module.exports = { AbortController, AbortSignal };
