// CRC-32 and CRC-32C (S3 flexible checksums): unsigned 32-bit numbers, continuing from `previous`.
'use strict';

function previousOf(value) {
  if (value === undefined) return 0;
  if (typeof value !== 'number') {
    let err = new TypeError(`The "value" argument must be of type number. Received type ${typeof value} (${String(value)})`);
    err.code = 'ERR_INVALID_ARG_TYPE';
    throw err;
  }
  return value >>> 0;
}

exports.crc32 = function crc32(data, previous) {
  return native.crc32(data, previousOf(previous));
};
exports.crc32c = function crc32c(data, previous) {
  return native.crc32c(data, previousOf(previous));
};
