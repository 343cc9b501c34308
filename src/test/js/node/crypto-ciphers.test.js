// Tests for node:crypto's createCipheriv/createDecipheriv (AES GCM/CBC/CTR/ECB, ChaCha20-Poly1305). The known-answer
// expectations were printed by Node 20 for the same expressions (regenerate with
// `node src/test/js/fixtures/known-answers/make.cjs`, cases in crypto-ciphers.cases.cjs).
const nodeCrypto = require('node:crypto');
const { key, iv16, iv12, roundTrip } = require('../fixtures/known-answers/cipher-helpers.cjs')(nodeCrypto);

const thrown = require('../fixtures/known-answers/thrown.cjs');

describe('crypto ciphers (Node known answers)', () => {
  // <known-answers>
  it("AES GCM/CBC/CTR/ECB and ChaCha20-Poly1305 with fixed keys and IVs", () => {
    expect(roundTrip('aes-128-gcm', key(16), iv12, undefined, 'header')).toEqual(["feee5d9b0ffc5a69e158d7722965de4035815b28e96250df56301eed27ffafdcf2c6655d6e90954d1bb185e88fb3ca79d0382369c31e0e6d", "04f0c25d7e56166a8b9dbe695996a1cf", true]);
    expect(roundTrip('aes-128-cbc', key(16), iv16)).toEqual(["66c79eeb9465863ede43c216978135de45de5a6a4c003c3a2acf0dc47b07b0da29e0e331e218f3f75e9cece819dc6d1b686e7a6c4917cef78206591e52f834be", null, true]);
    expect(roundTrip('aes-128-ctr', key(16), iv16)).toEqual(["0a70b4de8768611dab835ca55bd0ffaf7cadc7fcfd8014e122c1d7c5509e0aafcc2147271bb7ccde6d6da8524ea933cc7674bd1263ce7415", null, true]);
    expect(roundTrip('aes-128-ecb', key(16), null)).toEqual(["f7021c01de43c8147cd2477a7eba55b3698dc29f6db0d5eda4eec682b3393abb788e9a156fd0a0c3583a6b2e047c20f490ddb3e41f376d8733dc4bf565ce400b", null, true]);
    expect(roundTrip('aes-192-gcm', key(24), iv12, undefined, 'header')).toEqual(["6f0adb42882671109515ddb380aa9a59f2785332f74723a9e1ac459d13c0984fe33be4c0b91c24b46517b29dd42273bc0c4774b057f9b871", "8bdd60bc3df1b9de7f7d5fda18132d79", true]);
    expect(roundTrip('aes-192-cbc', key(24), iv16)).toEqual(["2c7e989df3c67fdb9a87927ed5aca4ef1c6185fd243a2cb2cef94eacb55594a7b0adba36e8305591f287b4d9ed9e77f464f52c23658b4b225f35502d04cf2adb", null, true]);
    expect(roundTrip('aes-192-ctr', key(24), iv16)).toEqual(["aaabb4c6be1e2d5a63b0c73fe5aaeb101d8b38cd3b0f24a21d4851f423cf7f020a966d825a03ae2cb0e1be413d8899a2c69a0293f9a6a650", null, true]);
    expect(roundTrip('aes-192-ecb', key(24), null)).toEqual(["1b552b0889c43585651a0457afa907f021c3a4a95e85042d230671311c748b2f6d05bcd65f2ece5a84ada07998a87b090217fceb4240a7fa6e40c7072292080d", null, true]);
    expect(roundTrip('aes-256-gcm', key(32), iv12, undefined, 'header')).toEqual(["b270190d34be6bdc0945e5a1680daefe16c32130f8c22f1cef2e49f01ad95575ba136793ce582a1d3bf363e4291240502b772968924f82fe", "bffaee097000db994656b85cfa0b88d5", true]);
    expect(roundTrip('aes-256-cbc', key(32), iv16)).toEqual(["64bac78bf92341822f9cb229d5199006d90c3bab4f7eaa663a51e8c75086e82c4630a65184e0e2844c39551f1dbb6d96a604b9151730466dd2b22f9f334648de", null, true]);
    expect(roundTrip('aes-256-ctr', key(32), iv16)).toEqual(["88f764dd07cd156e646b8af7647c82c087be93311634f8589faa97fc0242f3ebf18ec4ce891de02a11c167ac8d8740d8a34e526b2f3e9c5a", null, true]);
    expect(roundTrip('aes-256-ecb', key(32), null)).toEqual(["bce46469e2f7ab6b7ea767bd3252529afc8479b8d96cc17664e5f0b76b9550eab95da3a906c5f359925ce06456d006e617a2c584bfd4f81c5411ddfcd204e14e", null, true]);
    expect(roundTrip('chacha20-poly1305', key(32), iv12, { authTagLength: 16 }, 'header')).toEqual(["58c31d7f3c93abcecb2f9166938d93dbfb31ab9f291f0dd3c7f8b4c71410e37804e536e6cfb386aaa2a392913d39bbef26a82518f993f301", "a5957116835d67ba0d85f63287853500", true]);
    expect(roundTrip('aes-128-gcm', key(16), iv16, undefined, '')).toEqual(["6a31336dc670bf36784457a76a260e34b70d3816b4d8d2593f3056ade661a92ed3f67b2a4324e54cdb47627dc072255e5069de6533bf88d4", "285c2db6545c19e4b5d8969e7a37558d", true]);
    expect(roundTrip('aes-256-gcm', key(32), Buffer.alloc(1), undefined, 'x')).toEqual(["eae059633f572d04e576d9189cde5ab678d1c960a9bd9240220a929739d72556ea0fc1e3894bf74dc2a87641d1bb431a7ed7549c47332438", "56dae5672a55299d322fc057f5687c59", true]);
    expect([4, 8, 12, 13, 16].map(n => roundTrip('aes-128-gcm', key(16), iv12, { authTagLength: n }, 'aad'))).toEqual([["feee5d9b0ffc5a69e158d7722965de4035815b28e96250df56301eed27ffafdcf2c6655d6e90954d1bb185e88fb3ca79d0382369c31e0e6d", "1ef59736", true], ["feee5d9b0ffc5a69e158d7722965de4035815b28e96250df56301eed27ffafdcf2c6655d6e90954d1bb185e88fb3ca79d0382369c31e0e6d", "1ef597369fda03ed", true], ["feee5d9b0ffc5a69e158d7722965de4035815b28e96250df56301eed27ffafdcf2c6655d6e90954d1bb185e88fb3ca79d0382369c31e0e6d", "1ef597369fda03ed4b14aa60", true], ["feee5d9b0ffc5a69e158d7722965de4035815b28e96250df56301eed27ffafdcf2c6655d6e90954d1bb185e88fb3ca79d0382369c31e0e6d", "1ef597369fda03ed4b14aa6007", true], ["feee5d9b0ffc5a69e158d7722965de4035815b28e96250df56301eed27ffafdcf2c6655d6e90954d1bb185e88fb3ca79d0382369c31e0e6d", "1ef597369fda03ed4b14aa600758bff0", true]]);
    expect(roundTrip('AES-256-CBC', nodeCrypto.createSecretKey(key(32)), iv16)).toEqual(["64bac78bf92341822f9cb229d5199006d90c3bab4f7eaa663a51e8c75086e82c4630a65184e0e2844c39551f1dbb6d96a604b9151730466dd2b22f9f334648de", null, true]);
    expect((c => c.update('abc', 'utf8', 'hex') + c.final('hex'))(nodeCrypto.createCipheriv('aes-128-ctr', key(16), iv16))).toEqual("3f7ab2");
    expect((c => { c.setAutoPadding(false); return Buffer.concat([c.update(Buffer.alloc(32)), c.final()]).toString('hex'); })(nodeCrypto.createCipheriv('aes-128-cbc', key(16), iv16))).toEqual("5e18d1fef61d087ec0a33ed734a7918febedf5c9f1ab3c71e14fafb2e3c616b8");
    expect((d => { d.setAutoPadding(false); return Buffer.concat([d.update(Buffer.alloc(16)), d.final()]).toString('hex'); })(nodeCrypto.createDecipheriv('aes-128-cbc', key(16), iv16))).toEqual("dbbc8b02c85d6a0c2c59120e34498109");
    expect(['aes-128-gcm', 'aes-192-cbc', 'aes-256-ctr', 'chacha20-poly1305'].every(n => nodeCrypto.getCiphers().includes(n))).toEqual(true);
    expect(nodeCrypto.getCurves().includes('prime256v1')).toEqual(true);
    expect(nodeCrypto.webcrypto === globalThis.crypto).toEqual(true);
  });
  it("errors as Node reports them", () => {
    expect(thrown(() => (d => { d.setAuthTag(Buffer.alloc(16)); d.update(Buffer.from('abc')); return d.final(); })(nodeCrypto.createDecipheriv('aes-256-gcm', key(32), iv12)))).toEqual({"threw":"Error","message":"Unsupported state or unable to authenticate data"});
    expect(thrown(() => (d => { d.setAuthTag(Buffer.alloc(8)); d.update(Buffer.from('abc')); return d.final(); })(nodeCrypto.createDecipheriv('aes-256-gcm', key(32), iv12, { authTagLength: 8 })))).toEqual({"threw":"Error","message":"Unsupported state or unable to authenticate data"});
    expect(thrown(() => (d => { d.update(Buffer.from('abc')); return d.final(); })(nodeCrypto.createDecipheriv('aes-256-gcm', key(32), iv12)))).toEqual({"threw":"Error","message":"Unsupported state or unable to authenticate data"});
    expect(thrown(() => (d => { d.setAuthTag(Buffer.alloc(16)); d.update(Buffer.from('abc')); return d.final(); })(nodeCrypto.createDecipheriv('chacha20-poly1305', key(32), iv12)))).toEqual({"threw":"Error","message":"Unsupported state or unable to authenticate data"});
    expect(thrown(() => (d => { d.update(Buffer.alloc(16)); return d.final(); })(nodeCrypto.createDecipheriv('aes-128-cbc', key(16), iv16)))).toEqual({"threw":"Error","code":"ERR_OSSL_BAD_DECRYPT","message":"error:1C800064:Provider routines::bad decrypt"});
    expect(thrown(() => (d => { d.update(Buffer.alloc(5)); return d.final(); })(nodeCrypto.createDecipheriv('aes-128-cbc', key(16), iv16)))).toEqual({"threw":"Error","code":"ERR_OSSL_WRONG_FINAL_BLOCK_LENGTH","message":"error:1C80006B:Provider routines::wrong final block length"});
    expect(thrown(() => (c => { c.setAutoPadding(false); c.update(Buffer.alloc(5)); return c.final(); })(nodeCrypto.createCipheriv('aes-128-cbc', key(16), iv16)))).toEqual({"threw":"Error","code":"ERR_OSSL_WRONG_FINAL_BLOCK_LENGTH","message":"error:1C80006B:Provider routines::wrong final block length"});
    expect(thrown(() => nodeCrypto.createCipheriv('aes-256-gcm', Buffer.alloc(5), iv12))).toEqual({"threw":"RangeError","code":"ERR_CRYPTO_INVALID_KEYLEN","message":"Invalid key length"});
    expect(thrown(() => nodeCrypto.createCipheriv('aes-128-cbc', key(16), Buffer.alloc(3)))).toEqual({"threw":"TypeError","code":"ERR_CRYPTO_INVALID_IV","message":"Invalid initialization vector"});
    expect(thrown(() => nodeCrypto.createCipheriv('aes-128-gcm', key(16), Buffer.alloc(0)))).toEqual({"threw":"TypeError","code":"ERR_CRYPTO_INVALID_IV","message":"Invalid initialization vector"});
    expect(thrown(() => nodeCrypto.createCipheriv('nope', key(16), iv16))).toEqual({"threw":"Error","code":"ERR_CRYPTO_UNKNOWN_CIPHER","message":"Unknown cipher"});
    expect(thrown(() => nodeCrypto.createCipheriv('aes-256-gcm', key(32), iv12).getAuthTag())).toEqual({"threw":"Error","code":"ERR_CRYPTO_INVALID_STATE","message":"Invalid state for operation getAuthTag"});
    expect(thrown(() => (c => { c.final(); c.final(); })(nodeCrypto.createCipheriv('aes-256-gcm', key(32), iv12)))).toEqual({"threw":"Error","code":"ERR_CRYPTO_INVALID_STATE","message":"Invalid state"});
  });
  // </known-answers>
});
