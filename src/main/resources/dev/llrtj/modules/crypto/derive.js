// Node's key derivation and generation: pbkdf2(Sync), hkdf(Sync), generateKeyPair(Sync); scrypt is refused with a
// reason (the JDK has none, and no small well-kept pure-Java one exists to add).
'use strict';

const errors = require('llrt:errors');
const keys = require('llrt:crypto-keys');

const Buffer = keys.Buffer; // buffer loads on first use

const BYTES = 'of type string or an instance of ArrayBuffer, Buffer, TypedArray, or DataView';
const INT32_MAX = 2147483647;

function bytes(value, name) {
  if (typeof value === 'string') return Buffer().from(value);
  if (ArrayBuffer.isView(value) || value instanceof ArrayBuffer) return value;
  throw errors.invalidArgType(name, BYTES, value);
}

function checkInt(value, name, min, max) {
  if (typeof value !== 'number') throw errors.invalidArgType(name, 'of type number', value);
  if (!Number.isInteger(value)) throw errors.outOfRange(name, 'an integer', value);
  if (value < min || value > max) throw errors.outOfRange(name, `>= ${min} && <= ${max}`, value);
}

function checkDigest(digest) {
  if (typeof digest !== 'string') throw errors.invalidArgType('digest', 'of type string', digest);
  if (!native.hashAlgorithm(digest)) throw errors.coded(TypeError, 'ERR_CRYPTO_INVALID_DIGEST', `Invalid digest: ${digest}`);
}

function checkCallback(callback) {
  if (typeof callback !== 'function') throw errors.invalidArgType('callback', 'of type function', callback);
}

// the callback forms run the work on a later turn of the loop, as Node's thread pool answers
function later(callback, work) {
  require('timers').setImmediate(() => {
    let result;
    try {
      result = work();
    } catch (e) {
      callback(e);
      return;
    }
    callback(null, result);
  });
}

function pbkdf2Sync(password, salt, iterations, keylen, digest) {
  let p = bytes(password, 'password');
  let s = bytes(salt, 'salt');
  checkInt(iterations, 'iterations', 1, INT32_MAX);
  checkInt(keylen, 'keylen', 0, INT32_MAX);
  checkDigest(digest);
  return Buffer().from(native.pbkdf2(p, s, iterations, keylen, digest));
}

function pbkdf2(password, salt, iterations, keylen, digest, callback) {
  if (typeof digest === 'function') {
    callback = digest;
    digest = undefined;
  }
  checkCallback(callback);
  let p = bytes(password, 'password');
  let s = bytes(salt, 'salt');
  checkInt(iterations, 'iterations', 1, INT32_MAX);
  checkInt(keylen, 'keylen', 0, INT32_MAX);
  checkDigest(digest);
  later(callback, () => Buffer().from(native.pbkdf2(p, s, iterations, keylen, digest)));
}

function hkdfArgs(digest, ikm, salt, info, keylen) {
  if (typeof digest !== 'string') throw errors.invalidArgType('digest', 'of type string', digest);
  let key = ikm instanceof keys.KeyObject ? keys.secretBytes(ikm) : bytes(ikm, 'ikm');
  let s = bytes(salt, 'salt');
  let i = bytes(info, 'info');
  checkInt(keylen, 'length', 0, INT32_MAX);
  if (i.byteLength > 1024) throw errors.outOfRange('info', 'must not contain more than 1024 bytes', i.byteLength);
  if (!native.hashAlgorithm(digest)) throw errors.coded(TypeError, 'ERR_CRYPTO_INVALID_DIGEST', `Invalid digest: ${digest}`);
  let hashLength = require('crypto').createHash(digest).digest().length;
  if (keylen > 255 * hashLength) throw errors.coded(RangeError, 'ERR_CRYPTO_INVALID_KEYLEN', 'Invalid key length');
  return [digest, key, s, i, keylen];
}

function hkdfSync(digest, ikm, salt, info, keylen) {
  return native.hkdf.apply(null, hkdfArgs(digest, ikm, salt, info, keylen));
}

function hkdf(digest, ikm, salt, info, keylen, callback) {
  checkCallback(callback);
  let args = hkdfArgs(digest, ikm, salt, info, keylen);
  later(callback, () => native.hkdf.apply(null, args));
}

function scryptRefused() {
  return errors.coded(Error, 'ERR_NOT_SUPPORTED', 'crypto.scrypt is not supported by this runtime: the JDK has no scrypt ' +
    'and there is no small, well-kept pure-Java implementation to ship (use pbkdf2 or hkdf)');
}
function scryptSync() {
  throw scryptRefused();
}
function scrypt() {
  throw scryptRefused();
}

// the two keys, each as a KeyObject or, when its encoding is given, exported as Node's export() would
function generatedPair(type, options) {
  if (typeof type !== 'string') throw errors.invalidArgType('type', 'of type string', type);
  if (options !== undefined && (options === null || typeof options !== 'object')) {
    throw errors.invalidArgType('options', 'of type object', options);
  }
  let pair = native.generateKeyPair(type, options);
  let privateKey = keys.wrap(pair[0]);
  let publicKey = keys.wrap(pair[1]);
  let o = options || {};
  return {
    publicKey: o.publicKeyEncoding ? publicKey.export(o.publicKeyEncoding) : publicKey,
    privateKey: o.privateKeyEncoding ? privateKey.export(o.privateKeyEncoding) : privateKey,
  };
}

function generateKeyPairSync(type, options) {
  return generatedPair(type, options);
}

function generateKeyPair(type, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  checkCallback(callback);
  require('timers').setImmediate(() => {
    let pair;
    try {
      pair = generatedPair(type, options);
    } catch (e) {
      callback(e);
      return;
    }
    callback(null, pair.publicKey, pair.privateKey);
  });
}

module.exports = { pbkdf2, pbkdf2Sync, hkdf, hkdfSync, scrypt, scryptSync, generateKeyPair, generateKeyPairSync };
