// Node's crypto: hashing and HMAC (digests run in Java over the bytes) and secure random values
// (internal/crypto-random.js). crypto.subtle lives in llrt:subtle and loads on first use.
'use strict';

const errors = require('llrt:errors');
const random = require('llrt:crypto-random');
const keys = require('llrt:crypto-keys');
const ciphers = require('llrt:crypto-ciphers');
const derive = require('llrt:crypto-derive');

let bufferModule;
function Buffer() {
  if (!bufferModule) bufferModule = require('buffer');
  return bufferModule.Buffer;
}

const DATA_TYPES = 'of type string or an instance of Buffer, TypedArray, or DataView';

function finalized() {
  return errors.coded(Error, 'ERR_CRYPTO_HASH_FINALIZED', 'Digest already called');
}

// string data: UTF-8 goes to Java as is, other encodings become bytes first
function feed(handle, data, encoding) {
  if (typeof data === 'string') {
    let utf8 = encoding === undefined || encoding === null || /^utf-?8$/i.test(encoding);
    handle.update(utf8 ? data : Buffer().from(data, encoding));
  } else if (ArrayBuffer.isView(data)) {
    handle.update(data);
  } else {
    throw errors.invalidArgType('data', DATA_TYPES, data);
  }
}

function output(bytes, encoding) {
  let buf = Buffer().from(bytes);
  return encoding === undefined || encoding === 'buffer' ? buf : buf.toString(encoding);
}

function Hash(algorithm, options, handle) {
  if (!(this instanceof Hash)) return new Hash(algorithm, options);
  if (typeof algorithm !== 'string') throw errors.invalidArgType('algorithm', 'of type string', algorithm);
  this._handle = handle || native.createHash(algorithm);
  this._done = false;
}
Hash.prototype.update = function update(data, encoding) {
  if (this._done) throw finalized();
  feed(this._handle, data, encoding);
  return this;
};
Hash.prototype.digest = function digest(encoding) {
  if (this._done) throw finalized();
  this._done = true;
  return output(this._handle.digest(), encoding);
};
Hash.prototype.copy = function copy() {
  if (this._done) throw finalized();
  return new Hash('', undefined, this._handle.copy());
};

function keyBytes(key) {
  if (typeof key === 'string') return Buffer().from(key);
  if (ArrayBuffer.isView(key) || key instanceof ArrayBuffer) return key;
  if (key instanceof keys.KeyObject || Object.prototype.toString.call(key) === '[object CryptoKey]') return keys.secretBytes(key);
  throw errors.invalidArgType('key',
    'of type string or an instance of ArrayBuffer, Buffer, TypedArray, DataView, KeyObject, or CryptoKey', key);
}

function Hmac(algorithm, key) {
  if (!(this instanceof Hmac)) return new Hmac(algorithm, key);
  if (typeof algorithm !== 'string') throw errors.invalidArgType('hmac', 'of type string', algorithm);
  let bytes = keyBytes(key);
  if (!native.hashAlgorithm(algorithm)) throw errors.coded(TypeError, 'ERR_CRYPTO_INVALID_DIGEST', `Invalid digest: ${algorithm}`);
  this._handle = native.createHmac(algorithm, bytes);
  this._done = false;
}
Hmac.prototype.update = Hash.prototype.update;
Hmac.prototype.digest = function digest(encoding) {
  // Node: a second digest() of an Hmac gives an empty result rather than throwing
  if (this._done) return output(new ArrayBuffer(0), encoding);
  this._done = true;
  return output(this._handle.digest(), encoding);
};

function createHash(algorithm, options) {
  return new Hash(algorithm, options);
}

function createHmac(algorithm, key) {
  return new Hmac(algorithm, key);
}

function hash(algorithm, data, outputEncoding) {
  if (typeof algorithm !== 'string') throw errors.invalidArgType('algorithm', 'of type string', algorithm);
  if (typeof data !== 'string' && !ArrayBuffer.isView(data)) {
    throw errors.invalidArgType('input', 'of type string or an instance of Buffer, TypedArray, or DataView', data);
  }
  let h = native.createHash(algorithm);
  h.update(data);
  return output(h.digest(), outputEncoding === undefined ? 'hex' : outputEncoding);
}

function getHashes() {
  return Array.prototype.slice.call(native.hashNames()).concat(['RSA-MD5', 'RSA-SHA1', 'RSA-SHA256', 'RSA-SHA384', 'RSA-SHA512']).sort();
}

function timingSafeEqual(a, b) {
  [a, b].forEach((buf, i) => {
    if (!ArrayBuffer.isView(buf) && !(buf instanceof ArrayBuffer)) {
      throw errors.coded(TypeError, 'ERR_INVALID_ARG_TYPE',
        `The "buf${i + 1}" argument must be an instance of ArrayBuffer, Buffer, TypedArray, or DataView.`);
    }
  });
  if (a.byteLength !== b.byteLength) {
    throw errors.coded(RangeError, 'ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH', 'Input buffers must have the same byte length');
  }
  return native.timingSafeEqual(a, b);
}

const constants = {
  RSA_PKCS1_PADDING: 1, RSA_NO_PADDING: 3, RSA_PKCS1_OAEP_PADDING: 4, RSA_X931_PADDING: 5, RSA_PKCS1_PSS_PADDING: 6,
  RSA_PSS_SALTLEN_DIGEST: -1, RSA_PSS_SALTLEN_MAX_SIGN: -2, RSA_PSS_SALTLEN_AUTO: -2,
  POINT_CONVERSION_COMPRESSED: 2, POINT_CONVERSION_UNCOMPRESSED: 4, POINT_CONVERSION_HYBRID: 6,
};

module.exports = {
  KeyObject: keys.KeyObject,
  createSecretKey: keys.createSecretKey,
  createPublicKey: keys.createPublicKey,
  createPrivateKey: keys.createPrivateKey,
  Sign: keys.Sign,
  Verify: keys.Verify,
  createSign: keys.createSign,
  createVerify: keys.createVerify,
  sign: keys.sign,
  verify: keys.verify,
  Cipheriv: ciphers.Cipheriv,
  Decipheriv: ciphers.Decipheriv,
  createCipheriv: ciphers.createCipheriv,
  createDecipheriv: ciphers.createDecipheriv,
  getCiphers: ciphers.getCiphers,
  pbkdf2: derive.pbkdf2,
  pbkdf2Sync: derive.pbkdf2Sync,
  hkdf: derive.hkdf,
  hkdfSync: derive.hkdfSync,
  scrypt: derive.scrypt,
  scryptSync: derive.scryptSync,
  generateKeyPair: derive.generateKeyPair,
  generateKeyPairSync: derive.generateKeyPairSync,
  getCurves: () => ['prime256v1', 'secp384r1', 'secp521r1'],
  createHash,
  createHmac,
  hash,
  getHashes,
  timingSafeEqual,
  randomBytes: random.randomBytes,
  pseudoRandomBytes: random.randomBytes,
  randomFill: random.randomFill,
  randomFillSync: random.randomFillSync,
  randomInt: random.randomInt,
  randomUUID: random.randomUUID,
  getRandomValues: random.getRandomValues,
  Hash,
  Hmac,
  constants,
  webcrypto: random.webcrypto,
};
// the RSA envelopes, key agreements and X509Certificate load on first use: a start that only hashes compiles none
[['llrt:crypto-exchange', ['publicEncrypt', 'publicDecrypt', 'privateEncrypt', 'privateDecrypt']],
  ['llrt:crypto-agreement', ['ECDH', 'createECDH', 'DiffieHellman', 'DiffieHellmanGroup', 'createDiffieHellman',
    'createDiffieHellmanGroup', 'getDiffieHellman', 'diffieHellman']],
  ['llrt:crypto-x509', ['X509Certificate']]].forEach((entry) => {
  entry[1].forEach((name) => {
    Object.defineProperty(module.exports, name, {
      configurable: true,
      enumerable: true,
      get() {
        let value = require(entry[0])[name];
        Object.defineProperty(module.exports, name, { value, writable: true, configurable: true, enumerable: true });
        return value;
      },
    });
  });
});
Object.defineProperty(module.exports, 'subtle', {
  configurable: true,
  enumerable: true,
  get() {
    return random.webcrypto.subtle;
  },
});
