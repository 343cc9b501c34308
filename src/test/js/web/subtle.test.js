// Web Crypto (llrt:subtle) against known answers from Node 20's webcrypto: fixtures/subtle-vectors.json, written by
// fixtures/make-subtle-vectors.cjs. Node's signatures must verify here, its ciphertexts decrypt, derivations match.
const { subtle, CryptoKey, SubtleCrypto } = require('llrt:subtle');
const v = require('./fixtures/subtle-vectors.json');

const fromHex = h => new Uint8Array(h.match(/../g) ? h.match(/../g).map(x => parseInt(x, 16)) : []);
const hex = b => Array.from(new Uint8Array(b)).map(x => (x < 16 ? '0' : '') + x.toString(16)).join('');
const bytes = n => Uint8Array.from({ length: n }, (_, i) => (i * 7 + 3) & 255);
const data = fromHex(v.data);

async function rejection(promise) {
  try {
    await promise;
  } catch (e) {
    return e;
  }
  throw new Error('expected a rejection');
}

describe('digest', () => {
  it('matches Node for SHA-1/256/384/512 on any BufferSource', async () => {
    for (let h of Object.keys(v.digest)) {
      expect(hex(await subtle.digest(h, fromHex('616263')))).toBe(v.digest[h].abc);
      expect(hex(await subtle.digest({ name: h.toLowerCase() }, bytes(1000).buffer))).toBe(v.digest[h].long);
    }
    let view = new DataView(fromHex('00616263ff').buffer, 1, 3);
    expect(hex(await subtle.digest('SHA-256', view))).toBe(v.digest['SHA-256'].abc);
  });
  it('answers with an ArrayBuffer, asynchronously', async () => {
    let order = [];
    let p = subtle.digest('SHA-1', new Uint8Array(0)).then(() => order.push('digest'));
    order.push('sync');
    await p;
    expect(order).toEqual(['sync', 'digest']);
    expect(await subtle.digest('SHA-1', new Uint8Array(0))).toBeInstanceOf(ArrayBuffer);
  });
  it('rejects unknown algorithms and non-buffers', async () => {
    let e = await rejection(subtle.digest('MD5', data));
    expect(e.name).toBe('NotSupportedError');
    expect((await rejection(subtle.digest('SHA-256', 'abc'))).name).toBe('TypeError');
  });
});

describe('HMAC', () => {
  it('signs and verifies as Node does and exports the same JWK', async () => {
    for (let h of Object.keys(v.hmac)) {
      let key = await subtle.importKey('raw', fromHex(v.hmac[h].key), { name: 'HMAC', hash: h }, true, ['sign', 'verify']);
      expect(hex(await subtle.sign('HMAC', key, data))).toBe(v.hmac[h].sig);
      expect(await subtle.verify('HMAC', key, fromHex(v.hmac[h].sig), data)).toBe(true);
      expect(await subtle.verify('HMAC', key, fromHex(v.hmac[h].sig), bytes(3))).toBe(false);
      expect(await subtle.exportKey('jwk', key)).toEqual(v.hmac[h].jwk);
      let again = await subtle.importKey('jwk', v.hmac[h].jwk, { name: 'HMAC', hash: h }, false, ['verify']);
      expect(await subtle.verify('HMAC', again, fromHex(v.hmac[h].sig), data)).toBe(true);
    }
  });
  it('generates keys of the hash block size by default', async () => {
    let key = await subtle.generateKey({ name: 'HMAC', hash: 'SHA-512' }, true, ['sign', 'sign', 'verify']);
    expect(key).toBeInstanceOf(CryptoKey);
    expect(Object.prototype.toString.call(key)).toBe('[object CryptoKey]');
    expect(key.type).toBe('secret');
    expect(key.usages).toEqual(['sign', 'verify']);
    expect(key.algorithm).toEqual({ name: 'HMAC', length: 1024, hash: { name: 'SHA-512' } });
    expect((await subtle.exportKey('raw', key)).byteLength).toBe(128);
  });
  it('rejects a key used for what its usages do not allow', async () => {
    let key = await subtle.importKey('raw', bytes(16), { name: 'HMAC', hash: 'SHA-256' }, false, ['verify']);
    expect((await rejection(subtle.sign('HMAC', key, data))).name).toBe('InvalidAccessError');
    expect((await rejection(subtle.exportKey('raw', key))).name).toBe('InvalidAccessError');
    expect((await rejection(subtle.sign('RSA-PSS', key, data))).name).toBe('TypeError'); // saltLength missing
    expect((await rejection(subtle.importKey('raw', bytes(16), { name: 'HMAC', hash: 'SHA-256' }, false, ['encrypt']))).name)
      .toBe('SyntaxError');
    expect((await rejection(subtle.importKey('raw', bytes(16), { name: 'HMAC', hash: 'MD5' }, false, ['sign']))).name)
      .toBe('NotSupportedError');
  });
});

describe('RSA', () => {
  const alg = name => ({ name, hash: 'SHA-256' });
  it('RSASSA-PKCS1-v1_5: same deterministic signature as Node, from JWK, spki and pkcs8', async () => {
    let priv = await subtle.importKey('pkcs8', fromHex(v.rsassa.pkcs8), alg('RSASSA-PKCS1-v1_5'), true, ['sign']);
    let pub = await subtle.importKey('spki', fromHex(v.rsassa.spki), alg('RSASSA-PKCS1-v1_5'), true, ['verify']);
    expect(hex(await subtle.sign('RSASSA-PKCS1-v1_5', priv, data))).toBe(v.rsassa.sig);
    expect(await subtle.verify('RSASSA-PKCS1-v1_5', pub, fromHex(v.rsassa.sig), data)).toBe(true);
    expect(JSON.stringify(await subtle.exportKey('jwk', priv))).toBe(JSON.stringify(v.rsassa.privateJwk)); // Node's member order too
    expect(await subtle.exportKey('jwk', pub)).toEqual(v.rsassa.publicJwk);
    expect(hex(await subtle.exportKey('spki', pub))).toBe(v.rsassa.spki);
    expect(pub.algorithm).toEqual({ name: 'RSASSA-PKCS1-v1_5', modulusLength: 2048, publicExponent: new Uint8Array([1, 0, 1]), hash: { name: 'SHA-256' } });
    let fromJwk = await subtle.importKey('jwk', v.rsassa.privateJwk, alg('RSASSA-PKCS1-v1_5'), false, ['sign']);
    expect(hex(await subtle.sign('RSASSA-PKCS1-v1_5', fromJwk, data))).toBe(v.rsassa.sig);
  });
  it('RSA-PSS verifies Node signatures and its own', async () => {
    let pub = await subtle.importKey('jwk', v.pss.publicJwk, alg('RSA-PSS'), true, ['verify']);
    let priv = await subtle.importKey('jwk', v.pss.privateJwk, alg('RSA-PSS'), true, ['sign']);
    let params = { name: 'RSA-PSS', saltLength: 32 };
    expect(await subtle.verify(params, pub, fromHex(v.pss.sig), data)).toBe(true);
    expect(await subtle.verify(params, pub, fromHex(v.pss.sig), bytes(4))).toBe(false);
    let mine = await subtle.sign(params, priv, data);
    expect(await subtle.verify(params, pub, mine, data)).toBe(true);
    expect(hex(mine)).not.toBe(v.pss.sig); // randomised salt
  });
  it('RSA-OAEP decrypts Node ciphertexts (with label) and round-trips', async () => {
    let priv = await subtle.importKey('pkcs8', fromHex(v.oaep.pkcs8), alg('RSA-OAEP'), false, ['decrypt']);
    let pub = await subtle.importKey('jwk', v.oaep.publicJwk, alg('RSA-OAEP'), false, ['encrypt']);
    let label = fromHex(v.oaep.label);
    expect(hex(await subtle.decrypt({ name: 'RSA-OAEP', label }, priv, fromHex(v.oaep.ct)))).toBe(v.data);
    let ct = await subtle.encrypt({ name: 'RSA-OAEP' }, pub, bytes(30));
    expect(hex(await subtle.decrypt('RSA-OAEP', priv, ct))).toBe(hex(bytes(30)));
    expect((await rejection(subtle.decrypt({ name: 'RSA-OAEP' }, priv, fromHex(v.oaep.ct)))).name).toBe('OperationError');
    expect((await rejection(subtle.encrypt('RSA-OAEP', priv, data))).name).toBe('InvalidAccessError');
  });
  it('generates key pairs with the usages split by key type', async () => {
    let pair = await subtle.generateKey({ name: 'RSA-PSS', modulusLength: 1024, publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-384' },
      false, ['sign', 'verify']);
    expect(pair.publicKey.usages).toEqual(['verify']);
    expect(pair.privateKey.usages).toEqual(['sign']);
    expect(pair.publicKey.extractable).toBe(true);
    expect(pair.privateKey.extractable).toBe(false);
    expect(pair.privateKey.algorithm.modulusLength).toBe(1024);
    let sig = await subtle.sign({ name: 'RSA-PSS', saltLength: 20 }, pair.privateKey, data);
    expect(await subtle.verify({ name: 'RSA-PSS', saltLength: 20 }, pair.publicKey, sig, data)).toBe(true);
    let e = await rejection(subtle.generateKey({ name: 'RSA-PSS', modulusLength: 1024, publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-256' }, true, ['verify']));
    expect(e.name).toBe('SyntaxError');
  });
});

describe('ECDSA and Ed25519', () => {
  it('verifies Node P-256/384/521 signatures in P1363 form and exports the same keys', async () => {
    for (let crv of Object.keys(v.ecdsa)) {
      let o = v.ecdsa[crv];
      let alg = { name: 'ECDSA', namedCurve: crv };
      let pub = await subtle.importKey('raw', fromHex(o.raw), alg, true, ['verify']);
      let priv = await subtle.importKey('pkcs8', fromHex(o.pkcs8), alg, true, ['sign']);
      let params = { name: 'ECDSA', hash: o.hash };
      expect(await subtle.verify(params, pub, fromHex(o.sig), data)).toBe(true);
      expect(await subtle.verify(params, pub, fromHex(o.sig), bytes(2))).toBe(false);
      let mine = await subtle.sign(params, priv, data);
      expect(mine.byteLength).toBe(fromHex(o.sig).length);
      expect(await subtle.verify(params, pub, mine, data)).toBe(true);
      expect(JSON.stringify(await subtle.exportKey('jwk', priv))).toBe(JSON.stringify(o.privateJwk));
      expect(JSON.stringify(await subtle.exportKey('jwk', pub))).toBe(JSON.stringify(o.publicJwk));
      expect(hex(await subtle.exportKey('spki', pub))).toBe(o.spki);
      let jpub = await subtle.importKey('jwk', o.publicJwk, alg, true, ['verify']);
      expect(hex(await subtle.exportKey('raw', jpub))).toBe(o.raw);
      expect(priv.algorithm).toEqual(alg);
    }
  });
  it('rejects a key on another curve and a wrong-curve spki', async () => {
    let e = await rejection(subtle.importKey('spki', fromHex(v.ecdsa['P-256'].spki), { name: 'ECDSA', namedCurve: 'P-384' }, true, ['verify']));
    expect(e.name).toBe('DataError');
    expect((await rejection(subtle.importKey('raw', fromHex(v.ecdsa['P-256'].raw), { name: 'ECDSA', namedCurve: 'P-192' }, true, ['verify']))).name)
      .toBe('NotSupportedError');
  });
  it('Ed25519: same signature as Node, same keys in every format', async () => {
    let o = v.ed25519;
    let priv = await subtle.importKey('jwk', o.privateJwk, 'Ed25519', true, ['sign']);
    let pub = await subtle.importKey('spki', fromHex(o.spki), { name: 'Ed25519' }, true, ['verify']);
    expect(hex(await subtle.sign('Ed25519', priv, data))).toBe(o.sig);
    expect(await subtle.verify('Ed25519', pub, fromHex(o.sig), data)).toBe(true);
    expect(JSON.stringify(await subtle.exportKey('jwk', priv))).toBe(JSON.stringify(o.privateJwk));
    expect(hex(await subtle.exportKey('raw', pub))).toBe(o.raw);
    expect(hex(await subtle.exportKey('pkcs8', priv))).toBe(o.pkcs8);
    let fromPkcs8 = await subtle.importKey('pkcs8', fromHex(o.pkcs8), 'Ed25519', true, ['sign']);
    expect(await subtle.exportKey('jwk', fromPkcs8)).toEqual(o.privateJwk);
    let pair = await subtle.generateKey('Ed25519', false, ['sign', 'verify']);
    expect(await subtle.verify('Ed25519', pair.publicKey, await subtle.sign('Ed25519', pair.privateKey, data), data)).toBe(true);
    expect((await rejection(subtle.sign('Ed25519', pub, data))).name).toBe('InvalidAccessError');
  });
});

describe('AES', () => {
  const key = (name, h, usages) => subtle.importKey('raw', fromHex(h), name, true, usages || ['encrypt', 'decrypt']);
  it('AES-GCM decrypts Node ciphertexts (aad, 96-bit tag) and reproduces them', async () => {
    let k = await key('AES-GCM', v.gcm.key);
    let iv = fromHex(v.gcm.iv);
    let params = { name: 'AES-GCM', iv, additionalData: fromHex(v.gcm.aad) };
    expect(hex(await subtle.encrypt(params, k, data))).toBe(v.gcm.ct);
    expect(hex(await subtle.decrypt(params, k, fromHex(v.gcm.ct)))).toBe(v.data);
    expect(hex(await subtle.decrypt({ name: 'AES-GCM', iv, tagLength: 96 }, k, fromHex(v.gcm.ct96)))).toBe(v.data);
    expect(await subtle.exportKey('jwk', k)).toEqual(v.gcm.jwk);
    expect(k.algorithm).toEqual({ name: 'AES-GCM', length: 256 });
  });
  it('AES-GCM with a bad tag is an OperationError', async () => {
    let k = await key('AES-GCM', v.gcm.key);
    let bad = fromHex(v.gcm.ct);
    bad[bad.length - 1] ^= 1;
    let e = await rejection(subtle.decrypt({ name: 'AES-GCM', iv: fromHex(v.gcm.iv), additionalData: fromHex(v.gcm.aad) }, k, bad));
    expect(e.name).toBe('OperationError');
  });
  it('AES-CBC and AES-CTR (counter wrap within `length` bits) match Node', async () => {
    let cbc = await key('AES-CBC', v.cbc.key);
    expect(hex(await subtle.encrypt({ name: 'AES-CBC', iv: fromHex(v.cbc.iv) }, cbc, data))).toBe(v.cbc.ct);
    expect(hex(await subtle.decrypt({ name: 'AES-CBC', iv: fromHex(v.cbc.iv) }, cbc, fromHex(v.cbc.ct)))).toBe(v.data);
    let ctr = await key('AES-CTR', v.ctr.key);
    let counter = fromHex(v.ctr.counter);
    expect(hex(await subtle.encrypt({ name: 'AES-CTR', counter, length: 64 }, ctr, data))).toBe(v.ctr.ct);
    expect(hex(await subtle.encrypt({ name: 'AES-CTR', counter, length: 8 }, ctr, data))).toBe(v.ctr.ct8);
    expect(hex(await subtle.decrypt({ name: 'AES-CTR', counter, length: 8 }, ctr, fromHex(v.ctr.ct8)))).toBe(v.data);
  });
  it('AES-KW and AES-GCM wrap/unwrap interoperate with Node', async () => {
    let kw = await key('AES-KW', v.kw.key, ['wrapKey', 'unwrapKey']);
    let inner = await key('AES-GCM', hex(bytes(16)));
    expect(hex(await subtle.wrapKey('raw', inner, kw, 'AES-KW'))).toBe(v.kw.wrapped);
    let back = await subtle.unwrapKey('raw', fromHex(v.kw.wrapped), kw, 'AES-KW', 'AES-GCM', true, ['decrypt']);
    expect(hex(await subtle.exportKey('raw', back))).toBe(hex(bytes(16)));
    let gcm = await key('AES-GCM', hex(bytes(32)), ['wrapKey', 'unwrapKey']);
    let hmac = await subtle.unwrapKey('jwk', fromHex(v.wrapJwk), gcm, { name: 'AES-GCM', iv: bytes(12) },
      { name: 'HMAC', hash: 'SHA-256' }, true, ['sign']);
    expect(hex(await subtle.sign('HMAC', hmac, data))).toBe(v.hmac['SHA-256'].sig);
    let hmacKey = await subtle.importKey('raw', bytes(20), { name: 'HMAC', hash: 'SHA-256' }, true, ['sign']);
    expect(hex(await subtle.wrapKey('jwk', hmacKey, gcm, { name: 'AES-GCM', iv: bytes(12) }))).toBe(v.wrapJwk);
    expect((await rejection(subtle.encrypt('AES-KW', kw, bytes(16)))).name).toBe('NotSupportedError');
  });
  it('rejects wrong key lengths, usages and algorithms', async () => {
    expect((await rejection(subtle.importKey('raw', bytes(17), 'AES-GCM', true, ['encrypt']))).name).toBe('DataError');
    let k = await key('AES-CBC', v.cbc.key, ['encrypt']);
    expect((await rejection(subtle.decrypt({ name: 'AES-CBC', iv: bytes(16) }, k, bytes(16)))).name).toBe('InvalidAccessError');
    expect((await rejection(subtle.encrypt({ name: 'AES-GCM', iv: bytes(12) }, k, bytes(16)))).name).toBe('InvalidAccessError');
    expect((await rejection(subtle.generateKey({ name: 'AES-GCM', length: 100 }, true, ['encrypt']))).name).toBe('OperationError');
    let g = await subtle.generateKey({ name: 'AES-CTR', length: 192 }, true, ['encrypt']);
    expect((await subtle.exportKey('raw', g)).byteLength).toBe(24);
  });
});

describe('key agreement and KDFs', () => {
  it('ECDH derives Node bits (full and truncated) and keys', async () => {
    for (let crv of Object.keys(v.ecdh)) {
      let o = v.ecdh[crv];
      let alg = { name: 'ECDH', namedCurve: crv };
      let a = await subtle.importKey('jwk', o.a.privateJwk, alg, false, ['deriveBits', 'deriveKey']);
      let b = await subtle.importKey('spki', fromHex(o.b.spki), alg, false, []);
      expect(hex(await subtle.deriveBits({ name: 'ECDH', public: b }, a, null))).toBe(o.bits);
      expect(hex(await subtle.deriveBits({ name: 'ECDH', public: b }, a, 100))).toBe(o.bits100);
      let aes = await subtle.deriveKey({ name: 'ECDH', public: b }, a, { name: 'AES-GCM', length: 128 }, true, ['encrypt']);
      expect(hex(await subtle.exportKey('raw', aes))).toBe(o.bits.slice(0, 32));
    }
    let a = await subtle.importKey('jwk', v.ecdh['P-256'].a.privateJwk, { name: 'ECDH', namedCurve: 'P-256' }, false, ['deriveBits']);
    let other = await subtle.importKey('spki', fromHex(v.ecdh['P-384'].b.spki), { name: 'ECDH', namedCurve: 'P-384' }, false, []);
    expect((await rejection(subtle.deriveBits({ name: 'ECDH', public: other }, a, 256))).name).toBe('InvalidAccessError');
    expect((await rejection(subtle.deriveKey({ name: 'ECDH', public: other }, a, { name: 'AES-GCM', length: 128 }, true, ['encrypt']))).name)
      .toBe('InvalidAccessError');
  });
  it('X25519 derives Node bits', async () => {
    let o = v.x25519;
    let a = await subtle.importKey('pkcs8', fromHex(o.a.pkcs8), 'X25519', true, ['deriveBits']);
    let b = await subtle.importKey('raw', fromHex(o.b.raw), 'X25519', true, []);
    expect(hex(await subtle.deriveBits({ name: 'X25519', public: b }, a, 256))).toBe(o.bits);
    expect(JSON.stringify(await subtle.exportKey('jwk', a))).toBe(JSON.stringify(o.a.privateJwk));
  });
  it('HKDF and PBKDF2 derive Node bits and keys', async () => {
    let ikm = await subtle.importKey('raw', fromHex(v.hkdf.ikm), 'HKDF', false, ['deriveBits', 'deriveKey']);
    let params = { name: 'HKDF', hash: 'SHA-256', salt: fromHex(v.hkdf.salt), info: fromHex(v.hkdf.info) };
    expect(hex(await subtle.deriveBits(params, ikm, 336))).toBe(v.hkdf.bits);
    expect(hex(await subtle.deriveBits({ name: 'HKDF', hash: 'SHA-512', salt: new Uint8Array(0), info: new Uint8Array(0) }, ikm, 256)))
      .toBe(v.hkdf.noSalt);
    let hk = await subtle.deriveKey(params, ikm, { name: 'HMAC', hash: 'SHA-384' }, true, ['sign']);
    expect(await subtle.exportKey('jwk', hk)).toEqual(v.hkdf.hmacKey);
    expect((await rejection(subtle.deriveBits(params, ikm, 7))).name).toBe('OperationError');
    expect((await rejection(subtle.importKey('raw', bytes(4), 'HKDF', true, ['deriveBits']))).name).toBe('SyntaxError');
    let pw = await subtle.importKey('raw', new Uint8Array([112, 97, 115, 115, 119, 111, 114, 100]), 'PBKDF2', false, ['deriveBits']);
    let salt = fromHex(v.pbkdf2.salt);
    expect(hex(await subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-1', salt, iterations: 2 }, pw, 160))).toBe(v.pbkdf2.sha1);
    expect(hex(await subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations: 1000 }, pw, 512))).toBe(v.pbkdf2.sha256);
    let bin = await subtle.importKey('raw', new Uint8Array([0xff, 0xfe, 0]), 'PBKDF2', false, ['deriveBits']);
    expect(hex(await subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-512', salt: bytes(16), iterations: 3 }, bin, 256))).toBe(v.pbkdf2.binary);
    expect((await rejection(subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations: 0 }, pw, 256))).name).toBe('OperationError');
    expect((await rejection(subtle.deriveKey({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations: 1 }, pw, { name: 'AES-GCM', length: 128 }, true, ['encrypt']))).name)
      .toBe('InvalidAccessError');
  });
});

describe('failures carry the error names Node 20 gives', () => {
  const hj = v.hmac['SHA-256'].jwk;
  const hmac256 = { name: 'HMAC', hash: 'SHA-256' };
  const p256 = { name: 'ECDSA', namedCurve: 'P-256' };
  const aesKey = (name, usage) => subtle.importKey('raw', bytes(16), name, true, [usage]);
  const cases = [
    ['JWK alg of another hash', 'DataError', () => subtle.importKey('jwk', hj, { name: 'HMAC', hash: 'SHA-512' }, true, ['sign'])],
    ['JWK ext false, extractable asked', 'DataError', () => subtle.importKey('jwk', Object.assign({}, hj, { ext: false }), hmac256, true, ['sign'])],
    ['JWK key_ops without the usage', 'DataError', () => subtle.importKey('jwk', Object.assign({}, hj, { key_ops: ['verify'] }), hmac256, true, ['sign'])],
    ['JWK kty of another type', 'DataError', () => subtle.importKey('jwk', Object.assign({}, hj, { kty: 'RSA' }), hmac256, true, ['sign'])],
    ['HMAC length past the data', 'DataError', () => subtle.importKey('raw', bytes(20), { name: 'HMAC', hash: 'SHA-256', length: 200 }, true, ['sign'])],
    ['empty HMAC key', 'DataError', () => subtle.importKey('raw', bytes(0), hmac256, true, ['sign'])],
    ['secret key without usages', 'SyntaxError', () => subtle.importKey('raw', bytes(16), 'AES-GCM', true, [])],
    ['AES-GCM JWK as AES-CBC', 'DataError', () => subtle.importKey('jwk', v.gcm.jwk, 'AES-CBC', true, ['encrypt'])],
    ['AES key as spki', 'NotSupportedError', () => subtle.importKey('spki', bytes(16), 'AES-GCM', true, ['encrypt'])],
    ['raw export of a private key', 'InvalidAccessError', async () =>
      subtle.exportKey('raw', await subtle.importKey('jwk', v.ecdsa['P-256'].privateJwk, p256, true, ['sign']))],
    ['private JWK with a public usage', 'SyntaxError', () => subtle.importKey('jwk', v.ecdsa['P-256'].privateJwk, p256, true, ['verify'])],
    ['JWK crv of another curve', 'DataError', () => subtle.importKey('jwk', v.ecdsa['P-256'].publicJwk, { name: 'ECDSA', namedCurve: 'P-384' }, true, ['verify'])],
    ['garbage spki', 'DataError', () => subtle.importKey('spki', bytes(50), p256, true, ['verify'])],
    ['point off the curve', 'DataError', () => subtle.importKey('raw', bytes(65), p256, true, ['verify'])],
    ['RSA JWK alg of another hash', 'DataError', () => subtle.importKey('jwk', v.rsassa.publicJwk, { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-384' }, true, ['verify'])],
    ['raw RSA key', 'NotSupportedError', () => subtle.importKey('raw', bytes(50), { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' }, true, ['verify'])],
    ['Ed25519 key of 31 bytes', 'DataError', () => subtle.importKey('raw', bytes(31), 'Ed25519', true, ['verify'])],
    ['X25519 public key with usages', 'SyntaxError', () => subtle.importKey('raw', fromHex(v.x25519.b.raw), 'X25519', true, ['deriveBits'])],
    ['HKDF past 255 hash lengths', 'OperationError', async () => subtle.deriveBits({ name: 'HKDF', hash: 'SHA-256', salt: bytes(1), info: bytes(1) },
      await subtle.importKey('raw', bytes(3), 'HKDF', false, ['deriveBits']), 256 * 255 * 8)],
    ['HMAC length not whole bytes', 'TypeError', () => subtle.generateKey({ name: 'HMAC', hash: 'SHA-1', length: 100 }, true, ['sign'])],
    ['AES-KW key for encrypt', 'SyntaxError', () => subtle.generateKey({ name: 'AES-KW', length: 256 }, true, ['wrapKey', 'encrypt'])],
    ['GCM tag of 100 bits', 'OperationError', async () => subtle.encrypt({ name: 'AES-GCM', iv: bytes(12), tagLength: 100 }, await aesKey('AES-GCM', 'encrypt'), bytes(3))],
    ['CBC iv of 8 bytes', 'OperationError', async () => subtle.encrypt({ name: 'AES-CBC', iv: bytes(8) }, await aesKey('AES-CBC', 'encrypt'), bytes(3))],
    ['CTR counter length 0', 'OperationError', async () => subtle.encrypt({ name: 'AES-CTR', counter: bytes(16), length: 0 }, await aesKey('AES-CTR', 'encrypt'), bytes(3))],
    ['AES-KW unwrap of garbage', 'OperationError', async () => subtle.unwrapKey('raw', bytes(24), await aesKey('AES-KW', 'unwrapKey'), 'AES-KW', 'AES-GCM', true, ['encrypt'])],
  ];
  cases.forEach(c => {
    it(c[0], async () => {
      let e = await rejection(c[2]());
      expect(e.name).toBe(c[1]);
      expect(typeof e.message).toBe('string');
      if (c[1] !== 'TypeError') expect(e).toBeInstanceOf(DOMException); // also those the Java side raises
    });
  });
  it('a short ECDSA signature is just not valid', async () => {
    let pub = await subtle.importKey('raw', fromHex(v.ecdsa['P-256'].raw), p256, true, ['verify']);
    expect(await subtle.verify({ name: 'ECDSA', hash: 'SHA-256' }, pub, bytes(10), bytes(3))).toBe(false);
  });
  it('derived HMAC keys take the hash block size and Node\'s algorithm member order', async () => {
    let ikm = await subtle.importKey('raw', bytes(3), 'HKDF', false, ['deriveKey']);
    let key = await subtle.deriveKey({ name: 'HKDF', hash: 'SHA-256', salt: bytes(1), info: bytes(1) }, ikm, { name: 'HMAC', hash: 'SHA-1' }, false, ['sign']);
    expect(JSON.stringify(key.algorithm)).toBe('{"name":"HMAC","hash":{"name":"SHA-1"},"length":512}');
  });
});

describe('SubtleCrypto and CryptoKey objects', () => {
  it('cannot be constructed and have Node\'s toStringTags', () => {
    expect(() => new CryptoKey()).toThrow(TypeError);
    expect(() => new SubtleCrypto()).toThrow(TypeError);
    expect(subtle).toBeInstanceOf(SubtleCrypto);
    expect(Object.prototype.toString.call(subtle)).toBe('[object SubtleCrypto]');
  });
  it('is what crypto.subtle and node:crypto webcrypto hand out', async () => {
    expect(globalThis.crypto.subtle).toBe(subtle);
    expect(require('node:crypto').webcrypto.subtle).toBe(subtle);
    expect(hex(await crypto.subtle.digest('SHA-1', fromHex('616263')))).toBe(v.digest['SHA-1'].abc);
  });
  it('inspect like Node', async () => {
    const { inspect } = require('node:util');
    let key = await subtle.importKey('raw', bytes(16), 'AES-GCM', true, ['encrypt']);
    expect(inspect(key)).toBe("CryptoKey {\n  type: 'secret',\n  extractable: true,\n  algorithm: { name: 'AES-GCM', length: 128 },\n  usages: [ 'encrypt' ]\n}");
    expect(inspect({ a: key }, { depth: 0 })).toBe('{ a: CryptoKey {} }');
    expect(Object.keys(key)).toEqual([]);
  });
});
