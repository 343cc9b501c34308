// zlib's options checked as Node checks them (same codes and messages), normalised for the codec; and the
// ERR_NOT_SUPPORTED errors for the options the JDK's zlib cannot honour.
'use strict';

const errors = require('llrt:errors');
const { constants } = require('llrt:zlib-constants');

const K_MAX_LENGTH = 4294967296; // Node's buffer.kMaxLength, the bound its message names
const COMPRESSING = { deflate: true, deflateRaw: true, gzip: true, zstdCompress: true };
const BYTE_KINDS = { brotliDecompress: true, zstdCompress: true, zstdDecompress: true };

function notSupported(what) {
  return errors.notSupported(`${what} is not supported by llrt-java`);
}

function number(opts, name, min, max, fallback) {
  let v = opts[name];
  if (v === undefined || (typeof v === 'number' && Number.isNaN(v))) return fallback;
  if (typeof v !== 'number') throw errors.invalidArgType(`"options.${name}" property`, 'of type number', v);
  if (v < min || v > max) {
    throw errors.outOfRange(`options.${name}`, max === Infinity ? `>= ${min}` : `>= ${min} and <= ${max}`, v);
  }
  return v;
}

function dictionary(opts) {
  let d = opts.dictionary;
  if (d === undefined) return undefined;
  if (!(d instanceof ArrayBuffer) && !ArrayBuffer.isView(d)) {
    throw errors.invalidArgType('"options.dictionary" property',
      'an instance of Buffer, TypedArray, DataView, or ArrayBuffer', d);
  }
  return d;
}

// brotli and zstd name their flush steps by operation: process, flush, finish (end)
function codecFlush(kind, flag) {
  if (!BYTE_KINDS[kind]) return flag;
  return flag === 2 ? constants.Z_FINISH : flag === 1 ? constants.Z_SYNC_FLUSH : constants.Z_NO_FLUSH;
}

function checkOptions(kind, options) {
  let opts = options && typeof options === 'object' ? options : {};
  let byteKind = BYTE_KINDS[kind] === true;
  let out = {
    chunkSize: number(opts, 'chunkSize', constants.Z_MIN_CHUNK, Infinity, constants.Z_DEFAULT_CHUNK),
    flush: codecFlush(kind, number(opts, 'flush', 0, byteKind ? 3 : 5, 0)),
    finishFlush: codecFlush(kind, number(opts, 'finishFlush', 0, byteKind ? 3 : 5, byteKind ? 2 : constants.Z_FINISH)),
    maxOutputLength: number(opts, 'maxOutputLength', 1, K_MAX_LENGTH, K_MAX_LENGTH),
    info: Boolean(opts.info),
    level: -1,
    strategy: 0,
    dictionary: undefined,
  };
  if (byteKind) {
    if (opts.params !== undefined && (opts.params === null || typeof opts.params !== 'object')) {
      throw errors.invalidArgType('"options.params" property', 'of type object', opts.params);
    }
    return out;
  }
  let minBits = kind === 'gzip' ? 9 : COMPRESSING[kind] ? 8 : 0;
  let windowBits = number(opts, 'windowBits', minBits, 15, 15);
  if (windowBits !== 0 && windowBits < 8) throw errors.outOfRange('options.windowBits', '>= 8 and <= 15', windowBits);
  out.level = number(opts, 'level', -1, 9, -1);
  number(opts, 'memLevel', 1, 9, 8); // checked; the JDK's Deflater always uses 8 (valid output either way)
  out.strategy = number(opts, 'strategy', 0, 4, 0);
  out.dictionary = dictionary(opts);
  if (COMPRESSING[kind] && windowBits !== 15) {
    // the JDK's Deflater always writes a 32 KiB window; a smaller one would be a different stream than asked for
    throw notSupported(`zlib windowBits ${windowBits} for compression (only 15)`);
  }
  if (out.strategy > 2) throw notSupported(`zlib strategy ${out.strategy} (Z_RLE, Z_FIXED)`);
  return out;
}

module.exports = { checkOptions, notSupported };
