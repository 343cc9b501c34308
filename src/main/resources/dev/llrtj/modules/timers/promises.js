'use strict';
// timers/promises (also timers.promises): setTimeout, setImmediate, setInterval as an async iterator, and
// scheduler.wait/yield, with Node's options (signal, ref) and errors, which reject rather than throw. Runs unlowered
// on Rhino: the interval's iterator is a plain object whose next() returns promises, not an async generator.
const { invalidArgType, abortError } = require('llrt:errors');

function timers() {
  return require('timers');
}

// the options' error, or null: {signal, ref}
function checkOptions(options) {
  if (options === null || typeof options !== 'object') return invalidArgType('options', 'of type object', options);
  let signal = options.signal;
  if (signal !== undefined && (signal === null || typeof signal !== 'object' || !('aborted' in signal))) {
    return invalidArgType('"options.signal" property', 'an instance of AbortSignal', signal);
  }
  if (options.ref !== undefined && typeof options.ref !== 'boolean') {
    return invalidArgType('"options.ref" property', 'of type boolean', options.ref);
  }
  return null;
}

// a one-shot timer (setTimeout or setImmediate) as a promise
function oneShot(start, clear, value, options) {
  if (options === undefined) options = {};
  let invalid = checkOptions(options);
  if (invalid) return Promise.reject(invalid);
  let signal = options.signal;
  if (signal && signal.aborted) return Promise.reject(abortError(signal));
  return new Promise((resolve, reject) => {
    let onAbort;
    let timer = start(() => {
      if (signal) signal.removeEventListener('abort', onAbort);
      resolve(value);
    });
    if (options.ref === false && typeof timer.unref === 'function') timer.unref();
    if (signal) {
      onAbort = () => {
        clear(timer);
        reject(abortError(signal));
      };
      signal.addEventListener('abort', onAbort, { once: true });
    }
  });
}

function setTimeout(delay, value, options) {
  return oneShot((fn) => timers().setTimeout(fn, delay), (t) => timers().clearTimeout(t), value, options);
}

function setImmediate(value, options) {
  return oneShot((fn) => timers().setImmediate(fn), (t) => timers().clearImmediate(t), value, options);
}

// ticks that came while nobody waited are counted and handed out at once, as Node's generator does
function setInterval(delay, value, options) {
  if (options === undefined) options = {};
  let error = checkOptions(options);
  let signal = error ? undefined : options.signal;
  let finished = false;
  let ticks = 0;
  let waiting = null;
  let interval = null;
  let onAbort = () => {
    stop();
    let err = abortError(signal);
    if (waiting) {
      let w = waiting;
      waiting = null;
      w.reject(err);
    } else {
      error = err;
    }
  };
  function stop() {
    finished = true;
    if (interval) timers().clearInterval(interval);
    interval = null;
    if (signal) signal.removeEventListener('abort', onAbort);
  }
  if (!error && signal && signal.aborted) {
    error = abortError(signal);
  } else if (!error) {
    interval = timers().setInterval(() => {
      ticks++;
      if (waiting) {
        let w = waiting;
        waiting = null;
        ticks--;
        w.resolve({ value: value, done: false });
      }
    }, delay);
    if (options.ref === false) interval.unref();
    if (signal) signal.addEventListener('abort', onAbort, { once: true });
  }
  let iterator = {
    next: function () {
      if (error) {
        let e = error;
        error = null;
        stop();
        return Promise.reject(e);
      }
      if (finished) return Promise.resolve({ value: undefined, done: true });
      if (ticks > 0) {
        ticks--;
        return Promise.resolve({ value: value, done: false });
      }
      return new Promise((resolve, reject) => { waiting = { resolve: resolve, reject: reject }; });
    },
    return: function () {
      stop();
      if (waiting) {
        waiting.resolve({ value: undefined, done: true });
        waiting = null;
      }
      return Promise.resolve({ value: undefined, done: true });
    },
    throw: function (err) {
      stop();
      return Promise.reject(err);
    },
  };
  iterator[Symbol.asyncIterator] = function () { return this; };
  return iterator;
}

const scheduler = {
  wait: (delay, options) => setTimeout(delay, undefined, options),
  yield: () => setImmediate(),
};

module.exports = { setTimeout, setImmediate, setInterval, scheduler };
