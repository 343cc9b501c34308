// Node's timers: Timeout objects (ref/unref/hasRef/refresh/close, usable as numbers) over the loop's timers.
'use strict';

const TIMEOUT_MAX = 2147483647;

function checkCallback(callback) {
  if (typeof callback !== 'function') {
    let err = new TypeError(`The "callback" argument must be of type function. Received ${callback === null ? 'null' : typeof callback}`);
    err.code = 'ERR_INVALID_ARG_TYPE';
    throw err;
  }
}

// A callback runs in the AsyncLocalStorage stores current when it was scheduled, as in Node (bootstrap.js's
// asyncContext; it returns the callback itself while no AsyncLocalStorage exists)
const inContext = globalThis[Symbol.for('llrt.asyncContext')].bind;

function bind(callback, args, self) {
  callback = inContext(callback);
  return args.length ? () => callback.apply(self(), args) : () => callback.call(self());
}

function coerceDelay(delay) {
  delay = Number(delay);
  if (delay >= 1 && delay <= TIMEOUT_MAX) return Math.floor(delay);
  if (delay > TIMEOUT_MAX) {
    // Node's words: a delay past 2^31-1 ms (~24.8 days) is not kept, and says so
    process.emitWarning(`${delay} does not fit into a 32-bit signed integer.\nTimeout duration was set to 1.`, 'TimeoutOverflowWarning');
  }
  return 1;
}

function Timeout(repeat, delay, run) {
  this._id = 0;
  this._repeat = repeat;
  this._delay = delay;
  this._run = run;
  this._refed = true;
  this._destroyed = false; // fired (a timeout) or cleared
  this._cleared = false;
}
Timeout.prototype._arm = function () {
  let self = this;
  this._destroyed = false;
  this._id = native.setTimer(this._delay, this._repeat, this._repeat ? this._run : () => {
    self._destroyed = true;
    self._run();
  });
  if (!this._refed) native.refTimer(this._id, false);
};
Timeout.prototype.ref = function () {
  this._refed = true;
  if (!this._destroyed) native.refTimer(this._id, true);
  return this;
};
Timeout.prototype.unref = function () {
  this._refed = false;
  if (!this._destroyed) native.refTimer(this._id, false);
  return this;
};
Timeout.prototype.hasRef = function () {
  return native.hasRef(this._id);
};
// Node re-arms a timeout that already fired; a cleared one stays cleared
Timeout.prototype.refresh = function () {
  if (this._cleared) return this;
  if (this._destroyed) this._arm();
  else native.refresh(this._id);
  return this;
};
Timeout.prototype.close = function () {
  clearTimeout(this);
  return this;
};
Timeout.prototype[Symbol.toPrimitive] = function () {
  return this._id;
};

function Immediate() {
  this._id = 0;
}
Immediate.prototype.ref = function () { return this; };
Immediate.prototype.unref = function () { return this; };
Immediate.prototype.hasRef = function () { return native.hasRef(this._id); };

function schedule(repeat, callback, delay, args) {
  checkCallback(callback);
  let timeout = new Timeout(repeat, coerceDelay(delay), null);
  timeout._run = bind(callback, args, () => timeout);
  timeout._arm();
  return timeout;
}

function setTimeout(callback, delay) {
  return schedule(false, callback, delay, Array.prototype.slice.call(arguments, 2));
}

function setInterval(callback, delay) {
  return schedule(true, callback, delay, Array.prototype.slice.call(arguments, 2));
}

function clearTimeout(timer) {
  if (timer === null || timer === undefined) return;
  let id = typeof timer === 'object' ? timer._id : Number(timer);
  if (typeof timer === 'object') {
    timer._destroyed = true;
    timer._cleared = true;
  }
  if (id) native.clearTimer(id);
}

function setImmediate(callback) {
  checkCallback(callback);
  let immediate = new Immediate();
  immediate._id = native.setImmediate(bind(callback, Array.prototype.slice.call(arguments, 1), () => immediate));
  return immediate;
}

function queueMicrotask(callback) {
  checkCallback(callback);
  native.queueMicrotask(inContext(callback));
}

module.exports = {
  setTimeout, clearTimeout, setInterval, clearInterval: clearTimeout, setImmediate, clearImmediate: clearTimeout,
  queueMicrotask, nextTick: callback => native.nextTick(inContext(callback)),
};
// timers/promises, loaded on first use
Object.defineProperty(module.exports, 'promises', {
  configurable: true, enumerable: true, get: () => require('timers/promises'),
});
