// Node's key derivation and generation: pbkdf2(Sync), hkdf(Sync), scrypt(Sync), generateKeyPair(Sync).
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

// scrypt (RFC 7914, in Java over the JDK's HMAC-SHA256) with Node's options and OpenSSL's parameter checks
const SCRYPT_DEFAULTS = { N: 16384, r: 8, p: 1, maxmem: 32 << 20 };
const UINT32_MAX = 4294967295;

function scryptOption(options, short, long, value) {
  let has = options[short] !== undefined;
  if (has) {
    value = options[short];
    checkInt(value, short, 0, UINT32_MAX);
  }
  if (options[long] !== undefined) {
    if (has) throw errors.coded(Error, 'ERR_CRYPTO_SCRYPT_INVALID_PARAMETER', 'Invalid scrypt parameter');
    value = options[long];
    checkInt(value, long, 0, UINT32_MAX);
  }
  return value;
}

function scryptArgs(password, salt, keylen, options) {
  let p = bytes(password, 'password');
  let s = bytes(salt, 'salt');
  checkInt(keylen, 'keylen', 0, INT32_MAX);
  let N = SCRYPT_DEFAULTS.N;
  let r = SCRYPT_DEFAULTS.r;
  let par = SCRYPT_DEFAULTS.p;
  let maxmem = SCRYPT_DEFAULTS.maxmem;
  if (options !== undefined && options !== null) {
    N = scryptOption(options, 'N', 'cost', N);
    r = scryptOption(options, 'r', 'blockSize', r);
    par = scryptOption(options, 'p', 'parallelization', par);
    if (options.maxmem !== undefined) {
      maxmem = options.maxmem;
      checkInt(maxmem, 'maxmem', 0, Number.MAX_SAFE_INTEGER);
    }
    // zero means the default, as in Node
    if (N === 0) N = SCRYPT_DEFAULTS.N;
    if (r === 0) r = SCRYPT_DEFAULTS.r;
    if (par === 0) par = SCRYPT_DEFAULTS.p;
    if (maxmem === 0) maxmem = SCRYPT_DEFAULTS.maxmem;
  }
  checkScryptParams(N, r, par, maxmem);
  return [p, s, N, r, par, keylen];
}

// OpenSSL's checks: N a power of 2 above 1 (no reason given), then p·r, N against r, and the memory the derivation
// takes (128·r·p for B plus 128·r·(N+2) for V) against maxmem, all "memory limit exceeded"
function checkScryptParams(N, r, p, maxmem) {
  if (N < 2 || (N & (N - 1)) !== 0) {
    throw errors.coded(RangeError, 'ERR_CRYPTO_INVALID_SCRYPT_PARAMS', 'Invalid scrypt params');
  }
  let memory = p > Math.floor(((2 ** 30) - 1) / r) || (16 * r <= 63 && N >= 2 ** (16 * r)) ||
    128 * r * p > INT32_MAX || 128 * r * p + 128 * r * (N + 2) > maxmem;
  if (memory) {
    throw errors.coded(RangeError, 'ERR_CRYPTO_INVALID_SCRYPT_PARAMS',
      'Invalid scrypt params: error:030000AC:digital envelope routines::memory limit exceeded');
  }
}

function scryptSync(password, salt, keylen, options) {
  return Buffer().from(native.scrypt.apply(null, scryptArgs(password, salt, keylen, options)));
}

function scrypt(password, salt, keylen, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  checkCallback(callback);
  let args = scryptArgs(password, salt, keylen, options);
  later(callback, () => Buffer().from(native.scrypt.apply(null, args)));
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
