// Node's zlib: the one-shot (callback, *Sync; util.promisify works on the callback form) and stream forms of
// deflate/inflate, their raw and gzip kin, unzip, brotli decoding and zstd, over one Java codec per stream
// (`native.open`). Options are checked here with Node's messages; compression runs off the loop except in *Sync.
'use strict';

const binding = require('llrt:zlib-native');
const checksums = require('llrt:checksums');
const errors = require('llrt:errors');
const { Buffer } = require('buffer');
const { constants, codes } = require('llrt:zlib-constants');
const { ZlibBase, defineClass } = require('llrt:zlib-stream');
const { checkOptions, notSupported } = require('llrt:zlib-options');

const Z_FINISH = constants.Z_FINISH;

function toBuffer(data, name) {
  if (typeof data === 'string') return Buffer.from(data, 'utf8');
  if (data instanceof ArrayBuffer) return Buffer.from(data);
  if (ArrayBuffer.isView(data)) return Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  throw errors.invalidArgType(name || 'buffer',
    'of type string or an instance of Buffer, TypedArray, DataView, or ArrayBuffer', data);
}

function openOneShot(kind, opts) {
  return binding.open(kind, opts.level, opts.strategy, opts.dictionary, opts.maxOutputLength);
}

function infoResult(Kind, opts, buffer, bytesWritten) {
  if (!opts.info) return buffer;
  let engine = new Kind(opts);
  engine.bytesWritten = bytesWritten;
  return { buffer: buffer, engine: engine };
}

function syncForm(kind, Kind) {
  return function (data, options) {
    let input = toBuffer(data);
    let opts = checkOptions(kind, options);
    let handle = openOneShot(kind, opts);
    let out = Buffer.from(handle.push(input, opts.finishFlush));
    return infoResult(Kind, opts, out, input.length);
  };
}

function callbackForm(kind, Kind) {
  return function (data, options, callback) {
    if (typeof options === 'function') {
      callback = options;
      options = {};
    }
    if (typeof callback !== 'function') throw errors.invalidArgType('callback', 'of type function', callback);
    let input = toBuffer(data);
    let opts = checkOptions(kind, options);
    let handle = openOneShot(kind, opts);
    handle.pushAsync(input, opts.finishFlush, (err, out) => {
      if (err) callback(err);
      else callback(null, infoResult(Kind, opts, Buffer.from(out), input.length));
    });
  };
}

// name in Node's API -> codec kind; each gets Name/createName/name/nameSync
const KINDS = {
  Deflate: 'deflate', Inflate: 'inflate', DeflateRaw: 'deflateRaw', InflateRaw: 'inflateRaw', Gzip: 'gzip',
  Gunzip: 'gunzip', Unzip: 'unzip', BrotliDecompress: 'brotliDecompress', ZstdCompress: 'zstdCompress',
  ZstdDecompress: 'zstdDecompress',
};

Object.keys(KINDS).forEach(Name => {
  let kind = KINDS[Name];
  let Kind = defineClass(Name, kind);
  exports[Name] = Kind;
  exports['create' + Name] = function (options) {
    return new Kind(options);
  };
  exports[kind] = callbackForm(kind, Kind);
  exports[kind + 'Sync'] = syncForm(kind, Kind);
  Object.defineProperty(exports[kind], 'name', { value: kind });
  Object.defineProperty(exports[kind + 'Sync'], 'name', { value: kind + 'Sync' });
});

// No well-kept pure-Java brotli encoder exists (the reference one is C, reached only through JNI), and the native
// image takes no JNI: brotli compression says so in every form.
function BrotliCompress() {
  throw notSupported('zlib.BrotliCompress (brotli compression; brotli decompression is supported)');
}
exports.BrotliCompress = BrotliCompress;
['createBrotliCompress', 'brotliCompress', 'brotliCompressSync'].forEach(name => {
  exports[name] = function () {
    throw notSupported(`zlib.${name} (brotli compression; brotli decompression is supported)`);
  };
});

exports.crc32 = function crc32(data, value) {
  if (data instanceof ArrayBuffer) {
    throw errors.invalidArgType('data', 'of type string or an instance of Buffer, TypedArray, or DataView', data);
  }
  return checksums.crc32(data, value);
};

exports.constants = constants;
exports.codes = codes;
// Node also puts the constants on the module itself (zlib.Z_BEST_COMPRESSION), read-only
Object.keys(constants).forEach(name => {
  if (name.indexOf('BROTLI_') !== 0 && name.indexOf('ZSTD_') !== 0) {
    Object.defineProperty(exports, name, { value: constants[name], enumerable: false });
  }
});
exports.ZlibBase = ZlibBase;
