// Web Crypto's SubtleCrypto (`llrt:subtle`): the operations. Algorithms are normalised in subtle/algorithms.js, keys
// live in subtle/keys.js; the cryptography runs in Java (modules/subtle) on byte arrays. Every method answers with a
// Promise that settles after the current task, as in browsers.
'use strict';

const { AES, domError, promised, bufferSource, normalize, hashBits } = require('llrt:subtle/algorithms');
const keys = require('llrt:subtle/keys');

const { slot, checkKey } = keys;

function SubtleCrypto() {
  throw new TypeError('Illegal constructor');
}
Object.defineProperty(SubtleCrypto.prototype, Symbol.toStringTag, { value: 'SubtleCrypto', configurable: true });

function data(value) {
  return bufferSource(value, 'data');
}

function signParams(s, alg) {
  return { hash: alg.name === 'ECDSA' ? alg.hash : s.algorithm.hash && s.algorithm.hash.name, saltLength: alg.saltLength };
}

function cipher(op, alg, key, bytes) {
  let s = checkKey(key, alg.name, op);
  if (alg.name === 'RSA-OAEP') alg.hash = s.algorithm.hash.name;
  return native.cipher(alg.name, op === 'encrypt' || op === 'wrapKey', s.handle, alg, bytes);
}

function deriveBits(alg, baseKey, length, usage) {
  let s = checkKey(baseKey, alg.name, usage);
  if (alg.public) {
    let p = slot(alg.public);
    if (p.type !== 'public' || p.algorithm.name !== alg.name) {
      throw domError('InvalidAccessError', 'algorithm.public must be a public key of the same algorithm');
    }
    alg.public = p.handle;
  }
  return native.deriveBits(alg.name, s.handle, alg, length === null ? undefined : length);
}

function keyLength(derivedKeyType) {
  let alg = normalize('keyLength', derivedKeyType);
  if (AES.indexOf(alg.name) >= 0) {
    if ([128, 192, 256].indexOf(alg.length) < 0) throw domError('OperationError', 'AES key length must be 128, 192 or 256 bits');
    return alg.length;
  }
  if (alg.name === 'HMAC') {
    if (alg.length === 0) throw new TypeError('HMAC length must not be 0');
    return alg.length === undefined ? hashBits(alg.hash) : alg.length;
  }
  return null;
}

const methods = {
  digest(algorithm, bytes) {
    return promised(() => native.digest(normalize('digest', algorithm).name, data(bytes)));
  },
  sign(algorithm, key, bytes) {
    return promised(() => {
      let alg = normalize('sign', algorithm);
      let s = checkKey(key, alg.name, 'sign');
      return native.sign(alg.name, s.handle, signParams(s, alg), data(bytes));
    });
  },
  verify(algorithm, key, signature, bytes) {
    return promised(() => {
      let alg = normalize('verify', algorithm);
      let s = checkKey(key, alg.name, 'verify');
      return native.verify(alg.name, s.handle, signParams(s, alg), bufferSource(signature, 'signature'), data(bytes));
    });
  },
  encrypt(algorithm, key, bytes) {
    return promised(() => cipher('encrypt', normalize('encrypt', algorithm), key, data(bytes)));
  },
  decrypt(algorithm, key, bytes) {
    return promised(() => cipher('decrypt', normalize('decrypt', algorithm), key, data(bytes)));
  },
  deriveBits(algorithm, baseKey, length) {
    return promised(() => deriveBits(normalize('deriveBits', algorithm), baseKey, length === undefined ? null : length, 'deriveBits'));
  },
  deriveKey(algorithm, baseKey, derivedKeyType, extractable, usages) {
    return promised(() => {
      let alg = normalize('deriveBits', algorithm);
      let length = keyLength(derivedKeyType);
      let bits = deriveBits(alg, baseKey, length, 'deriveKey');
      return keys.importKey('raw', bits, derivedKeyType, extractable, usages);
    });
  },
  generateKey(algorithm, extractable, usages) {
    return promised(() => keys.generateKey(normalize('generateKey', algorithm), Boolean(extractable), usages));
  },
  importKey(format, keyData, algorithm, extractable, usages) {
    return promised(() => keys.importKey(String(format), keyData, algorithm, Boolean(extractable), usages));
  },
  exportKey(format, key) {
    return promised(() => keys.exportKey(String(format), key));
  },
  wrapKey(format, key, wrappingKey, wrapAlgorithm) {
    return promised(() => {
      let alg = normalize('wrapKey', wrapAlgorithm);
      let exported = keys.exportKey(String(format), key);
      let bytes = format === 'jwk' ? keys.utf8(JSON.stringify(exported)) : exported;
      return cipher('wrapKey', alg, wrappingKey, bytes);
    });
  },
  unwrapKey(format, wrappedKey, unwrappingKey, unwrapAlgorithm, unwrappedKeyAlgorithm, extractable, usages) {
    return promised(() => {
      let alg = normalize('unwrapKey', unwrapAlgorithm);
      let bytes = cipher('unwrapKey', alg, unwrappingKey, bufferSource(wrappedKey, 'wrappedKey'));
      let keyData = format === 'jwk' ? keys.parseJwkBytes(bytes) : bytes;
      return keys.importKey(String(format), keyData, unwrappedKeyAlgorithm, Boolean(extractable), usages);
    });
  },
};
Object.keys(methods).forEach(name => {
  Object.defineProperty(SubtleCrypto.prototype, name, { value: methods[name], writable: true, configurable: true });
});

const subtle = Object.create(SubtleCrypto.prototype);

module.exports.subtle = subtle;
module.exports.CryptoKey = keys.CryptoKey;
module.exports.SubtleCrypto = SubtleCrypto;
