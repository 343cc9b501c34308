// Tests for the crypto built-in and the global crypto object. The known-answer expectations (digests, HMACs,
// error codes and messages) were printed by Node 20 for the same expressions
// (between the known-answers markers; regenerate with `node src/test/js/fixtures/known-answers/make.cjs`, cases in crypto.cases.cjs).
const nodeCrypto = require('node:crypto');
const algs = ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512'];

const thrown = require('../fixtures/known-answers/thrown.cjs');

describe('crypto (Node known answers)', () => {
  // <known-answers>
  it("createHash digests of the six algorithms", () => {
    expect(nodeCrypto.createHash('md5').update('abc').digest('hex')).toEqual("900150983cd24fb0d6963f7d28e17f72");
    expect(nodeCrypto.createHash('sha1').update('abc').digest('hex')).toEqual("a9993e364706816aba3e25717850c26c9cd0d89d");
    expect(nodeCrypto.createHash('sha224').update('abc').digest('hex')).toEqual("23097d223405d8228642a477bda255b32aadbce4bda0b3f7e36c9da7");
    expect(nodeCrypto.createHash('sha256').update('abc').digest('hex')).toEqual("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    expect(nodeCrypto.createHash('sha384').update('abc').digest('hex')).toEqual("cb00753f45a35e8bb5a03d699ac65007272c32ab0eded1631a8b605a43ff5bed8086072ba1e7cc2358baeca134c825a7");
    expect(nodeCrypto.createHash('sha512').update('abc').digest('hex')).toEqual("ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f");
    expect(nodeCrypto.createHash('md5').digest('base64')).toEqual("1B2M2Y8AsgTpgAmY7PhCfg==");
    expect(nodeCrypto.createHash('sha1').digest('base64')).toEqual("2jmj7l5rSw0yVb/vlWAYkK/YBwk=");
    expect(nodeCrypto.createHash('sha224').digest('base64')).toEqual("0UoCjCo6K8lHYQK7KII0xBWisB+CjqYqxbPkLw==");
    expect(nodeCrypto.createHash('sha256').digest('base64')).toEqual("47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=");
    expect(nodeCrypto.createHash('sha384').digest('base64')).toEqual("OLBgp1GsljhM2TJ+sbHjaiH9txEUvgdDTAzHv2P24donTt6/529l+9Ua0vFImLlb");
    expect(nodeCrypto.createHash('sha512').digest('base64')).toEqual("z4PhNX7vuL3xVChQ1m2AB9Yg5AULVxXcg/SpIdNs6c5H0NE8XYXysP+DGNKHfuwvY7kxvUdBeoGlODJ6+SfaPg==");
    expect(nodeCrypto.createHash('SHA256').update('héllo 😀').digest('hex')).toEqual("a53c56966616f0ec3ed9db7ea07a6034430149528bbaba8966c284f9373669c2");
    expect(nodeCrypto.createHash('sha256').update('a').update(Buffer.from('b')).update(new Uint8Array([99])).digest('hex')).toEqual("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    expect(nodeCrypto.createHash('sha1').update('68656c6c6f', 'hex').digest('hex')).toEqual("aaf4c61ddcc5e8a2dabede0f3b482cd9aea9434d");
    expect(nodeCrypto.createHash('sha1').update('aGVsbG8=', 'base64').digest('base64url')).toEqual("qvTGHdzF6KLavt4PO0gs2a6pQ00");
    expect(nodeCrypto.createHash('sha1').update('héllo', 'latin1').digest('hex')).toEqual("028db752c14604d624e8b1c121d600c427b8a3ba");
    expect(nodeCrypto.createHash('md5').update(new Uint16Array([1, 2])).digest('hex')).toEqual("99ffb3d9eeadc24aa4f9b13530176bf8");
    expect(nodeCrypto.createHash('md5').update(new DataView(new Uint8Array([1, 2, 3]).buffer, 1)).digest('hex')).toEqual("1fab1cffea9b6fd2f36bfb46e182fd77");
    expect(nodeCrypto.createHash('md5').update(Buffer.from('xabcx').subarray(1, 4)).digest('hex')).toEqual("900150983cd24fb0d6963f7d28e17f72");
    expect(nodeCrypto.createHash('sha512').update('x'.repeat(1000)).digest('latin1').length).toEqual(64);
    expect(Buffer.isBuffer(nodeCrypto.createHash('sha256').digest())).toEqual(true);
    expect(nodeCrypto.createHash('sha256').digest().toString('hex')).toEqual("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    expect(nodeCrypto.createHash('sha256').digest('buffer').length).toEqual(32);
    expect((() => { const h = nodeCrypto.createHash('sha256').update('ab'); const c = h.copy(); h.update('c'); return [h.digest('hex'), c.digest('hex')]; })()).toEqual(["ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", "fb8e20fc2e4c3f248c60c39bd652f3c1347298bb977b8b4d5903b85055620603"]);
    expect(thrown(() => nodeCrypto.createHash('nope'))).toEqual({"threw":"Error","message":"Digest method not supported"});
    expect(thrown(() => nodeCrypto.createHash('sha1').update(5))).toEqual({"threw":"TypeError","code":"ERR_INVALID_ARG_TYPE","message":"The \"data\" argument must be of type string or an instance of Buffer, TypedArray, or DataView. Received type number (5)"});
    expect(thrown(() => (() => { const h = nodeCrypto.createHash('sha1'); h.digest(); return h.digest(); })())).toEqual({"threw":"Error","code":"ERR_CRYPTO_HASH_FINALIZED","message":"Digest already called"});
    expect(thrown(() => (() => { const h = nodeCrypto.createHash('sha1'); h.digest(); return h.update('x'); })())).toEqual({"threw":"Error","code":"ERR_CRYPTO_HASH_FINALIZED","message":"Digest already called"});
    expect(thrown(() => (() => { const h = nodeCrypto.createHash('sha1'); h.digest(); return h.copy(); })())).toEqual({"threw":"Error","code":"ERR_CRYPTO_HASH_FINALIZED","message":"Digest already called"});
  });
  it("createHmac", () => {
    expect(nodeCrypto.createHmac('md5', 'key').update('The quick brown fox').digest('hex')).toEqual("d006bc60c92ff6e54f615474fe835e02");
    expect(nodeCrypto.createHmac('sha1', 'key').update('The quick brown fox').digest('hex')).toEqual("22f9e077a3cebd09248154f85d9a56c79941fd96");
    expect(nodeCrypto.createHmac('sha224', 'key').update('The quick brown fox').digest('hex')).toEqual("aca35715b8cae3bcf41f49c9a5f88a174a2f38d4c78892a38061ed56");
    expect(nodeCrypto.createHmac('sha256', 'key').update('The quick brown fox').digest('hex')).toEqual("203d1e5cedd2d18f8c5a3beff0bd9c1ebcb97097dfcb288c46b00c9227fde2c0");
    expect(nodeCrypto.createHmac('sha384', 'key').update('The quick brown fox').digest('hex')).toEqual("60638fa0aa4b044fc6f50d5c4a11dd5c26863cd335e3aac16ac6434fc79505dfb05bc3d02a556e271979b41c9379f579");
    expect(nodeCrypto.createHmac('sha512', 'key').update('The quick brown fox').digest('hex')).toEqual("36f44b125a8a90639dc46733039571792e081e0fd8685ff746784b02ed14aa35629d562c7117cde4a701570551faa5a5e1b7ef1eb5c3bcd4cc1fdb8923fcf14e");
    expect(nodeCrypto.createHmac('sha256', Buffer.from('0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b', 'hex')).update('Hi There').digest('hex')).toEqual("b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7");
    expect(nodeCrypto.createHmac('sha256', '').update('msg').digest('hex')).toEqual("5f576a8d68fe4fb7eb823227246353c0870c3b0e878997341db1226b4bd88d61");
    expect(nodeCrypto.createHmac('sha512', 'k'.repeat(200)).update('long key').digest('base64')).toEqual("tTJ/Qy4mG87sNqbsb1TnIpv0dE/8nEgDA93SfooivRm4f56KidGF3kmV35xzWYKiIdh0xnmrBVhKb+KhZYMPiQ==");
    expect(nodeCrypto.createHmac('sha256', new Uint8Array([1, 2, 3]).buffer).update('ab').digest('hex')).toEqual("261d7192102972ab545011496449ca2dfef004cb3920fd00b6a5c3edcd2f92cc");
    expect(nodeCrypto.createHmac('sha1', 'key').digest('hex')).toEqual("f42bb0eeb018ebbd4597ae7213711ec60760843f");
    expect((() => { const h = nodeCrypto.createHmac('sha1', 'key'); h.digest(); return h.digest('hex'); })()).toEqual("");
    expect(thrown(() => nodeCrypto.createHmac('foo', 'k'))).toEqual({"threw":"TypeError","code":"ERR_CRYPTO_INVALID_DIGEST","message":"Invalid digest: foo"});
    expect(thrown(() => nodeCrypto.createHmac('sha256', 5))).toEqual({"threw":"TypeError","code":"ERR_INVALID_ARG_TYPE","message":"The \"key\" argument must be of type string or an instance of ArrayBuffer, Buffer, TypedArray, DataView, KeyObject, or CryptoKey. Received type number (5)"});
  });
  it("hash() one-shot, getHashes, timingSafeEqual", () => {
    expect(nodeCrypto.hash('sha1', 'abc')).toEqual("a9993e364706816aba3e25717850c26c9cd0d89d");
    expect(nodeCrypto.hash('md5', 'abc', 'base64')).toEqual("kAFQmDzST7DWlj99KOF/cg==");
    expect(nodeCrypto.hash('sha256', Buffer.from('abc'), 'buffer').toString('hex')).toEqual("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    expect(nodeCrypto.hash('sha512', new Uint8Array([1]), 'base64url')).toEqual("e1S2aDbB-90T0kQdnhQ03GLKZ3-2j1_makZLqt7NvQBXb41rWsO8yAhEt9ULHMZgNES758_Pj8CqHuPGNtnjOQ");
    expect(thrown(() => nodeCrypto.hash('sha1', 5))).toEqual({"threw":"TypeError","code":"ERR_INVALID_ARG_TYPE","message":"The \"input\" argument must be of type string or an instance of Buffer, TypedArray, or DataView. Received type number (5)"});
    expect(algs.every((a) => nodeCrypto.getHashes().indexOf(a) >= 0)).toEqual(true);
    expect(nodeCrypto.timingSafeEqual(Buffer.from('abc'), Buffer.from('abc'))).toEqual(true);
    expect(nodeCrypto.timingSafeEqual(Buffer.from('abc'), Buffer.from('abd'))).toEqual(false);
    expect(nodeCrypto.timingSafeEqual(new Uint16Array([1]), new Uint8Array([1, 0]))).toEqual(true);
    expect(thrown(() => nodeCrypto.timingSafeEqual(Buffer.from('a'), Buffer.from('ab')))).toEqual({"threw":"RangeError","code":"ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH","message":"Input buffers must have the same byte length"});
    expect(thrown(() => nodeCrypto.timingSafeEqual('a', Buffer.from('a')))).toEqual({"threw":"TypeError","code":"ERR_INVALID_ARG_TYPE","message":"The \"buf1\" argument must be an instance of ArrayBuffer, Buffer, TypedArray, or DataView."});
  });
  it("random values: sizes, ranges and errors", () => {
    expect(nodeCrypto.randomBytes(16).length).toEqual(16);
    expect(Buffer.isBuffer(nodeCrypto.randomBytes(0))).toEqual(true);
    expect(thrown(() => nodeCrypto.randomBytes(-1))).toEqual({"threw":"RangeError","code":"ERR_OUT_OF_RANGE","message":"The value of \"size\" is out of range. It must be >= 0 && <= 2147483647. Received -1"});
    expect(thrown(() => nodeCrypto.randomBytes('1'))).toEqual({"threw":"TypeError","code":"ERR_INVALID_ARG_TYPE","message":"The \"size\" argument must be of type number. Received type string ('1')"});
    expect(thrown(() => nodeCrypto.randomFillSync(Buffer.alloc(4), 5))).toEqual({"threw":"RangeError","code":"ERR_OUT_OF_RANGE","message":"The value of \"offset\" is out of range. It must be >= 0 && <= 4. Received 5"});
    expect(thrown(() => nodeCrypto.randomFillSync(Buffer.alloc(4), 1, 4))).toEqual({"threw":"RangeError","code":"ERR_OUT_OF_RANGE","message":"The value of \"size + offset\" is out of range. It must be <= 4. Received 5"});
    expect(nodeCrypto.randomFillSync(new Uint32Array(4), 1, 2).length).toEqual(4);
    expect(nodeCrypto.randomFillSync(new ArrayBuffer(4)).byteLength).toEqual(4);
    expect(thrown(() => nodeCrypto.randomFillSync('abc'))).toEqual({"threw":"TypeError","code":"ERR_INVALID_ARG_TYPE","message":"The \"buf\" argument must be an instance of ArrayBuffer or ArrayBufferView. Received type string ('abc')"});
    expect(thrown(() => nodeCrypto.randomInt(5, 5))).toEqual({"threw":"RangeError","code":"ERR_OUT_OF_RANGE","message":"The value of \"max\" is out of range. It must be greater than the value of \"min\" (5). Received 5"});
    expect(thrown(() => nodeCrypto.randomInt(1.5))).toEqual({"threw":"TypeError","code":"ERR_INVALID_ARG_TYPE","message":"The \"max\" argument must be a safe integer. Received type number (1.5)"});
    expect(thrown(() => nodeCrypto.randomInt(0, 2 ** 49))).toEqual({"threw":"RangeError","code":"ERR_OUT_OF_RANGE","message":"The value of \"max - min\" is out of range. It must be <= 281474976710655. Received 562_949_953_421_312"});
    expect(thrown(() => nodeCrypto.getRandomValues(new Float32Array(2)))).toEqual({"threw":"TypeMismatchError","code":17,"message":"The data argument must be an integer-type TypedArray"});
    expect(thrown(() => nodeCrypto.getRandomValues(new Uint8Array(65537)))).toEqual({"threw":"QuotaExceededError","code":22,"message":"The requested length exceeds 65,536 bytes"});
    expect(thrown(() => nodeCrypto.getRandomValues(new DataView(new ArrayBuffer(2))))).toEqual({"threw":"TypeMismatchError","code":17,"message":"The data argument must be an integer-type TypedArray"});
    expect(nodeCrypto.getRandomValues(new Uint32Array(16384)).length).toEqual(16384);
    expect(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(nodeCrypto.randomUUID())).toEqual(true);
    expect(typeof nodeCrypto.constants.RSA_PKCS1_PADDING).toEqual("number");
  });
  // </known-answers>
});

describe('crypto random sources', () => {
  it('randomBytes and randomFill call back asynchronously', () => {
    let sync = true;
    const got = [];
    return new Promise((resolve) => {
      nodeCrypto.randomBytes(8, (err, buf) => {
        got.push([err, buf.length, sync]);
        nodeCrypto.randomFill(new Uint8Array(4), 1, (err2, arr) => {
          got.push([err2, arr.length]);
          nodeCrypto.randomInt(10, (err3, n) => {
            got.push([err3, n >= 0 && n < 10]);
            resolve();
          });
        });
      });
      sync = false;
    }).then(() => {
      expect(got).toEqual([[null, 8, false], [null, 4], [null, true]]);
    });
  });
  it('fills only the requested range', () => {
    const buf = Buffer.alloc(64);
    nodeCrypto.randomFillSync(buf, 8, 16);
    expect(buf.subarray(0, 8).every((b) => b === 0)).toBe(true);
    expect(buf.subarray(24).every((b) => b === 0)).toBe(true);
    expect(buf.subarray(8, 24).some((b) => b !== 0)).toBe(true);
  });
  it('randomInt stays in range and covers it', () => {
    const seen = new Set();
    for (let i = 0; i < 200; i++) {
      let n = nodeCrypto.randomInt(-2, 3);
      expect(n >= -2 && n < 3).toBe(true);
      seen.add(n);
    }
    expect(seen.size).toBe(5);
  });
  it('randomUUID values are v4 and differ', () => {
    const a = globalThis.crypto.randomUUID();
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(a === nodeCrypto.randomUUID()).toBe(false);
  });
});

describe('the global crypto object', () => {
  it('is webcrypto with getRandomValues, randomUUID and a subtle getter', () => {
    expect(globalThis.crypto).toBe(nodeCrypto.webcrypto);
    expect(Object.prototype.toString.call(globalThis.crypto)).toBe('[object Crypto]');
    const arr = new Uint32Array(8);
    expect(globalThis.crypto.getRandomValues(arr)).toBe(arr);
    expect(arr.some((x) => x !== 0)).toBe(true);
    expect(thrown(() => globalThis.crypto.getRandomValues(new Float64Array(1))).threw).toBe('TypeMismatchError');
    expect(thrown(() => globalThis.crypto.getRandomValues(new BigUint64Array(8193))).threw).toBe('QuotaExceededError');
    expect(globalThis.crypto.getRandomValues(new BigInt64Array(2)).length).toBe(2);
    expect('subtle' in globalThis.crypto).toBe(true);
  });
});
