// Node's zlib: only crc32 so far. Compression is not supported yet and says so when called.
'use strict';

const checksums = require('llrt:checksums');

exports.crc32 = function crc32(data, value) {
  if (data instanceof ArrayBuffer) {
    throw require('llrt:errors').invalidArgType('data', 'of type string or an instance of Buffer, TypedArray, or DataView', data);
  }
  return checksums.crc32(data, value);
};

function notSupported(name) {
  return function () {
    let err = new Error(`zlib.${name} is not supported yet by llrt-java (only zlib.crc32 is)`);
    err.code = 'ERR_NOT_SUPPORTED';
    throw err;
  };
}

['deflate', 'deflateSync', 'deflateRaw', 'deflateRawSync', 'inflate', 'inflateSync', 'inflateRaw', 'inflateRawSync',
  'gzip', 'gzipSync', 'gunzip', 'gunzipSync', 'unzip', 'unzipSync', 'brotliCompress', 'brotliCompressSync',
  'brotliDecompress', 'brotliDecompressSync', 'createDeflate', 'createInflate', 'createDeflateRaw', 'createInflateRaw',
  'createGzip', 'createGunzip', 'createUnzip', 'createBrotliCompress', 'createBrotliDecompress'].forEach(name => {
  exports[name] = notSupported(name);
});
