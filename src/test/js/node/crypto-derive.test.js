// Tests for node:crypto's pbkdf2, hkdf, scrypt and generateKeyPair. The known-answer expectations were
// printed by Node 20 for the same expressions (regenerate with `node src/test/js/fixtures/known-answers/make.cjs`,
// cases in crypto-derive.cases.cjs).
const nodeCrypto = require('node:crypto');

const thrown = require('../fixtures/known-answers/thrown.cjs');

describe('crypto derivation and key generation (Node known answers)', () => {
  // <known-answers>
  it("pbkdf2Sync and hkdfSync", () => {
    expect(nodeCrypto.pbkdf2Sync('pässword', 'salt', 1000, 40, 'sha256').toString('hex')).toEqual("cda3c1c36e5c928ec26bc959cf57f13e123676ebf3a4f4642a5f6d2c435c1f5e97a171e931160902");
    expect(nodeCrypto.pbkdf2Sync(Buffer.from([0xff, 0]), Buffer.alloc(0), 3, 70, 'sha512').toString('hex')).toEqual("b0ac46d5bd3e2f4f1f45dea719983d74b6de669964f7a569e77203080519f3966b4d11c89aa46382a3e3027cd20b902319624153c1791470a7583eea884db3ac695bfe350636");
    expect(nodeCrypto.pbkdf2Sync('', 'salt', 2, 20, 'sha1').toString('hex')).toEqual("133a4ce837b4d2521ee2bf03e11c71ca794e0797");
    expect(nodeCrypto.pbkdf2Sync('p', 's', 5, 33, 'sha3-256').toString('base64')).toEqual("gDU7PAWkc3yUROJ3HFDRD8kZgCfyrCsRKLwM6yz0GTjK");
    expect(Buffer.from(nodeCrypto.hkdfSync('sha256', 'key', 'salt', 'info', 64)).toString('hex')).toEqual("9ca0d662557439e3b83365f2da4626d35da195c6d9d1779f09838cf9e408966ece99106e2585ace6f083fa1acd5192f430fd55bc741184dbb822fc04c3ebfd3d");
    expect(nodeCrypto.hkdfSync('sha256', 'key', 'salt', 'info', 4) instanceof ArrayBuffer).toEqual(true);
    expect(Buffer.from(nodeCrypto.hkdfSync('sha384', Buffer.alloc(0), Buffer.alloc(0), Buffer.alloc(0), 10)).toString('hex')).toEqual("470cc65387ca4a10c7a6");
    expect(Buffer.from(nodeCrypto.hkdfSync('sha3-256', nodeCrypto.createSecretKey(Buffer.from('k')), 's', 'i', 33)).toString('hex')).toEqual("75b84d244b91bf9d0b898bcc2488ac7107496a9036449092d19abd1dae794bb13e");
    expect(Buffer.from(nodeCrypto.hkdfSync('sha512', 'k', 's', 'i', 255 * 64)).length).toEqual(16320);
  });
  it("scryptSync (RFC 7914 section 12 and Node's defaults)", () => {
    expect(nodeCrypto.scryptSync('', '', 64, { N: 16, r: 1, p: 1 }).toString('hex')).toEqual("77d6576238657b203b19ca42c18a0497f16b4844e3074ae8dfdffa3fede21442fcd0069ded0948f8326a753a0fc81f17e8d3e0fb2e0d3628cf35e20c38d18906");
    expect(nodeCrypto.scryptSync('password', 'NaCl', 64, { N: 1024, r: 8, p: 16 }).toString('hex')).toEqual("fdbabe1c9d3472007856e7190d01e9fe7c6ad7cbc8237830e77376634b3731622eaf30d92e22a3886ff109279d9830dac727afb94a83ee6d8360cbdfa2cc0640");
    expect(nodeCrypto.scryptSync('pleaseletmein', 'SodiumChloride', 64, { cost: 16384, blockSize: 8, parallelization: 1 }).toString('hex')).toEqual("7023bdcb3afd7348461c06cd81fd38ebfda8fbba904f8e3ea9b543f6545da1f2d5432955613f0fcf62d49705242a9af9e61e85dc0d651e40dfcf017b45575887");
    expect(nodeCrypto.scryptSync('p', 's', 16).toString('hex')).toEqual("4329787752e75d1de359a05806e492d4");
    expect(nodeCrypto.scryptSync('p', 's', 16, { N: 0, r: 0, p: 0, maxmem: 0 }).toString('hex')).toEqual("4329787752e75d1de359a05806e492d4");
    expect(nodeCrypto.scryptSync(Buffer.from([0xff, 0]), new Uint8Array([1, 2]), 33, { N: 4, r: 3, p: 2 }).toString('base64')).toEqual("I7jERezRfV2xjmUoOz97lDcyhdk5a/MAfy+fhFbe7W5w");
    expect(nodeCrypto.scryptSync('p', 's', 0).length).toEqual(0);
    expect(nodeCrypto.scryptSync('p', 's', 16, { N: 16384, r: 8, maxmem: 128 * 8 * (16384 + 2) + 128 * 8 }).toString('hex')).toEqual("4329787752e75d1de359a05806e492d4");
  });
  it("scrypt errors as Node reports them", () => {
    expect(thrown(() => nodeCrypto.scryptSync('p', 's', 16, { N: 3 }))).toEqual({"threw":"RangeError","code":"ERR_CRYPTO_INVALID_SCRYPT_PARAMS","message":"Invalid scrypt params"});
    expect(thrown(() => nodeCrypto.scryptSync('p', 's', 16, { N: 1 }))).toEqual({"threw":"RangeError","code":"ERR_CRYPTO_INVALID_SCRYPT_PARAMS","message":"Invalid scrypt params"});
    expect(thrown(() => nodeCrypto.scryptSync('p', 's', 16, { N: 2 ** 20 }))).toEqual({"threw":"RangeError","code":"ERR_CRYPTO_INVALID_SCRYPT_PARAMS","message":"Invalid scrypt params: error:030000AC:digital envelope routines::memory limit exceeded"});
    expect(thrown(() => nodeCrypto.scryptSync('p', 's', 16, { N: 16384, r: 8, maxmem: 128 * 8 * (16384 + 2) + 128 * 8 - 1 }))).toEqual({"threw":"RangeError","code":"ERR_CRYPTO_INVALID_SCRYPT_PARAMS","message":"Invalid scrypt params: error:030000AC:digital envelope routines::memory limit exceeded"});
    expect(thrown(() => nodeCrypto.scryptSync('p', 's', 16, { r: 1, p: 2 ** 30 }))).toEqual({"threw":"RangeError","code":"ERR_CRYPTO_INVALID_SCRYPT_PARAMS","message":"Invalid scrypt params: error:030000AC:digital envelope routines::memory limit exceeded"});
    expect(thrown(() => nodeCrypto.scryptSync('p', 's', 16, { N: 65536, r: 1 }))).toEqual({"threw":"RangeError","code":"ERR_CRYPTO_INVALID_SCRYPT_PARAMS","message":"Invalid scrypt params: error:030000AC:digital envelope routines::memory limit exceeded"});
    expect(thrown(() => nodeCrypto.scryptSync('p', 's', 16, { N: 16, cost: 16 }))).toEqual({"threw":"Error","code":"ERR_CRYPTO_SCRYPT_INVALID_PARAMETER","message":"Invalid scrypt parameter"});
    expect(thrown(() => nodeCrypto.scryptSync('p', 's', 16, { r: 1, blockSize: 1 }))).toEqual({"threw":"Error","code":"ERR_CRYPTO_SCRYPT_INVALID_PARAMETER","message":"Invalid scrypt parameter"});
    expect(thrown(() => nodeCrypto.scryptSync('p', 's', 16, { N: -1 }))).toEqual({"threw":"RangeError","code":"ERR_OUT_OF_RANGE","message":"The value of \"N\" is out of range. It must be >= 0 && <= 4294967295. Received -1"});
    expect(thrown(() => nodeCrypto.scryptSync('p', 's', 16, { parallelization: 1.5 }))).toEqual({"threw":"RangeError","code":"ERR_OUT_OF_RANGE","message":"The value of \"parallelization\" is out of range. It must be an integer. Received 1.5"});
    expect(thrown(() => nodeCrypto.scryptSync('p', 's', 16, { maxmem: -1 }))).toEqual({"threw":"RangeError","code":"ERR_OUT_OF_RANGE","message":"The value of \"maxmem\" is out of range. It must be >= 0 && <= 9007199254740991. Received -1"});
    expect(thrown(() => nodeCrypto.scryptSync('p', 's', -1))).toEqual({"threw":"RangeError","code":"ERR_OUT_OF_RANGE","message":"The value of \"keylen\" is out of range. It must be >= 0 && <= 2147483647. Received -1"});
    expect(thrown(() => nodeCrypto.scryptSync(5, 's', 1))).toEqual({"threw":"TypeError","code":"ERR_INVALID_ARG_TYPE","message":"The \"password\" argument must be of type string or an instance of ArrayBuffer, Buffer, TypedArray, or DataView. Received type number (5)"});
    expect(thrown(() => nodeCrypto.scryptSync('p', {}, 1))).toEqual({"threw":"TypeError","code":"ERR_INVALID_ARG_TYPE","message":"The \"salt\" argument must be of type string or an instance of ArrayBuffer, Buffer, TypedArray, or DataView. Received an instance of Object"});
    expect(thrown(() => nodeCrypto.scrypt('p', 's', 16))).toEqual({"threw":"TypeError","code":"ERR_INVALID_ARG_TYPE","message":"The \"callback\" argument must be of type function. Received undefined"});
  });
  it("generateKeyPairSync", () => {
    expect((p => [p.publicKey.type, p.privateKey.type, p.privateKey.asymmetricKeyDetails.modulusLength, nodeCrypto.verify('sha256', Buffer.from('x'), p.publicKey, nodeCrypto.sign('sha256', Buffer.from('x'), p.privateKey))])(nodeCrypto.generateKeyPairSync('rsa', { modulusLength: 1024 }))).toEqual(["public", "private", 1024, true]);
    expect((p => [p.publicKey.split('\n')[0], p.privateKey.split('\n')[0], nodeCrypto.createPublicKey(p.privateKey).asymmetricKeyDetails.namedCurve])(nodeCrypto.generateKeyPairSync('ec', { namedCurve: 'P-384', publicKeyEncoding: { type: 'spki', format: 'pem' }, privateKeyEncoding: { type: 'sec1', format: 'pem' } }))).toEqual(["-----BEGIN PUBLIC KEY-----", "-----BEGIN EC PRIVATE KEY-----", "secp384r1"]);
    expect((p => [p.publicKey.asymmetricKeyType, nodeCrypto.verify(null, Buffer.from('x'), p.publicKey, nodeCrypto.sign(null, Buffer.from('x'), p.privateKey))])(nodeCrypto.generateKeyPairSync('ed25519'))).toEqual(["ed25519", true]);
    expect((p => [p.publicKey.asymmetricKeyType, p.privateKey.export({ format: 'jwk' }).crv])(nodeCrypto.generateKeyPairSync('x25519'))).toEqual(["x25519", "X25519"]);
    expect(nodeCrypto.generateKeyPairSync('ec', { namedCurve: 'prime256v1', publicKeyEncoding: { type: 'spki', format: 'der' } }).publicKey.length).toEqual(91);
  });
  it("errors as Node reports them", () => {
    expect(thrown(() => nodeCrypto.pbkdf2Sync('p', 's', 0, 20, 'sha1'))).toEqual({"threw":"RangeError","code":"ERR_OUT_OF_RANGE","message":"The value of \"iterations\" is out of range. It must be >= 1 && <= 2147483647. Received 0"});
    expect(thrown(() => nodeCrypto.pbkdf2Sync('p', 's', 1, 20))).toEqual({"threw":"TypeError","code":"ERR_INVALID_ARG_TYPE","message":"The \"digest\" argument must be of type string. Received undefined"});
    expect(thrown(() => nodeCrypto.pbkdf2Sync('p', 's', 1, 20, 'nope'))).toEqual({"threw":"TypeError","code":"ERR_CRYPTO_INVALID_DIGEST","message":"Invalid digest: nope"});
    expect(thrown(() => nodeCrypto.pbkdf2Sync(5, 's', 1, 20, 'sha1'))).toEqual({"threw":"TypeError","code":"ERR_INVALID_ARG_TYPE","message":"The \"password\" argument must be of type string or an instance of ArrayBuffer, Buffer, TypedArray, or DataView. Received type number (5)"});
    expect(thrown(() => nodeCrypto.hkdfSync('sha256', 'k', 's', 'i', 255 * 32 + 1))).toEqual({"threw":"RangeError","code":"ERR_CRYPTO_INVALID_KEYLEN","message":"Invalid key length"});
    expect(thrown(() => nodeCrypto.hkdfSync('nope', 'k', 's', 'i', 10))).toEqual({"threw":"TypeError","code":"ERR_CRYPTO_INVALID_DIGEST","message":"Invalid digest: nope"});
    expect(thrown(() => nodeCrypto.generateKeyPairSync('ec', { namedCurve: 'nope' }))).toEqual({"threw":"TypeError","code":"ERR_CRYPTO_INVALID_CURVE","message":"Invalid EC curve name"});
  });
  // </known-answers>
});

describe('crypto derivation and key generation (callbacks, refusals)', () => {
  it('calls back from pbkdf2, hkdf and generateKeyPair with what the sync forms return', () => {
    const sync = nodeCrypto.pbkdf2Sync('p', 's', 3, 16, 'sha256').toString('hex');
    return new Promise((resolve, reject) => {
      nodeCrypto.pbkdf2('p', 's', 3, 16, 'sha256', (err, key) => (err ? reject(err) : resolve(key.toString('hex'))));
    }).then(hex => {
      expect(hex).toBe(sync);
      return new Promise((resolve, reject) => {
        nodeCrypto.hkdf('sha256', 'k', 's', 'i', 8, (err, key) => (err ? reject(err) : resolve(key)));
      });
    }).then(key => {
      expect(Buffer.from(key).toString('hex')).toBe(Buffer.from(nodeCrypto.hkdfSync('sha256', 'k', 's', 'i', 8)).toString('hex'));
      return new Promise((resolve, reject) => {
        nodeCrypto.generateKeyPair('ec', { namedCurve: 'P-256' }, (err, pub, priv) => (err ? reject(err) : resolve([pub, priv])));
      });
    }).then(([pub, priv]) => {
      expect([pub.type, priv.type, pub.asymmetricKeyDetails.namedCurve]).toEqual(['public', 'private', 'prime256v1']);
      expect(nodeCrypto.createPublicKey(priv).equals(pub)).toBe(true);
    });
  });

  it('calls back from scrypt with what scryptSync returns, and throws bad arguments at once', () => {
    const sync = nodeCrypto.scryptSync('p', 's', 16, { N: 16, r: 2, p: 2 }).toString('hex');
    expect(() => nodeCrypto.scrypt('p', 's', 16, { N: 3 }, () => {})).toThrow('Invalid scrypt params');
    return new Promise((resolve, reject) => {
      nodeCrypto.scrypt('p', 's', 16, { cost: 16, blockSize: 2, parallelization: 2 }, (err, key) => (err ? reject(err) : resolve(key)));
    }).then(key => {
      expect(key.toString('hex')).toBe(sync);
      return new Promise((resolve, reject) => nodeCrypto.scrypt('p', 's', 8, (err, key) => (err ? reject(err) : resolve(key))));
    }).then(key => {
      expect(key.toString('hex')).toBe(nodeCrypto.scryptSync('p', 's', 8).toString('hex'));
    });
  });
});
