// Secure random values for node:crypto and the global `crypto` (Web Crypto's Crypto object). Loads without
// `buffer` so that crypto.getRandomValues / randomUUID stay cheap.
'use strict';

const errors = require('llrt:errors');

const MAX_RANDOM_VALUES = 65536;
const MAX_INT_RANGE = 2 ** 48 - 1;

function domException(name, code, message) {
  let err = new Error(message);
  err.name = name;
  err.code = code;
  return err;
}

function isIntegerArray(value) {
  if (!ArrayBuffer.isView(value) || value instanceof DataView) return false;
  return !(value instanceof Float32Array || value instanceof Float64Array);
}

function getRandomValues(array) {
  if (!isIntegerArray(array)) {
    throw domException('TypeMismatchError', 17, 'The data argument must be an integer-type TypedArray');
  }
  if (array.byteLength > MAX_RANDOM_VALUES) {
    throw domException('QuotaExceededError', 22, 'The requested length exceeds 65,536 bytes');
  }
  native.randomFill(array, 0, array.byteLength);
  return array;
}

function randomUUID(options) {
  if (options !== undefined && (options === null || typeof options !== 'object')) {
    throw errors.invalidArgType('options', 'of type object', options);
  }
  return native.randomUUID();
}

function checkSize(size, name, max) {
  if (typeof size !== 'number') throw errors.invalidArgType(name, 'of type number', size);
  if (!(size >= 0 && size <= max) || Math.floor(size) !== size) {
    throw errors.outOfRange(name, `>= 0 && <= ${max === Infinity ? 2147483647 : max}`, size);
  }
}

function checkCallback(callback) {
  if (typeof callback !== 'function') throw errors.invalidArgType('callback', 'of type function', callback);
}

function later(fn) {
  require('timers').setImmediate(fn);
}

function randomBytes(size, callback) {
  checkSize(size, 'size', 2147483647);
  if (callback !== undefined) checkCallback(callback);
  let buf = require('buffer').Buffer.alloc(size);
  native.randomFill(buf, 0, size);
  if (callback === undefined) return buf;
  later(() => callback(null, buf));
}

// offset and size count elements of a TypedArray, bytes of anything else
function fillRange(buf, offset, size) {
  if (!ArrayBuffer.isView(buf) && !(buf instanceof ArrayBuffer)) {
    throw errors.invalidArgType('buf', 'an instance of ArrayBuffer or ArrayBufferView', buf);
  }
  let unit = buf.BYTES_PER_ELEMENT || 1;
  let total = buf.byteLength;
  let off = offset === undefined ? 0 : offset;
  checkSize(off, 'offset', Infinity);
  off *= unit;
  if (off > total) throw errors.outOfRange('offset', `>= 0 && <= ${total}`, off);
  if (size === undefined) return [off, total - off];
  checkSize(size, 'size', Infinity);
  let len = size * unit;
  if (len + off > total) throw errors.outOfRange('size + offset', `<= ${total}`, len + off);
  return [off, len];
}

function randomFillSync(buf, offset, size) {
  let range = fillRange(buf, offset, size);
  native.randomFill(buf, range[0], range[1]);
  return buf;
}

function randomFill(buf, offset, size, callback) {
  if (typeof offset === 'function') {
    callback = offset;
    offset = undefined;
  } else if (typeof size === 'function') {
    callback = size;
    size = undefined;
  }
  checkCallback(callback);
  let range = fillRange(buf, offset, size);
  native.randomFill(buf, range[0], range[1]);
  later(() => callback(null, buf));
}

function randomInt(min, max, callback) {
  if (max === undefined || typeof max === 'function') {
    callback = max;
    max = min;
    min = 0;
  }
  if (!Number.isSafeInteger(min)) throw errors.invalidArgType('min', 'a safe integer', min);
  if (!Number.isSafeInteger(max)) throw errors.invalidArgType('max', 'a safe integer', max);
  if (max <= min) {
    throw errors.coded(RangeError, 'ERR_OUT_OF_RANGE',
      `The value of "max" is out of range. It must be greater than the value of "min" (${min}). Received ${max}`);
  }
  if (max - min > MAX_INT_RANGE) {
    throw errors.outOfRange('max - min', `<= ${MAX_INT_RANGE}`, max - min);
  }
  if (callback !== undefined) checkCallback(callback);
  let n = native.randomInt(min, max);
  if (callback === undefined) return n;
  later(() => callback(null, n));
}

// Web Crypto's Crypto object: the global `crypto` and node:crypto's webcrypto
function Crypto() {
  throw errors.coded(TypeError, 'ERR_ILLEGAL_CONSTRUCTOR', 'Illegal constructor');
}
const webcrypto = Object.create(Crypto.prototype);
Object.defineProperty(Crypto.prototype, Symbol.toStringTag, { value: 'Crypto', configurable: true });
Crypto.prototype.getRandomValues = function (array) {
  if (arguments.length === 0) throw errors.invalidArgType('typedArray', 'an integer-type TypedArray', undefined);
  return getRandomValues(array);
};
Crypto.prototype.randomUUID = function () {
  return native.randomUUID();
};
let subtle;
Object.defineProperty(Crypto.prototype, 'subtle', {
  configurable: true,
  enumerable: true,
  get() {
    if (subtle === undefined) {
      let m;
      try {
        m = require('llrt:subtle');
      } catch (e) {
        return undefined; // crypto.subtle arrives with llrt:subtle
      }
      subtle = m && m.subtle ? m.subtle : m;
    }
    return subtle;
  },
});

module.exports = { getRandomValues, randomUUID, randomBytes, randomFill, randomFillSync, randomInt, webcrypto, Crypto };
