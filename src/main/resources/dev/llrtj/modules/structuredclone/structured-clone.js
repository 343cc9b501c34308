// structuredClone: the HTML structured serialize/deserialize pair done as one deep copy. Shared references and
// cycles are kept through a memory map; what cannot be cloned throws a DataCloneError DOMException.
'use strict';

const ERROR_TYPES = { Error, EvalError, RangeError, ReferenceError, SyntaxError, TypeError, URIError };
const TYPED_ARRAYS = [Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array,
  Float32Array, Float64Array];
if (typeof BigInt64Array === 'function') TYPED_ARRAYS.push(BigInt64Array, BigUint64Array);

const toStringTag = Object.prototype.toString;

function domException(message, name) {
  let DOMException = require('llrt:dom-exception').DOMException;
  return new DOMException(message, name);
}

function describe(value) {
  if (typeof value === 'function') {
    try {
      return Function.prototype.toString.call(value);
    } catch (e) {
      return 'function';
    }
  }
  if (typeof value === 'symbol') return value.toString();
  let ctor = Object.getPrototypeOf(value);
  ctor = ctor && ctor.constructor;
  return '#<' + (ctor && ctor.name ? ctor.name : 'Object') + '>';
}

function notCloneable(value) {
  return domException(describe(value) + ' could not be cloned.', 'DataCloneError');
}

function isBlob(value) {
  let tag = toStringTag.call(value);
  return (tag === '[object Blob]' || tag === '[object File]') && typeof value.slice === 'function' && typeof value.size === 'number';
}

function cloneError(value, memory, clone) {
  let name = value.name;
  let Ctor = Object.prototype.hasOwnProperty.call(ERROR_TYPES, name) && Object.getPrototypeOf(value) === ERROR_TYPES[name].prototype
    ? ERROR_TYPES[name] : Error;
  let copy = new Ctor(value.message === undefined ? '' : String(value.message));
  memory.set(value, copy);
  let stack = value.stack;
  if (stack !== undefined) Object.defineProperty(copy, 'stack', { value: String(stack), writable: true, configurable: true });
  if (Object.prototype.hasOwnProperty.call(value, 'cause')) {
    Object.defineProperty(copy, 'cause', { value: clone(value.cause), writable: true, configurable: true });
  }
  return copy;
}

function cloneValue(value, memory) {
  if (value === null || (typeof value !== 'object' && typeof value !== 'function' && typeof value !== 'symbol')) return value;
  if (typeof value === 'symbol' || typeof value === 'function') throw notCloneable(value);
  if (memory.has(value)) return memory.get(value);
  let clone = v => cloneValue(v, memory);
  let tag = toStringTag.call(value);
  let copy;
  switch (tag) {
    case '[object Boolean]': copy = Object(Boolean.prototype.valueOf.call(value)); break;
    case '[object Number]': copy = Object(Number.prototype.valueOf.call(value)); break;
    case '[object String]': copy = Object(String.prototype.valueOf.call(value)); break;
    case '[object BigInt]': copy = Object(BigInt.prototype.valueOf.call(value)); break;
    case '[object Date]': copy = new Date(value.getTime()); break;
    case '[object RegExp]': copy = new RegExp(value.source, value.flags); break;
    case '[object ArrayBuffer]': copy = value.slice(0); break;
    case '[object Error]': return cloneError(value, memory, clone);
    default: break;
  }
  if (copy !== undefined) {
    memory.set(value, copy);
    return copy;
  }
  if (ArrayBuffer.isView(value)) {
    let buffer = clone(value.buffer);
    let Ctor = value instanceof DataView ? DataView : TYPED_ARRAYS.find(T => value instanceof T);
    if (!Ctor) throw notCloneable(value);
    copy = Ctor === DataView ? new DataView(buffer, value.byteOffset, value.byteLength)
      : new Ctor(buffer, value.byteOffset, value.length);
    memory.set(value, copy);
    return copy;
  }
  if (value instanceof Map) {
    copy = new Map();
    memory.set(value, copy);
    // entries are read first: a Map mutated by a getter must not change what is copied
    Array.from(value).forEach(entry => copy.set(clone(entry[0]), clone(entry[1])));
    return copy;
  }
  if (value instanceof Set) {
    copy = new Set();
    memory.set(value, copy);
    Array.from(value).forEach(item => copy.add(clone(item)));
    return copy;
  }
  if (isBlob(value)) {
    // Blobs are immutable: a slice shares the bytes and keeps the type
    copy = value.slice(0, value.size, value.type);
    memory.set(value, copy);
    return copy;
  }
  if (Array.isArray(value)) {
    copy = new Array(value.length);
  } else if (tag === '[object Object]') {
    if (value instanceof Promise || value instanceof WeakMap || value instanceof WeakSet) throw notCloneable(value);
    copy = {};
  } else {
    throw notCloneable(value);
  }
  memory.set(value, copy);
  Object.keys(value).forEach(key => {
    copy[key] = clone(value[key]);
  });
  return copy;
}

function structuredClone(value, options) {
  if (arguments.length === 0) {
    let err = new TypeError('The value argument must be specified');
    err.code = 'ERR_MISSING_ARGS';
    throw err;
  }
  if (options !== undefined && options !== null) {
    if (typeof options !== 'object') {
      let err = new TypeError('The "options" argument must be of type object. Received type ' + typeof options);
      err.code = 'ERR_INVALID_ARG_TYPE';
      throw err;
    }
    let transfer = options.transfer;
    if (transfer !== undefined && transfer !== null && Array.from(transfer).length > 0) {
      // Rhino cannot detach an ArrayBuffer, so a transfer could not leave the source unusable as it must
      throw domException('Transferring objects is not supported by structuredClone here', 'NotSupportedError');
    }
  }
  return cloneValue(value, new Map());
}

module.exports = { structuredClone };
