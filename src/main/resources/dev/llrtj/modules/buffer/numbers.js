// Buffer's numeric reads and writes (integers of 1..6 bytes, floats, 64-bit BigInts) and byte swaps, with
// Node's range checks and error messages. Integers are plain arithmetic; floats go through a shared scratch.
'use strict';

const errors = require('llrt:errors');

const f32 = new Float32Array(1);
const f64 = new Float64Array(1);
const f32Bytes = new Uint8Array(f32.buffer);
const f64Bytes = new Uint8Array(f64.buffer);
const littleEndianHost = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

function boundsError(value, length, type) {
  if (Math.floor(value) !== value) {
    checkNumber(value, type);
    return errors.outOfRange(type || 'offset', 'an integer', value);
  }
  if (length < 0) return errors.coded(RangeError, 'ERR_BUFFER_OUT_OF_BOUNDS', 'Attempt to access memory outside buffer bounds');
  return errors.outOfRange(type || 'offset', `>= ${type ? 1 : 0} and <= ${length}`, value);
}

function checkNumber(value, name) {
  if (typeof value !== 'number') throw errors.invalidArgType(name, 'of type number', value);
}

function checkOffset(buf, offset, size) {
  if (offset === undefined) offset = 0;
  checkNumber(offset, 'offset');
  let last = buf.length - size;
  if (!(offset >= 0 && offset <= last) || Math.floor(offset) !== offset) throw boundsError(offset, last);
  return offset;
}

function checkByteLength(byteLength) {
  checkNumber(byteLength, 'byteLength');
  if (!(byteLength >= 1 && byteLength <= 6) || Math.floor(byteLength) !== byteLength) {
    throw errors.outOfRange('byteLength', Math.floor(byteLength) !== byteLength ? 'an integer' : '>= 1 and <= 6', byteLength);
  }
}

function checkInt(value, min, max, size) {
  checkNumber(value, 'value');
  if (value > max || value < min) {
    let range;
    if (size > 4) {
      let bits = size * 8;
      range = min === 0 ? `>= 0 and < 2 ** ${bits}` : `>= -(2 ** ${bits - 1}) and < 2 ** ${bits - 1}`;
    } else {
      range = `>= ${min} and <= ${max}`;
    }
    throw errors.outOfRange('value', range, value);
  }
}

function define(proto, names, fn) {
  Object.defineProperty(fn, 'name', { value: names[0], configurable: true });
  names.forEach(name => {
    proto[name] = fn;
  });
}

function readUnsigned(buf, offset, size, little) {
  offset = checkOffset(buf, offset, size);
  let value = 0;
  let scale = 1;
  for (let i = 0; i < size; i++) {
    value += buf[little ? offset + i : offset + size - 1 - i] * scale;
    scale *= 256;
  }
  return value;
}

function readSigned(buf, offset, size, little) {
  let value = readUnsigned(buf, offset, size, little);
  let limit = 2 ** (size * 8 - 1);
  return value >= limit ? value - limit * 2 : value;
}

function writeBytes(buf, value, offset, size, little, min, max) {
  checkInt(value, min, max, size);
  offset = checkOffset(buf, offset, size);
  let v = value < 0 ? value + 2 ** (size * 8) : value;
  for (let i = 0; i < size; i++) {
    buf[little ? offset + i : offset + size - 1 - i] = v % 256;
    v = Math.floor(v / 256);
  }
  return offset + size;
}

function defineInts(proto, size) {
  let bits = size * 8;
  let umax = 2 ** bits - 1;
  let smax = 2 ** (bits - 1) - 1;
  let smin = -(2 ** (bits - 1));
  let endians = size === 1 ? [['', true]] : [['LE', true], ['BE', false]];
  endians.forEach(pair => {
    let suffix = pair[0];
    let little = pair[1];
    let readU = function (offset) { return readUnsigned(this, offset, size, little); };
    let readS = function (offset) { return readSigned(this, offset, size, little); };
    let writeU = function (value, offset) { return writeBytes(this, value, offset, size, little, 0, umax); };
    let writeS = function (value, offset) { return writeBytes(this, value, offset, size, little, smin, smax); };
    define(proto, [`readUInt${bits}${suffix}`, `readUint${bits}${suffix}`], readU);
    define(proto, [`readInt${bits}${suffix}`], readS);
    define(proto, [`writeUInt${bits}${suffix}`, `writeUint${bits}${suffix}`], writeU);
    define(proto, [`writeInt${bits}${suffix}`], writeS);
  });
}

function defineVariableInts(proto) {
  [['LE', true], ['BE', false]].forEach(pair => {
    let suffix = pair[0];
    let little = pair[1];
    define(proto, [`readUInt${suffix}`, `readUint${suffix}`], function (offset, byteLength) {
      checkByteLength(byteLength);
      return readUnsigned(this, offset, byteLength, little);
    });
    define(proto, [`readInt${suffix}`], function (offset, byteLength) {
      checkByteLength(byteLength);
      return readSigned(this, offset, byteLength, little);
    });
    define(proto, [`writeUInt${suffix}`, `writeUint${suffix}`], function (value, offset, byteLength) {
      checkByteLength(byteLength);
      return writeBytes(this, value, offset, byteLength, little, 0, 2 ** (byteLength * 8) - 1);
    });
    define(proto, [`writeInt${suffix}`], function (value, offset, byteLength) {
      checkByteLength(byteLength);
      return writeBytes(this, value, offset, byteLength, little, -(2 ** (byteLength * 8 - 1)), 2 ** (byteLength * 8 - 1) - 1);
    });
  });
}

function defineFloats(proto) {
  [['Float', f32, f32Bytes], ['Double', f64, f64Bytes]].forEach(kind => {
    let array = kind[1];
    let bytes = kind[2];
    let size = bytes.length;
    [['LE', true], ['BE', false]].forEach(pair => {
      // the scratch holds host order; reverse when the wanted order differs
      let same = pair[1] === littleEndianHost;
      define(proto, [`read${kind[0]}${pair[0]}`], function (offset) {
        offset = checkOffset(this, offset, size);
        for (let i = 0; i < size; i++) bytes[i] = this[offset + (same ? i : size - 1 - i)];
        return array[0];
      });
      define(proto, [`write${kind[0]}${pair[0]}`], function (value, offset) {
        offset = checkOffset(this, offset, size);
        array[0] = +value;
        for (let i = 0; i < size; i++) this[offset + (same ? i : size - 1 - i)] = bytes[i];
        return offset + size;
      });
    });
  });
}

const TWO_32 = BigInt(4294967296);
const MASK_32 = BigInt(4294967295);
const BIG_U_MAX = BigInt('18446744073709551615');
const BIG_S_MIN = BigInt('-9223372036854775808');
const BIG_S_MAX = BigInt('9223372036854775807');
const BIG_2_64 = BigInt('18446744073709551616');

function defineBigInts(proto) {
  [['LE', true], ['BE', false]].forEach(pair => {
    let little = pair[1];
    let read = function (buf, offset) {
      offset = checkOffset(buf, offset, 8);
      let lo = readUnsigned(buf, offset + (little ? 0 : 4), 4, little);
      let hi = readUnsigned(buf, offset + (little ? 4 : 0), 4, little);
      return BigInt(hi) * TWO_32 + BigInt(lo);
    };
    let write = function (buf, value, offset, min, max, signed) {
      if (typeof value !== 'bigint') throw new TypeError('Cannot mix BigInt and other types, use explicit conversions');
      if (value < min || value > max) {
        throw errors.outOfRange('value', signed ? '>= -(2n ** 63n) and < 2n ** 63n' : '>= 0n and < 2n ** 64n', value);
      }
      offset = checkOffset(buf, offset, 8);
      let v = value < BigInt(0) ? value + BIG_2_64 : value;
      let lo = Number(v & MASK_32);
      let hi = Number((v / TWO_32) & MASK_32);
      writeBytes(buf, lo, offset + (little ? 0 : 4), 4, little, 0, 4294967295);
      writeBytes(buf, hi, offset + (little ? 4 : 0), 4, little, 0, 4294967295);
      return offset + 8;
    };
    define(proto, [`readBigUInt64${pair[0]}`, `readBigUint64${pair[0]}`], function (offset) {
      return read(this, offset);
    });
    define(proto, [`readBigInt64${pair[0]}`], function (offset) {
      let v = read(this, offset);
      return v > BIG_S_MAX ? v - BIG_2_64 : v;
    });
    define(proto, [`writeBigUInt64${pair[0]}`, `writeBigUint64${pair[0]}`], function (value, offset) {
      return write(this, value, offset, BigInt(0), BIG_U_MAX, false);
    });
    define(proto, [`writeBigInt64${pair[0]}`], function (value, offset) {
      return write(this, value, offset, BIG_S_MIN, BIG_S_MAX, true);
    });
  });
}

function defineSwaps(proto) {
  [2, 4, 8].forEach(size => {
    define(proto, [`swap${size * 8}`], function () {
      if (this.length % size !== 0) {
        throw errors.coded(RangeError, 'ERR_INVALID_BUFFER_SIZE', `Buffer size must be a multiple of ${size * 8}-bits`);
      }
      for (let i = 0; i < this.length; i += size) {
        for (let a = i, b = i + size - 1; a < b; a++, b--) {
          let t = this[a];
          this[a] = this[b];
          this[b] = t;
        }
      }
      return this;
    });
  });
}

function install(proto) {
  [1, 2, 4].forEach(size => defineInts(proto, size));
  defineVariableInts(proto);
  defineFloats(proto);
  defineBigInts(proto);
  defineSwaps(proto);
}

module.exports = { install };
