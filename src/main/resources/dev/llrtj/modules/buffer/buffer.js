// Node's Buffer: Uint8Arrays whose prototype is Buffer.prototype (made by the Java binding, which also does the
// encoding, searching and copying over the backing byte[]). Numeric reads and writes: buffer-numbers.js.
'use strict';

const errors = require('llrt:errors');
const invalidArgType = errors.invalidArgType;
const outOfRange = errors.outOfRange;

const kMaxLength = 2147483647; // a Java array's limit
const kStringMaxLength = 536870888;
const INSPECT_MAX_BYTES = 50;

const ENCODINGS = {
  utf8: 'utf8', 'utf-8': 'utf8', hex: 'hex', base64: 'base64', base64url: 'base64url', latin1: 'latin1',
  binary: 'latin1', ascii: 'ascii', utf16le: 'utf16le', 'utf-16le': 'utf16le', ucs2: 'utf16le', 'ucs-2': 'utf16le',
};

function normalizeEncoding(enc) {
  if (enc === undefined || enc === null || enc === 'utf8' || enc === 'utf-8') return 'utf8';
  return ENCODINGS[enc] || ENCODINGS[String(enc).toLowerCase()];
}

function encodingOf(enc) {
  let name = normalizeEncoding(enc);
  if (name === undefined) throw errors.coded(TypeError, 'ERR_UNKNOWN_ENCODING', `Unknown encoding: ${enc}`);
  return name;
}

function Buffer(arg, encodingOrOffset, length) {
  // new Buffer()/Buffer(): deprecated in Node but still working
  if (typeof arg === 'number') return Buffer.alloc(arg);
  return Buffer.from(arg, encodingOrOffset, length);
}
Buffer.prototype = Object.create(Uint8Array.prototype, {
  constructor: { value: Buffer, writable: true, configurable: true },
});
Object.setPrototypeOf(Buffer, Uint8Array);
native.setPrototype(Buffer.prototype);

function isUint8(value) {
  return value instanceof Uint8Array;
}

function isArrayBufferLike(value) {
  return value instanceof ArrayBuffer || (typeof SharedArrayBuffer === 'function' && value instanceof SharedArrayBuffer);
}

function checkSize(size) {
  if (typeof size !== 'number') throw invalidArgType('size', 'of type number', size);
  if (!(size >= 0 && size <= kMaxLength)) throw outOfRange('size', `>= 0 && <= ${kMaxLength}`, size);
}

Buffer.alloc = function alloc(size, fill, encoding) {
  checkSize(size);
  let buf = native.alloc(size);
  if (fill !== undefined && fill !== 0 && size > 0) buf.fill(fill, encoding);
  return buf;
};
Buffer.allocUnsafe = function allocUnsafe(size) {
  checkSize(size);
  return native.alloc(size);
};
Buffer.allocUnsafeSlow = Buffer.allocUnsafe;
Buffer.poolSize = 8192; // no pool here; kept because code reads it

function fromArrayLike(items) {
  let n = items.length >>> 0;
  let buf = native.alloc(n);
  for (let i = 0; i < n; i++) buf[i] = items[i] & 255;
  return buf;
}

Buffer.from = function from(value, encodingOrOffset, length) {
  if (typeof value === 'string') return native.fromString(value, encodingOf(encodingOrOffset));
  if (typeof value === 'object' && value !== null) {
    if (isArrayBufferLike(value)) {
      let offset = encodingOrOffset === undefined ? 0 : +encodingOrOffset || 0;
      let max = value.byteLength - offset;
      if (offset < 0 || max < 0) throw errors.coded(RangeError, 'ERR_BUFFER_OUT_OF_BOUNDS', '"offset" is outside of buffer bounds');
      let len = length === undefined ? max : +length || 0;
      if (len > max) throw errors.coded(RangeError, 'ERR_BUFFER_OUT_OF_BOUNDS', '"length" is outside of buffer bounds');
      return native.wrap(value, offset, Math.max(0, len));
    }
    if (isUint8(value)) {
      let buf = native.alloc(value.length);
      native.copy(value, buf, 0, 0, value.length);
      return buf;
    }
    let primitive = value.valueOf && value.valueOf();
    if (primitive != null && primitive !== value && (typeof primitive === 'string' || typeof primitive === 'object')) {
      return Buffer.from(primitive, encodingOrOffset, length);
    }
    if (ArrayBuffer.isView(value) || typeof value.length === 'number') return fromArrayLike(value);
    if (value.type === 'Buffer' && Array.isArray(value.data)) return fromArrayLike(value.data);
    if (typeof value[Symbol.toPrimitive] === 'function') {
      let p = value[Symbol.toPrimitive]('string');
      if (typeof p === 'string') return Buffer.from(p, encodingOrOffset);
    }
  }
  throw invalidArgType('first argument', 'of type string or an instance of Buffer, ArrayBuffer, or Array or an Array-like Object', value);
};
Buffer.of = function of() {
  return fromArrayLike(arguments);
};

Buffer.isBuffer = function isBuffer(value) {
  return value instanceof Buffer;
};
Buffer.isEncoding = function isEncoding(enc) {
  return typeof enc === 'string' && enc.length !== 0 && normalizeEncoding(enc) !== undefined;
};

Buffer.byteLength = function byteLength(value, encoding) {
  if (typeof value !== 'string') {
    if (ArrayBuffer.isView(value) || isArrayBufferLike(value)) return value.byteLength;
    throw invalidArgType('string', 'of type string or an instance of Buffer or ArrayBuffer', value);
  }
  return native.byteLength(value, normalizeEncoding(encoding) || 'utf8');
};

Buffer.compare = function compare(a, b) {
  if (!isUint8(a)) throw invalidArgType('buf1', 'an instance of Buffer or Uint8Array', a);
  if (!isUint8(b)) throw invalidArgType('buf2', 'an instance of Buffer or Uint8Array', b);
  return native.compare(a, 0, a.length, b, 0, b.length);
};

Buffer.concat = function concat(list, totalLength) {
  if (!Array.isArray(list)) throw invalidArgType('list', 'an instance of Array', list);
  if (totalLength === undefined) {
    totalLength = 0;
    list.forEach((item, i) => {
      if (!isUint8(item)) throw invalidArgType(`list[${i}]`, 'an instance of Buffer or Uint8Array', item);
      totalLength += item.length;
    });
  }
  let out = native.alloc(Math.max(0, totalLength >>> 0));
  let pos = 0;
  for (let i = 0; i < list.length && pos < out.length; i++) {
    let item = list[i];
    if (!isUint8(item)) throw invalidArgType(`list[${i}]`, 'an instance of Buffer or Uint8Array', item);
    pos += native.copy(item, out, pos, 0, item.length);
  }
  return out;
};

const proto = Buffer.prototype;

function bounds(value, length, fallback) {
  if (value === undefined) return fallback;
  value = +value || 0;
  if (value < 0) return Math.max(0, length + value);
  return Math.min(value, length);
}

proto.toString = function toString(encoding, start, end) {
  // no `arguments` here: it makes every call of this hot method slower in Rhino's interpreter
  if (encoding === undefined && start === undefined && end === undefined) return native.toString(this, 'utf8', 0, this.length);
  let s = start === undefined || start < 0 ? 0 : Math.trunc(+start) || 0;
  let e = end === undefined || end > this.length ? this.length : Math.trunc(+end) || 0;
  if (e <= s) return '';
  return native.toString(this, encodingOf(encoding), s, e);
};
proto.toLocaleString = proto.toString;

proto.subarray = function subarray(start, end) {
  let s = bounds(start, this.length, 0);
  let e = bounds(end, this.length, this.length);
  return native.wrap(this.buffer, this.byteOffset + s, Math.max(0, e - s));
};
// Node's slice is a view too (unlike Uint8Array's)
proto.slice = proto.subarray;

proto.equals = function equals(other) {
  if (!isUint8(other)) throw invalidArgType('otherBuffer', 'an instance of Buffer or Uint8Array', other);
  return this.length === other.length && native.compare(this, 0, this.length, other, 0, other.length) === 0;
};

proto.compare = function compare(target, targetStart, targetEnd, sourceStart, sourceEnd) {
  if (!isUint8(target)) throw invalidArgType('target', 'an instance of Buffer or Uint8Array', target);
  return native.compare(this, sourceStart === undefined ? 0 : sourceStart, sourceEnd === undefined ? this.length : sourceEnd,
    target, targetStart === undefined ? 0 : targetStart, targetEnd === undefined ? target.length : targetEnd);
};

proto.copy = function copy(target, targetStart, sourceStart, sourceEnd) {
  if (!isUint8(target)) throw invalidArgType('target', 'an instance of Buffer or Uint8Array', target);
  let ts = targetStart === undefined ? 0 : Math.max(0, Math.trunc(+targetStart) || 0);
  let ss = sourceStart === undefined ? 0 : Math.max(0, Math.trunc(+sourceStart) || 0);
  let se = sourceEnd === undefined ? this.length : Math.min(this.length, Math.trunc(+sourceEnd) || 0);
  if (ts >= target.length || ss >= se) return 0;
  return native.copy(this, target, ts, ss, se);
};

function needleOf(value, encoding) {
  if (typeof value === 'string') return native.fromString(value, encodingOf(encoding));
  if (typeof value === 'number') return native.fromString(String.fromCharCode(value & 255), 'latin1');
  if (isUint8(value)) return value;
  throw invalidArgType('value', 'one of type number or string or an instance of Buffer or Uint8Array', value);
}

function search(buf, value, byteOffset, encoding, forward) {
  if (typeof byteOffset === 'string') {
    encoding = byteOffset;
    byteOffset = undefined;
  }
  let from = byteOffset === undefined || byteOffset === null ? (forward ? 0 : buf.length) : +byteOffset;
  if (from !== from) from = forward ? 0 : buf.length;
  if (from < 0) from = buf.length + from;
  let needle = needleOf(value, encoding);
  if (needle.length === 0 && typeof value !== 'number') return forward ? Math.min(Math.max(from, 0), buf.length) : Math.min(from, buf.length);
  return native.indexOf(buf, needle, Math.trunc(from), forward);
}
proto.indexOf = function indexOf(value, byteOffset, encoding) {
  return search(this, value, byteOffset, encoding, true);
};
proto.lastIndexOf = function lastIndexOf(value, byteOffset, encoding) {
  return search(this, value, byteOffset, encoding, false);
};
proto.includes = function includes(value, byteOffset, encoding) {
  return search(this, value, byteOffset, encoding, true) !== -1;
};

proto.fill = function fill(value, offset, end, encoding) {
  if (typeof offset === 'string') {
    encoding = offset;
    offset = 0;
    end = this.length;
  } else if (typeof end === 'string') {
    encoding = end;
    end = this.length;
  }
  let s = offset === undefined ? 0 : offset;
  let e = end === undefined ? this.length : end;
  if (!(s >= 0)) throw outOfRange('offset', `>= 0 && <= ${kMaxLength}`, s);
  if (e < 0 || e > this.length) throw outOfRange('end', `>= 0 && <= ${this.length}`, e);
  if (e <= s) return this;
  if (typeof value === 'number' || typeof value === 'boolean') {
    Uint8Array.prototype.fill.call(this, +value & 255, s, e);
    return this;
  }
  let pattern = typeof value === 'string' ? native.fromString(value, encodingOf(encoding)) : value;
  if (!isUint8(pattern)) pattern = fromArrayLike(pattern);
  if (pattern.length === 0) {
    if (typeof value === 'string' && value.length === 0) {
      Uint8Array.prototype.fill.call(this, 0, s, e);
      return this;
    }
    throw errors.invalidArgValue('value', value);
  }
  native.fill(this, pattern, s, e);
  return this;
};

proto.write = function write(string, offset, length, encoding) {
  if (typeof string !== 'string') throw errors.coded(TypeError, 'ERR_INVALID_ARG_TYPE', 'argument must be a string');
  if (typeof offset === 'string') {
    encoding = offset;
    offset = 0;
    length = this.length;
  } else if (typeof length === 'string') {
    encoding = length;
    length = undefined;
  }
  let off = offset === undefined ? 0 : offset;
  if (typeof off !== 'number' || off < 0 || off > this.length) throw outOfRange('offset', `>= 0 && <= ${this.length}`, off);
  let max = this.length - off;
  let len = length === undefined ? max : Math.min(max, length);
  if (len < 0) throw outOfRange('length', `>= 0 && <= ${max}`, length);
  return native.write(this, string, off, len, encodingOf(encoding));
};

proto.toJSON = function toJSON() {
  return { type: 'Buffer', data: Array.prototype.slice.call(this) };
};

Object.defineProperty(proto, 'parent', { configurable: true, enumerable: true, get() { return this.buffer; } });
Object.defineProperty(proto, 'offset', { configurable: true, enumerable: true, get() { return this.byteOffset; } });

proto[Symbol.for('nodejs.util.inspect.custom')] = function inspect() {
  let n = Math.min(this.length, INSPECT_MAX_BYTES);
  let hex = native.toString(this, 'hex', 0, n).replace(/(.{2})(?!$)/g, '$1 ');
  let more = this.length > n ? ` ... ${this.length - n} more byte${this.length - n > 1 ? 's' : ''}` : '';
  return `<Buffer ${hex}${more}>`;
};

require('llrt:buffer-numbers').install(proto);

function SlowBuffer(size) {
  return Buffer.allocUnsafe(size);
}

function btoa(input) {
  if (arguments.length === 0) throw invalidArgType('input', 'specified', undefined);
  let s = String(input);
  for (let i = 0; i < s.length; i++) {
    if (s.charCodeAt(i) > 255) throw invalidCharacter();
  }
  return native.toString(native.fromString(s, 'latin1'), 'base64', 0, s.length);
}

function atob(input) {
  if (arguments.length === 0) throw invalidArgType('input', 'specified', undefined);
  let s = String(input).replace(/[\t\n\f\r ]/g, '');
  if (s.length % 4 === 0) s = s.replace(/==?$/, '');
  if (/[^A-Za-z0-9+/]/.test(s)) throw invalidCharacter();
  if (s.length % 4 === 1) throw invalidCharacter('The string to be decoded is not correctly encoded.');
  let bytes = native.fromString(s, 'base64');
  return native.toString(bytes, 'latin1', 0, bytes.length);
}

function invalidCharacter(message) {
  let err = new Error(message || 'Invalid character');
  err.name = 'InvalidCharacterError';
  err.code = 5;
  return err;
}

function isUtf8(input) {
  // the decoder gives undefined for invalid input when fatal
  return native.decoder('utf8', true).decode(input, true) !== undefined;
}

function isAscii(input) {
  for (let i = 0; i < input.length; i++) if (input[i] > 127) return false;
  return true;
}

module.exports = {
  Buffer,
  SlowBuffer,
  isUtf8,
  isAscii,
  kMaxLength,
  kStringMaxLength,
  btoa,
  atob,
  constants: { MAX_LENGTH: kMaxLength, MAX_STRING_LENGTH: kStringMaxLength },
  INSPECT_MAX_BYTES,
};
// Blob and File come from llrt:blob when that module exists
['Blob', 'File'].forEach(name => {
  Object.defineProperty(module.exports, name, {
    configurable: true,
    enumerable: true,
    get() {
      let blob;
      try {
        blob = require('llrt:blob');
      } catch (e) {
        return undefined;
      }
      return blob[name];
    },
  });
});
Object.defineProperty(module.exports, '_normalizeEncoding', { value: normalizeEncoding });
