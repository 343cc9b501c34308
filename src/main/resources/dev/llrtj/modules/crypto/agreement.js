// Node's key agreements (internal/crypto/diffiehellman.js): ECDH (createECDH, ECDH.convertKey), finite-field
// DiffieHellman (createDiffieHellman, getDiffieHellman with the MODP groups) and diffieHellman({privateKey,
// publicKey}). The arithmetic is in Java (EcdhKeys, DhKeys); which keys are set is kept here, as Node keeps it.
'use strict';

const errors = require('llrt:errors');
const keys = require('llrt:crypto-keys');

const Buffer = keys.Buffer; // buffer loads on first use
const KEY_TYPES = 'of type string or an instance of ArrayBuffer, Buffer, TypedArray, or DataView';
const kState = Symbol('agreement state');

function toBuf(value, encoding, name) {
  if (typeof value === 'string') return Buffer().from(value, encoding === 'buffer' ? 'utf8' : encoding);
  if (ArrayBuffer.isView(value) || value instanceof ArrayBuffer) return value;
  throw errors.invalidArgType(name || 'key', KEY_TYPES, value);
}

function encoded(bytes, encoding) {
  let buf = Buffer().from(bytes);
  return encoding && encoding !== 'buffer' ? buf.toString(encoding) : buf;
}

function invalidState(what) {
  return errors.coded(Error, 'ERR_CRYPTO_INVALID_STATE', `No ${what} key - did you forget to generate one?`);
}

function hidden(obj, state) {
  Object.defineProperty(obj, kState, { value: state });
}

// ---- ECDH ----

function checkFormat(format) {
  if (format === undefined || format === null) return 'uncompressed';
  if (format !== 'compressed' && format !== 'uncompressed' && format !== 'hybrid') {
    throw errors.coded(TypeError, 'ERR_CRYPTO_ECDH_INVALID_FORMAT', `Invalid ECDH format: ${format}`);
  }
  return format;
}

function checkCurve(curve) {
  if (typeof curve !== 'string') throw errors.invalidArgType('curve', 'of type string', curve);
  if (!native.ecdhCurve(curve)) throw errors.coded(TypeError, 'ERR_CRYPTO_INVALID_CURVE', 'Invalid EC curve name');
}

function ECDH(curve) {
  if (!(this instanceof ECDH)) return new ECDH(curve);
  checkCurve(curve);
  hidden(this, { curve: curve, privateKey: null, publicKey: null });
}
ECDH.prototype.generateKeys = function generateKeys(encoding, format) {
  let s = this[kState];
  let pair = native.ecdhGenerate(s.curve);
  s.privateKey = pair[0];
  s.publicKey = pair[1];
  return this.getPublicKey(encoding, format);
};
ECDH.prototype.computeSecret = function computeSecret(key, inputEncoding, outputEncoding) {
  let s = this[kState];
  let other = toBuf(key, inputEncoding);
  if (s.privateKey === null) throw errors.coded(RangeError, 'ERR_CRYPTO_INVALID_KEYPAIR', 'Invalid key pair');
  return encoded(native.ecdhSecret(s.curve, s.privateKey, other), outputEncoding);
};
ECDH.prototype.getPrivateKey = function getPrivateKey(encoding) {
  let s = this[kState];
  if (s.privateKey === null) throw errors.coded(Error, 'ERR_CRYPTO_OPERATION_FAILED', 'Failed to get ECDH private key');
  return encoded(s.privateKey, encoding);
};
ECDH.prototype.getPublicKey = function getPublicKey(encoding, format) {
  let s = this[kState];
  let f = checkFormat(format);
  if (s.publicKey === null) throw errors.coded(Error, 'ERR_CRYPTO_OPERATION_FAILED', 'Failed to get ECDH public key');
  return encoded(f === 'uncompressed' ? s.publicKey : native.ecdhConvert(s.curve, s.publicKey, f), encoding);
};
ECDH.prototype.setPrivateKey = function setPrivateKey(key, encoding) {
  let s = this[kState];
  let bytes = Buffer().from(toBuf(key, encoding));
  s.publicKey = native.ecdhPublic(s.curve, bytes); // checks the scalar is in [1, n)
  // Node keeps the scalar's minimal bytes (leading zeros dropped)
  let start = 0;
  while (start < bytes.length - 1 && bytes[start] === 0) start++;
  s.privateKey = bytes.slice(start);
  return this;
};
// deprecated in Node, still there: sets the public point (checked against the curve)
ECDH.prototype.setPublicKey = function setPublicKey(key, encoding) {
  let s = this[kState];
  let bytes = toBuf(key, encoding);
  try {
    s.publicKey = native.ecdhConvert(s.curve, bytes, 'uncompressed');
  } catch (e) {
    throw errors.coded(Error, 'ERR_CRYPTO_OPERATION_FAILED', 'Failed to convert Buffer to EC_POINT');
  }
  return this;
};
ECDH.convertKey = function convertKey(key, curve, inEnc, outEnc, format) {
  checkCurve(curve);
  let bytes = toBuf(key, inEnc);
  let f = checkFormat(format);
  let out;
  try {
    out = native.ecdhConvert(curve, bytes, f);
  } catch (e) {
    throw errors.coded(Error, 'ERR_CRYPTO_OPERATION_FAILED', 'Failed to convert Buffer to EC_POINT');
  }
  return encoded(out, outEnc);
};

// ---- finite-field Diffie-Hellman ----

function isBytes(v) {
  return ArrayBuffer.isView(v) || v instanceof ArrayBuffer;
}

function checkInt32(value, name) {
  if (!Number.isInteger(value)) throw errors.outOfRange(name, 'an integer', value);
  if (value < -2147483648 || value > 2147483647) throw errors.outOfRange(name, '>= -2147483648 && <= 2147483647', value);
}

function generatorBytes(g) {
  if (g < 2) throw dhBadGenerator();
  let hex = g.toString(16);
  return Buffer().from((hex.length % 2 ? '0' : '') + hex, 'hex');
}

function dhBadGenerator() {
  return errors.coded(Error, 'ERR_OSSL_DH_BAD_GENERATOR', 'error:02800065:Diffie-Hellman routines::bad generator');
}

function isOneOrZero(bytes) {
  let b = Buffer().from(bytes instanceof ArrayBuffer ? new Uint8Array(bytes) : bytes);
  for (let i = 0; i < b.length - 1; i++) if (b[i] !== 0) return false;
  return b.length === 0 || b[b.length - 1] <= 1;
}

function DiffieHellman(sizeOrKey, keyEncoding, generator, genEncoding) {
  if (!(this instanceof DiffieHellman)) return new DiffieHellman(sizeOrKey, keyEncoding, generator, genEncoding);
  if (typeof sizeOrKey !== 'number' && typeof sizeOrKey !== 'string' && !isBytes(sizeOrKey)) {
    throw errors.invalidArgType('sizeOrKey',
      'one of type number or string or an instance of ArrayBuffer, Buffer, TypedArray, or DataView', sizeOrKey);
  }
  if (typeof sizeOrKey === 'number') checkInt32(sizeOrKey, 'sizeOrKey');
  // an encoding that is not one is the generator (Node's argument shuffling)
  if (keyEncoding && !Buffer().isEncoding(keyEncoding) && keyEncoding !== 'buffer') {
    genEncoding = generator;
    generator = keyEncoding;
    keyEncoding = false;
  }
  keyEncoding = keyEncoding || 'buffer';
  genEncoding = genEncoding || 'buffer';
  let g;
  if (!generator) g = generatorBytes(2);
  else if (typeof generator === 'number') {
    checkInt32(generator, 'generator');
    g = generatorBytes(generator);
  } else if (typeof generator === 'string') g = toBuf(generator, genEncoding);
  else if (isBytes(generator)) g = generator;
  else {
    throw errors.invalidArgType('generator',
      'one of type number or string or an instance of ArrayBuffer, Buffer, TypedArray, or DataView', generator);
  }
  if (isOneOrZero(g)) throw dhBadGenerator();
  let prime = typeof sizeOrKey === 'number' ? native.dhSafePrime(sizeOrKey, g) : toBuf(sizeOrKey, keyEncoding);
  hidden(this, { prime: Buffer().from(prime), generator: Buffer().from(g), privateKey: null, publicKey: null });
  Object.defineProperty(this, 'verifyError', {
    enumerable: true, writable: true, configurable: true, value: native.dhCheck(prime, g),
  });
}

function dhGenerateKeys(encoding) {
  let s = this[kState];
  if (s.privateKey === null) s.privateKey = Buffer().from(native.dhNewPrivate(s.prime));
  s.publicKey = Buffer().from(native.dhPublic(s.prime, s.generator, s.privateKey));
  return encoded(s.publicKey, encoding);
}
function dhComputeSecret(key, inputEncoding, outputEncoding) {
  let s = this[kState];
  let other = toBuf(key, inputEncoding);
  return encoded(native.dhSecret(s.prime, s.privateKey, other), outputEncoding); // no private key: Invalid key type
}
function getter(field, missing) {
  return function (encoding) {
    let v = this[kState][field];
    if (v === null) throw invalidState(missing);
    return encoded(v, encoding);
  };
}
function setter(field) {
  return function (key, encoding) {
    this[kState][field] = Buffer().from(toBuf(key, encoding));
    return this;
  };
}

[DiffieHellman].forEach((C) => {
  C.prototype.generateKeys = dhGenerateKeys;
  C.prototype.computeSecret = dhComputeSecret;
  C.prototype.getPrime = function getPrime(encoding) { return encoded(this[kState].prime, encoding); };
  C.prototype.getGenerator = function getGenerator(encoding) { return encoded(this[kState].generator, encoding); };
  C.prototype.getPublicKey = getter('publicKey', 'public');
  C.prototype.getPrivateKey = getter('privateKey', 'private');
});
DiffieHellman.prototype.setPublicKey = setter('publicKey');
DiffieHellman.prototype.setPrivateKey = setter('privateKey');

// a MODP group: DiffieHellman's methods without the setters
function DiffieHellmanGroup(name) {
  if (!(this instanceof DiffieHellmanGroup)) return new DiffieHellmanGroup(name);
  if (typeof name !== 'string') throw errors.coded(TypeError, 'ERR_INVALID_ARG_TYPE', 'Group name must be a string');
  let prime = native.dhGroup(name);
  if (prime == null) throw errors.coded(Error, 'ERR_CRYPTO_UNKNOWN_DH_GROUP', 'Unknown DH group');
  hidden(this, { prime: Buffer().from(prime), generator: Buffer().from([2]), privateKey: null, publicKey: null });
  Object.defineProperty(this, 'verifyError', { enumerable: true, writable: true, configurable: true, value: 0 });
}
['generateKeys', 'computeSecret', 'getPrime', 'getGenerator', 'getPublicKey', 'getPrivateKey'].forEach((m) => {
  DiffieHellmanGroup.prototype[m] = DiffieHellman.prototype[m];
});

// crypto.diffieHellman({ privateKey, publicKey }): KeyObjects of one type among ec, x25519, x448
const DH_TYPES = ['dh', 'ec', 'x448', 'x25519'];
function diffieHellman(options) {
  if (options === null || typeof options !== 'object') throw errors.invalidArgType('options', 'of type object', options);
  let privateKey = options.privateKey;
  let publicKey = options.publicKey;
  [['privateKey', privateKey], ['publicKey', publicKey]].forEach((pair) => {
    if (!(pair[1] instanceof keys.KeyObject)) {
      throw errors.coded(TypeError, 'ERR_INVALID_ARG_VALUE', `The property 'options.${pair[0]}' is invalid. Received ` +
        (typeof pair[1] === 'string' ? `'${pair[1]}'` : require('util').inspect(pair[1])));
    }
  });
  if (privateKey.type !== 'private') {
    throw errors.coded(TypeError, 'ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE', `Invalid key object type ${privateKey.type}, expected private.`);
  }
  if (publicKey.type !== 'public' && publicKey.type !== 'private') {
    throw errors.coded(TypeError, 'ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE',
      `Invalid key object type ${publicKey.type}, expected private or public.`);
  }
  let a = privateKey.asymmetricKeyType;
  let b = publicKey.asymmetricKeyType;
  if (a !== b || DH_TYPES.indexOf(a) < 0) {
    throw errors.coded(Error, 'ERR_CRYPTO_INCOMPATIBLE_KEY', `Incompatible key types for Diffie-Hellman: ${a} and ${b}`);
  }
  let pub = publicKey.type === 'private' ? keys.createPublicKey(publicKey) : publicKey;
  return Buffer().from(native.diffieHellman(keys.handleOf(privateKey), keys.handleOf(pub)));
}

module.exports = {
  ECDH,
  createECDH: (curve) => new ECDH(curve),
  DiffieHellman,
  DiffieHellmanGroup,
  createDiffieHellman: (sizeOrKey, keyEncoding, generator, genEncoding) =>
    new DiffieHellman(sizeOrKey, keyEncoding, generator, genEncoding),
  getDiffieHellman: (name) => new DiffieHellmanGroup(name),
  createDiffieHellmanGroup: (name) => new DiffieHellmanGroup(name),
  diffieHellman,
};
