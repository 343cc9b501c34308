// Node's Cipheriv/Decipheriv (internal/crypto/cipher.js) over the JCA: AES GCM/CBC/CTR/ECB and ChaCha20-Poly1305.
// Not streams: update/final/setAAD/getAuthTag/setAuthTag/setAutoPadding, which is what libraries call.
'use strict';

const errors = require('llrt:errors');
const keys = require('llrt:crypto-keys');

const Buffer = keys.Buffer; // buffer loads on first use

const BYTES = 'of type string or an instance of ArrayBuffer, Buffer, TypedArray, or DataView';

function keyMaterial(key, encoding) {
  if (key instanceof keys.KeyObject || Object.prototype.toString.call(key) === '[object CryptoKey]') return keys.secretBytes(key);
  if (typeof key === 'string') return Buffer().from(key, encoding);
  if (ArrayBuffer.isView(key) || key instanceof ArrayBuffer) return key;
  throw errors.invalidArgType('key', 'of type string or an instance of ArrayBuffer, Buffer, TypedArray, DataView, KeyObject, or CryptoKey', key);
}

function ivBytes(iv, encoding) {
  if (iv === null) return null;
  if (typeof iv === 'string') return Buffer().from(iv, encoding);
  if (ArrayBuffer.isView(iv) || iv instanceof ArrayBuffer) return iv;
  throw errors.invalidArgType('iv', 'of type string or an instance of ArrayBuffer, Buffer, TypedArray, or DataView', iv);
}

function output(bytes, encoding) {
  let buf = Buffer().from(bytes);
  return encoding === undefined || encoding === null || encoding === 'buffer' ? buf : buf.toString(encoding);
}

function CipherBase(encrypt, cipher, key, iv, options) {
  if (typeof cipher !== 'string') throw errors.invalidArgType('cipher', 'of type string', cipher);
  let tagLength = options && options.authTagLength;
  if (tagLength !== undefined && (typeof tagLength !== 'number' || !Number.isInteger(tagLength))) {
    throw errors.invalidArgType('options.authTagLength', 'of type number', tagLength);
  }
  this._encrypt = encrypt;
  this._aead = /gcm$|chacha20-poly1305$/i.test(cipher);
  this._handle = native.createCipher(cipher, encrypt, keyMaterial(key), ivBytes(iv), tagLength);
  this._decoder = null;
  this._finalized = false;
}
CipherBase.prototype.update = function update(data, inputEncoding, outputEncoding) {
  if (this._finalized) throw errors.coded(Error, 'ERR_CRYPTO_INVALID_STATE', 'Invalid state for operation update');
  if (typeof data === 'string') data = Buffer().from(data, inputEncoding);
  else if (!ArrayBuffer.isView(data)) throw errors.invalidArgType('data', BYTES, data);
  return this._text(this._handle.update(data), outputEncoding);
};
CipherBase.prototype.final = function final(outputEncoding) {
  if (this._finalized) throw errors.coded(Error, 'ERR_CRYPTO_INVALID_STATE', 'Invalid state');
  this._finalized = true;
  let out = this._text(this._handle.final(), outputEncoding);
  if (this._decoder) out += this._decoder.end();
  return out;
};
// text output across update calls: a multi-byte character split between them must come out whole
CipherBase.prototype._text = function text(bytes, encoding) {
  if (encoding === undefined || encoding === null || encoding === 'buffer') return output(bytes);
  if (!this._decoder) {
    let { StringDecoder } = require('string_decoder');
    this._decoder = new StringDecoder(encoding);
  }
  return this._decoder.write(Buffer().from(bytes));
};
CipherBase.prototype.setAutoPadding = function setAutoPadding(autoPadding) {
  if (!this._handle.setAutoPadding(autoPadding === undefined ? true : !!autoPadding)) {
    throw errors.coded(Error, 'ERR_CRYPTO_INVALID_STATE', 'Invalid state for operation setAutoPadding');
  }
  return this;
};
CipherBase.prototype.setAAD = function setAAD(buffer, options) {
  if (!this._aead) throw errors.coded(Error, 'ERR_CRYPTO_INVALID_STATE', 'Invalid state for operation setAAD');
  if (!ArrayBuffer.isView(buffer)) throw errors.invalidArgType('buffer', 'an instance of ArrayBuffer, Buffer, TypedArray, or DataView', buffer);
  this._handle.setAAD(buffer);
  return this;
};
CipherBase.prototype.getAuthTag = function getAuthTag() {
  let tag = this._encrypt && this._finalized ? this._handle.getAuthTag() : null;
  if (!tag) throw errors.coded(Error, 'ERR_CRYPTO_INVALID_STATE', 'Invalid state for operation getAuthTag');
  return Buffer().from(tag);
};
CipherBase.prototype.setAuthTag = function setAuthTag(tagbits, encoding) {
  if (this._encrypt || !this._aead || this._finalized) {
    throw errors.coded(Error, 'ERR_CRYPTO_INVALID_STATE', 'Invalid state for operation setAuthTag');
  }
  let tag = typeof tagbits === 'string' ? Buffer().from(tagbits, encoding) : tagbits;
  if (!ArrayBuffer.isView(tag)) throw errors.invalidArgType('buffer', 'an instance of Buffer, TypedArray, or DataView', tagbits);
  if (tag.byteLength < 4 || tag.byteLength > 16) {
    throw errors.coded(TypeError, 'ERR_CRYPTO_INVALID_AUTH_TAG', `Invalid authentication tag length: ${tag.byteLength}`);
  }
  this._handle.setAuthTag(tag);
  return this;
};

function Cipheriv(cipher, key, iv, options) {
  if (!(this instanceof Cipheriv)) return new Cipheriv(cipher, key, iv, options);
  CipherBase.call(this, true, cipher, key, iv, options);
}
Cipheriv.prototype = Object.create(CipherBase.prototype, { constructor: { value: Cipheriv, writable: true, configurable: true } });

function Decipheriv(cipher, key, iv, options) {
  if (!(this instanceof Decipheriv)) return new Decipheriv(cipher, key, iv, options);
  CipherBase.call(this, false, cipher, key, iv, options);
}
Decipheriv.prototype = Object.create(CipherBase.prototype, { constructor: { value: Decipheriv, writable: true, configurable: true } });

function getCiphers() {
  return Array.prototype.slice.call(native.cipherNames());
}

module.exports = {
  Cipheriv,
  Decipheriv,
  createCipheriv: (cipher, key, iv, options) => new Cipheriv(cipher, key, iv, options),
  createDecipheriv: (cipher, key, iv, options) => new Decipheriv(cipher, key, iv, options),
  getCiphers,
};
