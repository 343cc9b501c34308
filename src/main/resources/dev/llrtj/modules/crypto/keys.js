// Node's KeyObject (internal/crypto/keys.js) and sign/verify (internal/crypto/sig.js). The key material stays in
// Java: a KeyObject holds the same opaque handle a Web Crypto CryptoKey does, so KeyObject.from(cryptoKey) shares it.
'use strict';

const errors = require('llrt:errors');

let bufferModule;
function Buffer() {
  if (!bufferModule) bufferModule = require('buffer');
  return bufferModule.Buffer;
}

const KEY_TYPES = 'of type string or an instance of ArrayBuffer, Buffer, TypedArray, DataView, KeyObject, or CryptoKey';
const handles = new WeakMap(); // KeyObject -> native handle (never reachable from the KeyObject: freed with it)

function isBytes(value) {
  return ArrayBuffer.isView(value) || value instanceof ArrayBuffer;
}

function invalidProperty(name, value) {
  return errors.coded(TypeError, 'ERR_INVALID_ARG_VALUE',
    `The property '${name}' is invalid. Received ${typeof value === 'string' ? `'${value}'` : String(value)}`);
}

function invalidType(actual, expected) {
  return errors.coded(TypeError, 'ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE',
    `Invalid key object type ${actual}, expected ${expected}.`);
}

function KeyObject(type, handle) {
  if (type !== 'secret' && type !== 'public' && type !== 'private') {
    throw errors.invalidArgValue('type', type);
  }
  if (handle === null || typeof handle !== 'object' || !native.isHandle(handle)) {
    throw errors.invalidArgType('handle', 'of type object', handle);
  }
  handles.set(this, handle);
  let info = native.keyInfo(handle);
  Object.defineProperty(this, '_info', { value: info });
}
function handleOf(key) {
  let h = handles.get(key);
  if (!h) throw errors.invalidArgType('key', 'an instance of KeyObject', key);
  return h;
}
Object.defineProperty(KeyObject.prototype, 'type', {
  configurable: true, enumerable: true, get() { handleOf(this); return this._info.type; },
});
Object.defineProperty(KeyObject.prototype, Symbol.toStringTag, { value: 'KeyObject', configurable: true });
KeyObject.prototype.equals = function equals(otherKeyObject) {
  if (!(otherKeyObject instanceof KeyObject)) {
    throw errors.invalidArgType('otherKeyObject', 'an instance of KeyObject', otherKeyObject);
  }
  return this.type === otherKeyObject.type && native.keyEquals(handleOf(this), handleOf(otherKeyObject));
};
KeyObject.from = function from(key) {
  let subtleKeys = require('llrt:subtle/keys');
  let slot;
  try {
    slot = subtleKeys.slot(key);
  } catch (e) {
    throw errors.invalidArgType('key', 'an instance of CryptoKey', key);
  }
  return wrap(slot.handle);
};

function subclass(name, type) {
  function Sub(handle) {
    KeyObject.call(this, type, handle);
  }
  Object.defineProperty(Sub, 'name', { value: name });
  Sub.prototype = Object.create(KeyObject.prototype, { constructor: { value: Sub, writable: true, configurable: true } });
  return Sub;
}
const SecretKeyObject = subclass('SecretKeyObject', 'secret');
const PublicKeyObject = subclass('PublicKeyObject', 'public');
const PrivateKeyObject = subclass('PrivateKeyObject', 'private');

Object.defineProperty(SecretKeyObject.prototype, 'symmetricKeySize', {
  configurable: true, enumerable: true, get() { return this._info.symmetricKeySize; },
});
SecretKeyObject.prototype.export = function exportKey(options) {
  if (options !== undefined && (options === null || typeof options !== 'object')) {
    throw errors.invalidArgType('options', 'of type object', options);
  }
  let bytes = Buffer().from(native.secretBytes(handleOf(this)));
  if (options && options.format === 'jwk') return { kty: 'oct', k: bytes.toString('base64url') };
  if (options && options.format !== undefined && options.format !== 'buffer') {
    throw invalidProperty('options.format', options.format);
  }
  return bytes;
};

function asymmetricGetters(Ctor) {
  Object.defineProperty(Ctor.prototype, 'asymmetricKeyType', {
    configurable: true, enumerable: true, get() { return this._info.asymmetricKeyType; },
  });
  Object.defineProperty(Ctor.prototype, 'asymmetricKeyDetails', {
    configurable: true, enumerable: true,
    get() {
      let i = this._info;
      if (i.modulusLength !== undefined) {
        let d = { modulusLength: i.modulusLength };
        if (i.publicExponent !== undefined) d.publicExponent = BigInt('0x' + i.publicExponent);
        return d;
      }
      if (i.namedCurve !== undefined) return { namedCurve: i.namedCurve };
      return {};
    },
  });
  Ctor.prototype.export = function exportKey(options) {
    if (options === null || typeof options !== 'object') throw errors.invalidArgType('options', 'of type object', options);
    if (options.format === 'jwk') return native.exportJwk(handleOf(this));
    let format = options.format === undefined ? 'pem' : options.format;
    if (format !== 'pem' && format !== 'der') throw invalidProperty('options.format', options.format);
    if (options.cipher !== undefined || options.passphrase !== undefined) {
      throw errors.coded(Error, 'ERR_NOT_SUPPORTED', 'Exporting encrypted private keys is not supported by this runtime');
    }
    if (typeof options.type !== 'string') throw invalidProperty('options.type', options.type);
    let h = handleOf(this);
    return format === 'pem' ? native.exportPem(h, options.type) : Buffer().from(native.exportDer(h, options.type));
  };
}
asymmetricGetters(PublicKeyObject);
asymmetricGetters(PrivateKeyObject);

function wrap(handle) {
  let type = native.keyInfo(handle).type;
  if (type === 'secret') return new SecretKeyObject(handle);
  return type === 'public' ? new PublicKeyObject(handle) : new PrivateKeyObject(handle);
}

// The handle of a key given as Node's key arguments take it: a KeyObject, a CryptoKey, PEM text or bytes, or
// { key, format, type, encoding, passphrase }. `want` is 'public' (a private key gives its public half), 'private',
// or 'verify' (either, as Verify and crypto.verify take).
function prepareKey(key, want) {
  if (key instanceof KeyObject) return handleOf(key);
  if (isCryptoKey(key)) return cryptoKeyHandle(key);
  let options = {};
  if (typeof key === 'string' || isBytes(key)) {
    options.key = key;
  } else if (key !== null && typeof key === 'object') {
    options = key;
    if (options.key instanceof KeyObject) return handleOf(options.key);
    if (isCryptoKey(options.key)) return cryptoKeyHandle(options.key);
  } else {
    throw errors.invalidArgType('key', KEY_TYPES, key);
  }
  let wantPublic = want !== 'private';
  let format = options.format === undefined ? 'pem' : options.format;
  if (options.passphrase !== undefined) {
    throw errors.coded(Error, 'ERR_NOT_SUPPORTED', 'Encrypted private keys (passphrase) are not supported by this runtime');
  }
  if (format === 'jwk') {
    if (options.key === null || typeof options.key !== 'object') {
      throw errors.invalidArgType('key.key', 'of type object', options.key);
    }
    checkJwk(options.key);
    return native.keyFromJwk(options.key, want === 'public');
  }
  let data = options.key;
  if (typeof data === 'string' && format === 'der') data = Buffer().from(data, options.encoding || 'utf8');
  if (typeof data !== 'string' && !isBytes(data)) {
    throw errors.invalidArgType('key.key', 'of type string or an instance of ArrayBuffer, Buffer, TypedArray, or DataView', data);
  }
  if (format === 'pem') {
    let text = typeof data === 'string' ? data : Buffer().from(data instanceof ArrayBuffer ? new Uint8Array(data) : data).toString('latin1');
    return native.keyFromPem(text, wantPublic);
  }
  if (format !== 'der') throw invalidProperty('options.format', format);
  if (typeof options.type !== 'string') throw invalidProperty('options.type', options.type);
  return native.keyFromDer(data, options.type, wantPublic);
}

// the members Node requires as strings before it looks at the key material
const JWK_MEMBERS = { RSA: ['n', 'e'], EC: ['crv', 'x', 'y'], OKP: ['crv', 'x'] };
function checkJwk(jwk) {
  let required = JWK_MEMBERS[jwk.kty];
  if (typeof jwk.kty !== 'string') throw errors.invalidArgType('"key.kty" property', 'of type string', jwk.kty);
  if (!required) throw errors.coded(TypeError, 'ERR_CRYPTO_INVALID_JWK', 'Invalid JWK data');
  let names = jwk.kty === 'RSA' && jwk.d !== undefined ? required.concat(['d', 'p', 'q', 'dp', 'dq', 'qi'])
    : jwk.d !== undefined ? required.concat(['d']) : required;
  names.forEach(name => {
    if (typeof jwk[name] !== 'string') throw errors.invalidArgType(`"key.${name}" property`, 'of type string', jwk[name]);
  });
}

function isCryptoKey(value) {
  return value !== null && typeof value === 'object' && Object.prototype.toString.call(value) === '[object CryptoKey]';
}
function cryptoKeyHandle(key) {
  return require('llrt:subtle/keys').slot(key).handle;
}

// the bytes of a secret KeyObject or CryptoKey, for createHmac and the ciphers
function secretBytes(key) {
  let h = key instanceof KeyObject ? handleOf(key) : cryptoKeyHandle(key);
  let type = native.keyInfo(h).type;
  if (type !== 'secret') throw invalidType(type, 'secret');
  return native.secretBytes(h);
}

function createSecretKey(key, encoding) {
  if (typeof key === 'string') key = Buffer().from(key, encoding);
  else if (!isBytes(key)) {
    throw errors.invalidArgType('key', 'of type string or an instance of ArrayBuffer, Buffer, TypedArray, or DataView', key);
  }
  return new SecretKeyObject(native.secretKey(key));
}

function createPublicKey(key) {
  if (key instanceof KeyObject || (key && key.key instanceof KeyObject)) {
    let ko = key instanceof KeyObject ? key : key.key;
    if (ko.type !== 'private') throw invalidType(ko.type, 'private');
    return new PublicKeyObject(native.publicOf(handleOf(ko)));
  }
  let h = prepareKey(key, 'public');
  return wrap(native.keyInfo(h).type === 'private' ? native.publicOf(h) : h);
}

function createPrivateKey(key) {
  if (key instanceof KeyObject || isCryptoKey(key)) {
    throw errors.invalidArgType('key', 'of type string or an instance of ArrayBuffer, Buffer, TypedArray, or DataView', key);
  }
  return wrap(prepareKey(key, 'private'));
}

// sign/verify options as a key object carries them
function signOptions(key) {
  let o = key !== null && typeof key === 'object' && !(key instanceof KeyObject) && !isBytes(key) ? key : {};
  let dsa = o.dsaEncoding;
  if (dsa !== undefined && dsa !== 'der' && dsa !== 'ieee-p1363') throw invalidProperty('options.dsaEncoding', dsa);
  ['padding', 'saltLength'].forEach(name => {
    if (o[name] !== undefined && typeof o[name] !== 'number') throw errors.invalidArgType(`options.${name}`, 'of type number', o[name]);
  });
  return o;
}

function checkDigest(algorithm) {
  if (typeof algorithm !== 'string') throw errors.invalidArgType('algorithm', 'of type string', algorithm);
  if (!native.hashAlgorithm(algorithm)) throw errors.coded(TypeError, 'ERR_CRYPTO_INVALID_DIGEST', 'Invalid digest');
}

function toBytes(data, encoding, name) {
  if (typeof data === 'string') return Buffer().from(data, encoding);
  if (isBytes(data)) return data;
  throw errors.invalidArgType(name, 'of type string or an instance of Buffer, TypedArray, or DataView', data);
}

function output(bytes, encoding) {
  let buf = Buffer().from(bytes);
  return encoding === undefined || encoding === 'buffer' ? buf : buf.toString(encoding);
}

function Sign(algorithm) {
  if (!(this instanceof Sign)) return new Sign(algorithm);
  checkDigest(algorithm);
  this._algorithm = algorithm;
  this._chunks = [];
}
Sign.prototype.update = function update(data, encoding) {
  this._chunks.push(Buffer().from(toBytes(data, encoding, 'data')));
  return this;
};
Sign.prototype.write = function write(data, encoding) {
  this.update(data, encoding);
  return true;
};
Sign.prototype.end = function end(data, encoding) {
  if (data !== undefined) this.update(data, encoding);
  return this;
};
Sign.prototype.sign = function sign(privateKey, outputEncoding) {
  if (!privateKey) throw errors.coded(Error, 'ERR_CRYPTO_SIGN_KEY_REQUIRED', 'No key provided to sign');
  let o = signOptions(privateKey);
  let h = prepareKey(privateKey, 'private');
  let data = Buffer().concat(this._chunks);
  return output(native.sign(h, this._algorithm, o.padding, o.saltLength, o.dsaEncoding, data), outputEncoding);
};

function Verify(algorithm) {
  if (!(this instanceof Verify)) return new Verify(algorithm);
  checkDigest(algorithm);
  this._algorithm = algorithm;
  this._chunks = [];
}
Verify.prototype.update = Sign.prototype.update;
Verify.prototype.write = Sign.prototype.write;
Verify.prototype.end = Sign.prototype.end;
Verify.prototype.verify = function verify(object, signature, signatureEncoding) {
  let o = signOptions(object);
  let h = prepareKey(object, 'verify');
  let sig = toBytes(signature, signatureEncoding, 'signature');
  return native.verify(h, this._algorithm, o.padding, o.saltLength, o.dsaEncoding, Buffer().concat(this._chunks), sig);
};

function later(callback, fn) {
  if (callback === undefined) return fn();
  if (typeof callback !== 'function') throw errors.invalidArgType('callback', 'of type function', callback);
  let result;
  let error = null;
  try {
    result = fn();
  } catch (e) {
    error = e;
  }
  require('timers').setImmediate(() => callback(error, result));
  return undefined;
}

function digestOrNull(algorithm) {
  if (algorithm === null || algorithm === undefined) return undefined;
  if (typeof algorithm !== 'string') throw errors.invalidArgType('algorithm', 'of type string', algorithm);
  if (!native.hashAlgorithm(algorithm)) throw errors.coded(TypeError, 'ERR_CRYPTO_INVALID_DIGEST', `Invalid digest: ${algorithm}`);
  return algorithm;
}

function signOneShot(algorithm, data, key, callback) {
  let digest = digestOrNull(algorithm);
  let bytes = toBytes(data, undefined, 'data');
  if (typeof data === 'string') throw errors.invalidArgType('data', 'an instance of Buffer, TypedArray, or DataView', data);
  let o = signOptions(key);
  let h = prepareKey(key, 'private');
  return later(callback, () => Buffer().from(native.sign(h, digest, o.padding, o.saltLength, o.dsaEncoding, bytes)));
}

function verifyOneShot(algorithm, data, key, signature, callback) {
  let digest = digestOrNull(algorithm);
  if (!isBytes(data)) throw errors.invalidArgType('data', 'an instance of ArrayBuffer, Buffer, TypedArray, or DataView', data);
  if (!isBytes(signature)) {
    throw errors.invalidArgType('signature', 'an instance of ArrayBuffer, Buffer, TypedArray, or DataView', signature);
  }
  let o = signOptions(key);
  let h = prepareKey(key, 'verify');
  return later(callback, () => native.verify(h, digest, o.padding, o.saltLength, o.dsaEncoding, data, signature));
}

module.exports = {
  Buffer, KeyObject, SecretKeyObject, PublicKeyObject, PrivateKeyObject, wrap, handleOf, prepareKey, secretBytes,
  createSecretKey, createPublicKey, createPrivateKey,
  Sign, Verify, createSign: algorithm => new Sign(algorithm), createVerify: algorithm => new Verify(algorithm),
  sign: signOneShot, verify: verifyOneShot,
};
