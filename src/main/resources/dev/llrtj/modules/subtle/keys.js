// CryptoKey and the key life cycle of SubtleCrypto: generateKey, importKey, exportKey (raw, spki, pkcs8, jwk).
// The key material stays in Java: a CryptoKey's slot holds an opaque native handle.
'use strict';

const { AES, RSA, USAGES, domError, bufferSource, normalize, hashBits } = require('llrt:subtle/algorithms');

const slots = new WeakMap(); // CryptoKey -> { handle, type, extractable, algorithm, usages }
// (no slot value reaches its CryptoKey, so entries are freed with their keys: docs/module-state.md)

function CryptoKey() {
  throw new TypeError('Illegal constructor');
}
function slot(key) {
  let s = slots.get(key);
  if (!s) throw new TypeError('parameter is not of type CryptoKey');
  return s;
}
['type', 'extractable', 'algorithm', 'usages'].forEach(name => {
  Object.defineProperty(CryptoKey.prototype, name, {
    configurable: true, enumerable: true, get() { return slot(this)[name]; },
  });
});
Object.defineProperty(CryptoKey.prototype, Symbol.toStringTag, { value: 'CryptoKey', configurable: true });
// console.log shows the slots as Node does: CryptoKey { type, extractable, algorithm, usages }
Object.defineProperty(CryptoKey.prototype, Symbol.for('nodejs.util.inspect.custom'), {
  configurable: true,
  value(depth, options, inspect) {
    if (depth < 0) return this;
    let s = slot(this);
    let opts = Object.assign({}, options, { depth: options.depth == null ? null : options.depth - 1 });
    return 'CryptoKey ' + inspect({ type: s.type, extractable: s.extractable, algorithm: s.algorithm, usages: s.usages }, opts);
  },
});

function makeKey(handle, type, extractable, algorithm, usages) {
  let key = Object.create(CryptoKey.prototype);
  slots.set(key, { handle, type, extractable, algorithm, usages });
  return key;
}

// the key's slot, if its algorithm is `name` and it allows `usage`
function checkKey(key, name, usage) {
  let s = slot(key);
  if (s.algorithm.name !== name || (usage && s.usages.indexOf(usage) < 0)) {
    throw domError('InvalidAccessError', 'The requested operation is not valid for the provided key');
  }
  return s;
}

// usages as given, deduplicated (as Node and browsers keep them); each must be one the key type allows
function keyUsages(usages, allowed) {
  if (!usages || typeof usages[Symbol.iterator] !== 'function') throw new TypeError('keyUsages must be a sequence');
  let out = [];
  Array.from(usages).forEach(u => {
    if (allowed.indexOf(u) < 0) throw domError('SyntaxError', `Unsupported key usage: ${u}`);
    if (out.indexOf(u) < 0) out.push(u);
  });
  return out;
}

function requireUsages(type, usages) {
  if (type !== 'public' && usages.length === 0) throw domError('SyntaxError', 'Usages cannot be empty when creating a key.');
  return usages;
}

function keyKind(name) {
  return RSA.indexOf(name) >= 0 ? 'RSA' : name === 'ECDSA' || name === 'ECDH' ? 'EC' : name;
}

// what a CryptoKey shows as `algorithm`: the name plus the facts of the key (RSA sizes, curve, length, hash)
function keyAlgorithm(alg, facts) {
  let out = { name: alg.name };
  if (facts.modulusLength !== undefined) {
    out.modulusLength = facts.modulusLength;
    out.publicExponent = facts.publicExponent;
  }
  if (facts.namedCurve !== undefined) out.namedCurve = facts.namedCurve;
  if (alg.hash && alg.name !== 'HKDF' && alg.name !== 'PBKDF2') out.hash = { name: alg.hash };
  if (facts.length !== undefined) out.length = facts.length;
  return out;
}

function asymmetricKey(alg, handle, extractable, usages) {
  let facts = native.describe(handle);
  let allowed = USAGES[alg.name][facts.type];
  return makeKey(handle, facts.type, facts.type === 'public' || extractable, keyAlgorithm(alg, facts),
    keyUsages(usages, allowed));
}

// ---- generateKey ----

function generateKey(alg, extractable, usages) {
  let allowed = USAGES[alg.name];
  if (allowed.secret) {
    let length = secretLength(alg, null);
    let handle = native.randomSecret(length / 8);
    let used = requireUsages('secret', keyUsages(usages, allowed.secret));
    return makeKey(handle, 'secret', extractable, keyAlgorithm(alg, { length }), used);
  }
  let asked = keyUsages(usages, allowed.public.concat(allowed.private));
  let privateUsages = requireUsages('private', asked.filter(u => allowed.private.indexOf(u) >= 0));
  let publicUsages = asked.filter(u => allowed.public.indexOf(u) >= 0);
  let pair = native.generateKeyPair(keyKind(alg.name), alg.modulusLength || 0, alg.publicExponent, alg.namedCurve);
  return {
    publicKey: asymmetricKey(alg, pair[1], true, publicUsages),
    privateKey: asymmetricKey(alg, pair[0], extractable, privateUsages),
  };
}

// a secret key's length in bits: AES 128/192/256; HMAC the asked length or the hash's block size
function secretLength(alg, dataBits) {
  if (AES.indexOf(alg.name) >= 0) {
    let length = dataBits === null ? alg.length : dataBits;
    if ([128, 192, 256].indexOf(length) < 0) {
      throw domError(dataBits === null ? 'OperationError' : 'DataError', 'AES key length must be 128, 192 or 256 bits');
    }
    return length;
  }
  if (alg.name === 'HMAC') {
    if (dataBits === 0) throw domError('DataError', 'HMAC key data must not be empty');
    let length = alg.length === undefined ? (dataBits === null ? hashBits(alg.hash) : dataBits) : alg.length;
    if (dataBits === null && length % 8 !== 0) throw new TypeError(`algorithm.length must be a multiple of 8. Received ${length}`);
    if (length === 0 || (dataBits !== null && (length > dataBits || length <= dataBits - 8))) {
      throw domError('DataError', 'Invalid HMAC key length');
    }
    return length;
  }
  return undefined; // HKDF and PBKDF2 keys have no length
}

// ---- importKey ----

function importKey(format, keyData, algorithm, extractable, usages) {
  let alg = normalize('importKey', algorithm);
  let allowed = USAGES[alg.name];
  if (['raw', 'spki', 'pkcs8', 'jwk'].indexOf(format) < 0) throw new TypeError(`Invalid key format: ${format}`);
  if (format === 'jwk') {
    if (keyData === null || typeof keyData !== 'object' || ArrayBuffer.isView(keyData)) throw new TypeError('keyData must be a JsonWebKey');
    // usages the key type cannot have are a SyntaxError before any JWK member is looked at
    keyUsages(usages, allowed.secret || (keyData.d === undefined ? allowed.public : allowed.private));
    checkJwk(keyData, alg, extractable, usages);
  } else {
    keyData = bufferSource(keyData, 'keyData');
  }
  if (allowed.secret) {
    let used = requireUsages('secret', keyUsages(usages, allowed.secret));
    if (alg.name === 'HKDF' || alg.name === 'PBKDF2') {
      if (format !== 'raw') throw domError('NotSupportedError', `${alg.name} keys import only as raw`);
      if (extractable) throw domError('SyntaxError', `${alg.name} keys cannot be extractable`);
    } else if (format !== 'raw' && format !== 'jwk') {
      throw domError('NotSupportedError', `Unsupported key format ${format} for ${alg.name}`);
    }
    let handle = native.secretKey(format === 'jwk' ? jwkBytes(keyData.k) : keyData);
    let length = secretLength(alg, native.secretBytes(handle).byteLength * 8);
    if (format === 'jwk' && keyData.alg !== undefined && keyData.alg !== jwkAlg(alg.name, alg.hash, length)) {
      throw domError('DataError', `JWK "alg" ${keyData.alg} does not match the algorithm`);
    }
    return makeKey(handle, 'secret', extractable, keyAlgorithm(alg, { length }), used);
  }
  let handle = native.importKey(keyKind(alg.name), format, keyData, alg.namedCurve);
  let key = asymmetricKey(alg, handle, extractable, usages);
  requireUsages(key.type, key.usages);
  if (format === 'jwk' && keyData.alg !== undefined && RSA.indexOf(alg.name) >= 0 && keyData.alg !== jwkAlg(alg.name, alg.hash)) {
    throw domError('DataError', `JWK "alg" ${keyData.alg} does not match the algorithm`);
  }
  return key;
}

const KTY = { RSA: 'RSA', EC: 'EC', Ed25519: 'OKP', X25519: 'OKP' };

function checkJwk(jwk, alg, extractable, usages) {
  let kty = USAGES[alg.name].secret ? 'oct' : KTY[keyKind(alg.name)];
  if (jwk.kty !== kty) throw domError('DataError', `JWK "kty" must be "${kty}"`);
  if (jwk.ext === false && extractable) throw domError('DataError', 'JWK "ext" is false but the key is to be extractable');
  if (jwk.key_ops !== undefined) {
    if (!Array.isArray(jwk.key_ops)) throw domError('DataError', 'JWK "key_ops" must be an array');
    Array.from(usages || []).forEach(u => {
      if (jwk.key_ops.indexOf(u) < 0) throw domError('DataError', `JWK "key_ops" does not allow ${u}`);
    });
  }
  if (jwk.use !== undefined && usages && usages.length) {
    let want = ['sign', 'verify'].indexOf(usages[0]) >= 0 ? 'sig' : 'enc';
    if (jwk.use !== want) throw domError('DataError', `JWK "use" must be "${want}"`);
  }
}

const JWK_HASH = { 'SHA-1': '1', 'SHA-256': '256', 'SHA-384': '384', 'SHA-512': '512' };

function jwkAlg(name, hash, length) {
  if (name === 'HMAC') return 'HS' + JWK_HASH[hash];
  if (AES.indexOf(name) >= 0) return 'A' + length + name.slice(4);
  if (name === 'RSASSA-PKCS1-v1_5') return 'RS' + JWK_HASH[hash];
  if (name === 'RSA-PSS') return 'PS' + JWK_HASH[hash];
  if (name === 'RSA-OAEP') return hash === 'SHA-1' ? 'RSA-OAEP' : 'RSA-OAEP-' + JWK_HASH[hash];
  if (name === 'Ed25519') return 'Ed25519';
  return undefined;
}

// ---- exportKey ----

function exportKey(format, key) {
  let s = slot(key);
  if (['raw', 'spki', 'pkcs8', 'jwk'].indexOf(format) < 0) throw new TypeError(`Invalid key format: ${format}`);
  if (!s.extractable) throw domError('InvalidAccessError', 'key is not extractable');
  if (s.type === 'secret') {
    if (format !== 'raw' && format !== 'jwk') throw domError('NotSupportedError', `Unsupported key format ${format} for ${s.algorithm.name}`);
    let raw = native.secretBytes(s.handle);
    if (format === 'raw') return raw;
    let hash = s.algorithm.hash && s.algorithm.hash.name;
    return jwkFrame(s, { kty: 'oct', k: native.base64url(raw) }, jwkAlg(s.algorithm.name, hash, s.algorithm.length));
  }
  let out = native.exportKey(s.handle, format);
  if (format !== 'jwk') return out;
  return jwkFrame(s, out, jwkAlg(s.algorithm.name, s.algorithm.hash && s.algorithm.hash.name));
}

// key_ops and ext first, then the key material, then alg: the member order Node prints
function jwkFrame(s, material, alg) {
  let jwk = { key_ops: s.usages.slice(), ext: s.extractable };
  Object.keys(material).forEach(k => { jwk[k] = material[k]; });
  if (alg !== undefined) jwk.alg = alg;
  return jwk;
}

function jwkBytes(k) {
  if (typeof k !== 'string') throw domError('DataError', 'JWK "k" must be a base64url string');
  return native.fromBase64url(k);
}

// a wrapped JWK travels as the UTF-8 bytes of its JSON text
function utf8(text) {
  return native.utf8Encode(text);
}

function parseJwkBytes(buffer) {
  try {
    return JSON.parse(native.utf8Decode(buffer));
  } catch (e) {
    throw domError('DataError', 'The unwrapped key is not a JSON Web Key');
  }
}

module.exports = { CryptoKey, slot, checkKey, generateKey, importKey, exportKey, utf8, parseJwkBytes };
