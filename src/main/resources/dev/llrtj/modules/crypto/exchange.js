// Node's RSA envelopes (publicEncrypt, privateDecrypt, privateEncrypt, publicDecrypt: internal/crypto/cipher.js)
// on the JDK's RSA cipher; the key agreements (ECDH, DiffieHellman, diffieHellman) are in agreement.js.
'use strict';

const errors = require('llrt:errors');
const keys = require('llrt:crypto-keys');

const Buffer = keys.Buffer; // buffer loads on first use
const BYTES = 'of type string or an instance of ArrayBuffer, Buffer, TypedArray, or DataView';
const RSA_PKCS1_PADDING = 1;
const RSA_PKCS1_OAEP_PADDING = 4;

function bytes(value, name, encoding) {
  if (typeof value === 'string') return Buffer().from(value, encoding);
  if (ArrayBuffer.isView(value) || value instanceof ArrayBuffer) return value;
  throw errors.invalidArgType(name, BYTES, value);
}

// the key as publicEncrypt and friends take it (a key or {key, padding, oaepHash, oaepLabel, ...}); `usePrivate`:
// the operation needs the private key, else either does (a private key's public half is used)
function rsaFunction(encrypt, usePrivate, defaultPadding) {
  return function (options, buffer) {
    let given = options !== null && typeof options === 'object' && options.key !== undefined ? options.key : options;
    if (usePrivate && given instanceof keys.KeyObject && given.type !== 'private') {
      throw errors.coded(TypeError, 'ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE', `Invalid key object type ${given.type}, expected private.`);
    }
    let handle = keys.prepareKey(options, usePrivate ? 'private' : 'verify');
    let o = options !== null && typeof options === 'object' && !(options instanceof keys.KeyObject) ? options : {};
    let padding = o.padding || defaultPadding;
    if (o.oaepHash !== undefined && typeof o.oaepHash !== 'string') {
      throw errors.invalidArgType('"key.oaepHash" property', 'of type string', o.oaepHash);
    }
    let label = o.oaepLabel === undefined ? undefined : bytes(o.oaepLabel, '"key.oaepLabel" property', o.encoding);
    let data = bytes(buffer, 'buffer', o.encoding);
    if (!encrypt && usePrivate && padding === RSA_PKCS1_PADDING) {
      // Node 20 refuses it (the Marvin attack, CVE-2023-46809) unless started with --security-revert
      throw errors.coded(TypeError, 'ERR_INVALID_ARG_VALUE', 'RSA_PKCS1_PADDING is no longer supported for private ' +
        'decryption, this can be reverted with --security-revert=CVE-2023-46809');
    }
    let hash = o.oaepHash === undefined ? 'sha1' : o.oaepHash;
    return Buffer().from(native.rsaCipher(handle, encrypt, usePrivate, padding, hash, label, data));
  };
}

module.exports = {
  publicEncrypt: rsaFunction(true, false, RSA_PKCS1_OAEP_PADDING),
  publicDecrypt: rsaFunction(false, false, RSA_PKCS1_PADDING),
  privateEncrypt: rsaFunction(true, true, RSA_PKCS1_PADDING),
  privateDecrypt: rsaFunction(false, true, RSA_PKCS1_OAEP_PADDING),
};
