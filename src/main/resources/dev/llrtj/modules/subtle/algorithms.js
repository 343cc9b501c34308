// Web Crypto's algorithm tables and "normalize an algorithm": canonical names, the members each operation reads
// (checked and typed), which usages each key type allows, and DOMException-like errors.
'use strict';

const SHA = ['SHA-1', 'SHA-256', 'SHA-384', 'SHA-512'];
const AES = ['AES-GCM', 'AES-CBC', 'AES-CTR', 'AES-KW'];
const RSA = ['RSASSA-PKCS1-v1_5', 'RSA-PSS', 'RSA-OAEP'];
const SIGN = { public: ['verify'], private: ['sign'] };
const AGREE = { public: [], private: ['deriveKey', 'deriveBits'] };
const USAGES = {
  'RSASSA-PKCS1-v1_5': SIGN, 'RSA-PSS': SIGN, ECDSA: SIGN, Ed25519: SIGN,
  'RSA-OAEP': { public: ['encrypt', 'wrapKey'], private: ['decrypt', 'unwrapKey'] },
  ECDH: AGREE, X25519: AGREE,
  'AES-GCM': { secret: ['encrypt', 'decrypt', 'wrapKey', 'unwrapKey'] },
  'AES-KW': { secret: ['wrapKey', 'unwrapKey'] },
  HMAC: { secret: ['sign', 'verify'] },
  HKDF: { secret: ['deriveKey', 'deriveBits'] },
};
USAGES['AES-CBC'] = USAGES['AES-CTR'] = USAGES['AES-GCM'];
USAGES.PBKDF2 = USAGES.HKDF;
const KEY_ALGS = Object.keys(USAGES);
const SUPPORTED = {
  digest: SHA,
  sign: ['HMAC', 'RSASSA-PKCS1-v1_5', 'RSA-PSS', 'ECDSA', 'Ed25519'],
  encrypt: ['AES-GCM', 'AES-CBC', 'AES-CTR', 'RSA-OAEP'],
  wrapKey: ['AES-GCM', 'AES-CBC', 'AES-CTR', 'AES-KW', 'RSA-OAEP'],
  deriveBits: ['ECDH', 'X25519', 'HKDF', 'PBKDF2'],
  generateKey: KEY_ALGS.filter(n => n !== 'HKDF' && n !== 'PBKDF2'),
  importKey: KEY_ALGS,
  keyLength: AES.concat(['HMAC', 'HKDF', 'PBKDF2']),
};
SUPPORTED.verify = SUPPORTED.sign;
SUPPORTED.decrypt = SUPPORTED.encrypt;
SUPPORTED.unwrapKey = SUPPORTED.wrapKey;
const CANONICAL = new Map();
SHA.concat(KEY_ALGS).forEach(n => CANONICAL.set(n.toLowerCase(), n));

function domError(name, message) {
  if (typeof DOMException === 'function') return new DOMException(message, name);
  let e = new Error(message);
  e.name = name;
  return e;
}

const DOM_NAMES = ['NotSupportedError', 'InvalidAccessError', 'DataError', 'OperationError', 'SyntaxError'];

// the Java side throws plain Errors named like DOMExceptions: made real ones once a DOMException global exists
function promised(body) {
  return new Promise((resolve, reject) => {
    try {
      resolve(body());
    } catch (e) {
      let convert = typeof DOMException === 'function' && e instanceof Error && DOM_NAMES.indexOf(e.name) >= 0;
      reject(convert ? new DOMException(e.message, e.name) : e);
    }
  });
}

// ---- argument checks ----

function bufferSource(value, what) {
  if (value instanceof ArrayBuffer || ArrayBuffer.isView(value)) return value;
  throw new TypeError(`Failed to execute: ${what} is not an ArrayBuffer, TypedArray or DataView`);
}

function required(dict, member, what) {
  if (dict[member] === undefined) throw new TypeError(`${what}: algorithm.${member} is required`);
  return dict[member];
}

function normalizeHash(hash) {
  return normalize('digest', required({ hash }, 'hash', 'hash')).name;
}

// Web Crypto's "normalize an algorithm": a canonical name plus the members the operation reads, checked
function normalize(op, alg) {
  if (typeof alg === 'string') alg = { name: alg };
  if (alg === null || typeof alg !== 'object' || typeof alg.name !== 'string') {
    throw new TypeError('Algorithm: name is required');
  }
  let name = CANONICAL.get(alg.name.toLowerCase());
  if (!name || SUPPORTED[op].indexOf(name) < 0) throw domError('NotSupportedError', `Unrecognized algorithm name: ${alg.name}`);
  let out = { name };
  let what = `${op} ${name}`;
  let keyed = op === 'generateKey' || op === 'importKey';
  if (name === 'ECDSA' && (op === 'sign' || op === 'verify') || op === 'deriveBits' && (name === 'HKDF' || name === 'PBKDF2') ||
      op === 'keyLength' && name === 'HMAC' || keyed && (name === 'HMAC' || RSA.indexOf(name) >= 0)) {
    out.hash = normalizeHash(alg.hash);
  }
  if (op === 'generateKey' && RSA.indexOf(name) >= 0) {
    out.modulusLength = Number(required(alg, 'modulusLength', what));
    out.publicExponent = new Uint8Array(bufferSource(required(alg, 'publicExponent', what), 'publicExponent'));
  }
  if ((name === 'ECDSA' || name === 'ECDH') && (op === 'generateKey' || op === 'importKey')) {
    out.namedCurve = String(required(alg, 'namedCurve', what));
    if (['P-256', 'P-384', 'P-521'].indexOf(out.namedCurve) < 0) {
      throw domError('NotSupportedError', `Unrecognized namedCurve: ${out.namedCurve}`);
    }
  }
  if (alg.length !== undefined && (AES.indexOf(name) >= 0 || name === 'HMAC') && (keyed || op === 'keyLength')) {
    out.length = Number(alg.length);
  }
  if (name === 'RSA-PSS' && (op === 'sign' || op === 'verify')) out.saltLength = Number(required(alg, 'saltLength', what));
  if (CIPHER_OPS.indexOf(op) >= 0) cipherParams(name, alg, out, what);
  if ((name === 'ECDH' || name === 'X25519') && op === 'deriveBits') {
    out.public = required(alg, 'public', what);
  }
  if (name === 'HKDF' && op === 'deriveBits') {
    out.salt = bufferSource(required(alg, 'salt', what), 'salt');
    out.info = bufferSource(required(alg, 'info', what), 'info');
  }
  if (name === 'PBKDF2' && op === 'deriveBits') {
    out.salt = bufferSource(required(alg, 'salt', what), 'salt');
    out.iterations = Number(required(alg, 'iterations', what));
  }
  return out;
}

const CIPHER_OPS = ['encrypt', 'decrypt', 'wrapKey', 'unwrapKey'];

function cipherParams(name, alg, out, what) {
  if (name === 'AES-GCM' || name === 'AES-CBC') out.iv = bufferSource(required(alg, 'iv', what), 'iv');
  if (name === 'AES-GCM') {
    if (alg.additionalData !== undefined) out.additionalData = bufferSource(alg.additionalData, 'additionalData');
    out.tagLength = alg.tagLength === undefined ? 128 : Number(alg.tagLength);
  }
  if (name === 'AES-CTR') {
    out.counter = bufferSource(required(alg, 'counter', what), 'counter');
    out.length = Number(required(alg, 'length', what));
  }
  if (name === 'RSA-OAEP' && alg.label !== undefined) out.label = bufferSource(alg.label, 'label');
}

function hashBits(hash) {
  return hash === 'SHA-384' || hash === 'SHA-512' ? 1024 : 512;
}

module.exports = { SHA, AES, RSA, USAGES, domError, promised, bufferSource, normalize, normalizeHash, hashBits };
