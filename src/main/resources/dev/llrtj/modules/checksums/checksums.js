// CRC-32 and CRC-32C (S3 flexible checksums): unsigned 32-bit numbers, continuing from `previous`. Data is a
// string (as UTF-8), a TypedArray, a DataView or an ArrayBuffer.
'use strict';

const errors = require('llrt:errors');

function checkData(data) {
  if (typeof data !== 'string' && !ArrayBuffer.isView(data) && !(data instanceof ArrayBuffer)) {
    throw errors.invalidArgType('data', 'of type string or an instance of Buffer, TypedArray, or DataView', data);
  }
}

function previousOf(value) {
  if (value === undefined) return 0;
  if (typeof value !== 'number') throw errors.invalidArgType('value', 'of type number', value);
  if (Math.floor(value) !== value) throw errors.outOfRange('value', 'an integer', value);
  if (value < 0 || value > 4294967295) throw errors.outOfRange('value', '>= 0 && <= 4294967295', value);
  return value;
}

exports.crc32 = function crc32(data, previous) {
  checkData(data);
  return native.crc32(data, previousOf(previous));
};
exports.crc32c = function crc32c(data, previous) {
  checkData(data);
  return native.crc32c(data, previousOf(previous));
};
