// llrt:codec — LLRT's own base64/hex helpers (API.md): strings are taken as UTF-8, the decoders give Uint8Arrays.
'use strict';
const { Buffer } = require('buffer');

function bytes(value, fn) {
  if (typeof value === 'string') return Buffer.from(value, 'utf8');
  if (Array.isArray(value)) return Buffer.from(value);
  if (value instanceof ArrayBuffer) return Buffer.from(value);
  if (ArrayBuffer.isView(value)) return Buffer.from(value.buffer, value.byteOffset, value.byteLength);
  const e = new TypeError(`${fn}: expected a string, Array, ArrayBuffer or Uint8Array, got ${value === null ? 'null' : typeof value}`);
  e.code = 'ERR_INVALID_ARG_TYPE';
  throw e;
}

function text(value, fn) {
  if (typeof value !== 'string') {
    let e = new TypeError(`${fn}: expected a string, got ${value === null ? 'null' : typeof value}`);
    e.code = 'ERR_INVALID_ARG_TYPE';
    throw e;
  }
  return value;
}

function plain(buffer) {
  return new Uint8Array(buffer);
}

exports.encodeToBase64 = function encodeToBase64(value) {
  return bytes(value, 'encodeToBase64').toString('base64');
};
exports.decodeFromBase64 = function decodeFromBase64(value) {
  return plain(Buffer.from(text(value, 'decodeFromBase64'), 'base64'));
};
exports.encodeToHex = function encodeToHex(value) {
  return bytes(value, 'encodeToHex').toString('hex');
};
exports.decodeFromHex = function decodeFromHex(value) {
  const s = text(value, 'decodeFromHex');
  if (s.length % 2 !== 0 || /[^0-9a-fA-F]/.test(s)) {
    let e = new TypeError(`decodeFromHex: not a hex string of whole bytes: ${JSON.stringify(s.slice(0, 32))}`);
    e.code = 'ERR_INVALID_ARG_VALUE';
    throw e;
  }
  return plain(Buffer.from(s, 'hex'));
};
