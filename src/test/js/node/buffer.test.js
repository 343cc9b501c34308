// Tests for the buffer built-in and the global Buffer. The known-answer expectations (values and error
// code/message) were printed by Node 20 for the same expressions
// (between the known-answers markers; regenerate with `node src/test/js/fixtures/known-answers/make.cjs`, cases in buffer.cases.cjs).
const bufferModule = require('node:buffer');
const util = require('node:util');

const thrown = require('../fixtures/known-answers/thrown.cjs');

describe('Buffer (Node known answers)', () => {
  // <known-answers>
  it("from(string) in every encoding", () => {
    expect(Buffer.from('héllo wörld 😀').toString('hex')).toEqual("68c3a96c6c6f2077c3b6726c6420f09f9880");
    expect(Buffer.from('héllo', 'utf-8').toString('hex')).toEqual("68c3a96c6c6f");
    expect(Buffer.from('héllo', 'UTF8').length).toEqual(6);
    expect(Buffer.from('\ud800x\udc00').toString('hex')).toEqual("efbfbd78efbfbd");
    expect(Buffer.from('hi😀\ud800', 'utf16le').toString('hex')).toEqual("680069003dd800de00d8");
    expect(Buffer.from('hi', 'ucs2').toString('hex')).toEqual("68006900");
    expect(Buffer.from('hi', 'UCS-2').toString('hex')).toEqual("68006900");
    expect(Buffer.from('héllo😀', 'latin1').toString('hex')).toEqual("68e96c6c6f3d00");
    expect(Buffer.from('héllo😀', 'binary').toString('hex')).toEqual("68e96c6c6f3d00");
    expect(Buffer.from('héllo😀', 'ascii').toString('hex')).toEqual("68e96c6c6f3d00");
    expect(Buffer.from('0A0bFf', 'hex').toString('hex')).toEqual("0a0bff");
    expect(Buffer.from('abc', 'hex').toString('hex')).toEqual("ab");
    expect(Buffer.from('abxd', 'hex').toString('hex')).toEqual("ab");
    expect(Buffer.from('zz12', 'hex').length).toEqual(0);
    expect(Buffer.from('aGVsbG8=', 'base64').toString()).toEqual("hello");
    expect(Buffer.from('aGVsbG8', 'base64').toString()).toEqual("hello");
    expect(Buffer.from('aGV sbG8=\n', 'base64').toString()).toEqual("hello");
    expect(Buffer.from('aGVsbG8=aGk=', 'base64').toString()).toEqual("hello");
    expect(Buffer.from('ab==cd', 'base64').toString('hex')).toEqual("69");
    expect(Buffer.from('-_-_', 'base64').toString('hex')).toEqual("fbffbf");
    expect(Buffer.from('+/+/', 'base64url').toString('hex')).toEqual("fbffbf");
    expect(Buffer.from('a!b@c#d', 'base64').toString('hex')).toEqual("69b71d");
    expect(Buffer.from('a', 'base64').length).toEqual(0);
    expect(Buffer.from('YQ===', 'base64').toString('hex')).toEqual("61");
    expect(Buffer.from('', 'base64').length).toEqual(0);
    expect(thrown(() => Buffer.from('foo', 'nope'))).toEqual({"threw":"TypeError","code":"ERR_UNKNOWN_ENCODING","message":"Unknown encoding: nope"});
  });
  it("toString in every encoding, with ranges", () => {
    expect(Buffer.from([0xfb, 0xff, 0xbf, 0x01]).toString('base64')).toEqual("+/+/AQ==");
    expect(Buffer.from([0xfb, 0xff, 0xbf, 0x01]).toString('base64url')).toEqual("-_-_AQ");
    expect(Buffer.from([]).toString('base64')).toEqual("");
    expect(Buffer.from([0xe9, 0xff, 0x41]).toString('ascii')).toEqual("iA");
    expect(Buffer.from([0xe9, 0xff, 0x41]).toString('latin1')).toEqual("éÿA");
    expect(Buffer.from([0x41, 0, 0x3d, 0xd8, 0x42]).toString('utf16le')).toEqual("A\ud83d");
    expect(Buffer.from([0x41, 0, 0x3d, 0xd8, 0x00, 0xde]).toString('ucs2')).toEqual("A😀");
    expect(Buffer.from('hello world').toString('utf8', 6)).toEqual("world");
    expect(Buffer.from('hello world').toString('utf8', 2, 5)).toEqual("llo");
    expect(Buffer.from('hello world').toString('utf8', -3, 100)).toEqual("hello world");
    expect(Buffer.from('hello world').toString('utf8', 5, 2)).toEqual("");
    expect(Buffer.from('hello').toString(undefined, 1)).toEqual("ello");
    expect(Buffer.from('hello').toString('HEX')).toEqual("68656c6c6f");
    expect(thrown(() => Buffer.from('hello').toString('bogus'))).toEqual({"threw":"TypeError","code":"ERR_UNKNOWN_ENCODING","message":"Unknown encoding: bogus"});
    expect(Buffer.from('hello').toLocaleString()).toEqual("hello");
  });
  it("utf-8 decoding of invalid sequences replaces as Node does", () => {
    expect(Buffer.from([0xf0, 0x9f, 0x98, 0x80, 0xe2, 0x82, 0x41, 0xc0, 0x80, 0xed, 0xa0, 0x80, 0xf4, 0x90, 0x80, 0x80, 0xff, 0xe2]).toString()).toEqual("😀�A�����������");
    expect(Buffer.from([0xe0, 0x80, 0xaf]).toString()).toEqual("���");
    expect(Buffer.from([0xf0, 0x8f, 0xbf, 0xbf]).toString()).toEqual("����");
    expect(Buffer.from([0xf8, 0x88, 0x80, 0x80, 0x80]).toString()).toEqual("�����");
    expect(Buffer.from([0xc2]).toString()).toEqual("�");
    expect(Buffer.from([0x61, 0xf1, 0x80, 0x80, 0x62]).toString()).toEqual("a�b");
    expect(Buffer.from([0xef, 0xbf, 0xbd, 0xef, 0xbb, 0xbf, 0x41]).toString()).toEqual("�﻿A");
    expect(Buffer.from([0xe2, 0x82, 0xac]).toString('utf-8')).toEqual("€");
  });
  it("from arrays, array buffers, views and objects", () => {
    expect(Buffer.from([1, 2, 256, -1, 3.7, '5']).toString('hex')).toEqual("010200ff0305");
    expect(Buffer.from(new Uint16Array([1, 256, 0x1234])).toString('hex')).toEqual("010034");
    expect(Buffer.from(new Uint16Array([1, 256]).buffer).toString('hex')).toEqual("01000001");
    expect(Buffer.from(new Uint8Array([1, 2, 3, 4]).buffer, 1, 2).toString('hex')).toEqual("0203");
    expect(Buffer.from(new Uint8Array([1, 2, 3, 4]).buffer, 1).toString('hex')).toEqual("020304");
    expect(Buffer.from({ type: 'Buffer', data: [104, 105] }).toString()).toEqual("hi");
    expect(Buffer.from({ length: 2, 0: 7, 1: 8 }).toString('hex')).toEqual("0708");
    expect(Buffer.from(new String('str')).toString()).toEqual("str");
    expect(thrown(() => Buffer.from(new ArrayBuffer(4), 5))).toEqual({"threw":"RangeError","code":"ERR_BUFFER_OUT_OF_BOUNDS","message":"\"offset\" is outside of buffer bounds"});
    expect(thrown(() => Buffer.from(new ArrayBuffer(4), 1, 9))).toEqual({"threw":"RangeError","code":"ERR_BUFFER_OUT_OF_BOUNDS","message":"\"length\" is outside of buffer bounds"});
    expect(thrown(() => Buffer.from(5))).toEqual({"threw":"TypeError","code":"ERR_INVALID_ARG_TYPE","message":"The first argument must be of type string or an instance of Buffer, ArrayBuffer, or Array or an Array-like Object. Received type number (5)"});
    expect(thrown(() => Buffer.from(null))).toEqual({"threw":"TypeError","code":"ERR_INVALID_ARG_TYPE","message":"The first argument must be of type string or an instance of Buffer, ArrayBuffer, or Array or an Array-like Object. Received null"});
    expect(thrown(() => Buffer.from({}))).toEqual({"threw":"TypeError","code":"ERR_INVALID_ARG_TYPE","message":"The first argument must be of type string or an instance of Buffer, ArrayBuffer, or Array or an Array-like Object. Received an instance of Object"});
    expect(thrown(() => Buffer.from(Symbol.iterator))).toEqual({"threw":"TypeError","code":"ERR_INVALID_ARG_TYPE","message":"The first argument must be of type string or an instance of Buffer, ArrayBuffer, or Array or an Array-like Object. Received type symbol (Symbol(Symbol.iterator))"});
  });
  it("alloc, byteLength, isEncoding, compare, concat", () => {
    expect(Buffer.alloc(4).toString('hex')).toEqual("00000000");
    expect(Buffer.alloc(5, 'ab').toString()).toEqual("ababa");
    expect(Buffer.alloc(4, 257).toString('hex')).toEqual("01010101");
    expect(Buffer.alloc(6, 'aGk=', 'base64').toString()).toEqual("hihihi");
    expect(Buffer.alloc(3, Buffer.from([1, 2])).toString('hex')).toEqual("010201");
    expect(Buffer.allocUnsafe(3).length).toEqual(3);
    expect(Buffer.allocUnsafeSlow(2).length).toEqual(2);
    expect(thrown(() => Buffer.alloc('5'))).toEqual({"threw":"TypeError","code":"ERR_INVALID_ARG_TYPE","message":"The \"size\" argument must be of type number. Received type string ('5')"});
    expect(Buffer.byteLength('héllo😀')).toEqual(10);
    expect(Buffer.byteLength('\ud800x\udc00')).toEqual(7);
    expect(Buffer.byteLength('aGVsbG8=', 'base64')).toEqual(5);
    expect(Buffer.byteLength('aGV sbG8=', 'base64')).toEqual(6);
    expect(Buffer.byteLength('abcd', 'hex')).toEqual(2);
    expect(Buffer.byteLength('héllo', 'latin1')).toEqual(5);
    expect(Buffer.byteLength('héllo', 'utf16le')).toEqual(10);
    expect(Buffer.byteLength(new Uint32Array(3))).toEqual(12);
    expect(Buffer.byteLength(new ArrayBuffer(7))).toEqual(7);
    expect(thrown(() => Buffer.byteLength(5))).toEqual({"threw":"TypeError","code":"ERR_INVALID_ARG_TYPE","message":"The \"string\" argument must be of type string or an instance of Buffer or ArrayBuffer. Received type number (5)"});
    expect(Buffer.isEncoding('UTF-8')).toEqual(true);
    expect(Buffer.isEncoding('binary')).toEqual(true);
    expect(Buffer.isEncoding('base64url')).toEqual(true);
    expect(Buffer.isEncoding('utf32')).toEqual(false);
    expect(Buffer.isEncoding('')).toEqual(false);
    expect(Buffer.isEncoding(8)).toEqual(false);
    expect(Buffer.compare(Buffer.from('abc'), Buffer.from('abd'))).toEqual(-1);
    expect(Buffer.compare(Buffer.from('b'), Buffer.from('abd'))).toEqual(1);
    expect(Buffer.compare(Buffer.from([0xff]), Buffer.from([0x01]))).toEqual(1);
    expect(Buffer.compare(Buffer.from('ab'), Buffer.from('ab'))).toEqual(0);
    expect(Buffer.compare(Buffer.from('ab'), Buffer.from('abc'))).toEqual(-1);
    expect(thrown(() => Buffer.compare('a', Buffer.from('a')))).toEqual({"threw":"TypeError","code":"ERR_INVALID_ARG_TYPE","message":"The \"buf1\" argument must be an instance of Buffer or Uint8Array. Received type string ('a')"});
    expect([Buffer.from('b'), Buffer.from('a'), Buffer.from('ab')].sort(Buffer.compare).map(String)).toEqual(["a", "ab", "b"]);
    expect(Buffer.concat([Buffer.from('ab'), new Uint8Array([99]), Buffer.from('')]).toString()).toEqual("abc");
    expect(Buffer.concat([Buffer.from('abc'), Buffer.from('def')], 4).toString()).toEqual("abcd");
    expect(Buffer.concat([Buffer.from('ab')], 4).toString('hex')).toEqual("61620000");
    expect(Buffer.concat([]).length).toEqual(0);
    expect(thrown(() => Buffer.concat([Buffer.from('a'), 'b']))).toEqual({"threw":"TypeError","code":"ERR_INVALID_ARG_TYPE","message":"The \"list[1]\" argument must be an instance of Buffer or Uint8Array. Received type string ('b')"});
    expect(thrown(() => Buffer.concat('ab'))).toEqual({"threw":"TypeError","code":"ERR_INVALID_ARG_TYPE","message":"The \"list\" argument must be an instance of Array. Received type string ('ab')"});
  });
  it("prototype: equals, compare, indexOf, includes, copy, fill, write, toJSON", () => {
    expect(Buffer.from('abc').equals(Buffer.from('abc'))).toEqual(true);
    expect(Buffer.from('abc').equals(new Uint8Array([97, 98]))).toEqual(false);
    expect(thrown(() => Buffer.from('abc').equals('abc'))).toEqual({"threw":"TypeError","code":"ERR_INVALID_ARG_TYPE","message":"The \"otherBuffer\" argument must be an instance of Buffer or Uint8Array. Received type string ('abc')"});
    expect(Buffer.from('abcdef').compare(Buffer.from('cd'), 0, 2, 2, 4)).toEqual(0);
    expect(Buffer.from('abcdef').compare(Buffer.from('zz'))).toEqual(-1);
    expect(Buffer.from('abcabc').indexOf('bc')).toEqual(1);
    expect(Buffer.from('abcabc').indexOf('bc', 2)).toEqual(4);
    expect(Buffer.from('abcabc').indexOf('bc', -3)).toEqual(4);
    expect(Buffer.from('abcabc').indexOf(99)).toEqual(2);
    expect(Buffer.from('abcabc').indexOf(99 + 256)).toEqual(2);
    expect(Buffer.from('abcabc').indexOf(Buffer.from('ca'))).toEqual(2);
    expect(Buffer.from('abcabc').indexOf('')).toEqual(0);
    expect(Buffer.from('abcabc').indexOf('', 4)).toEqual(4);
    expect(Buffer.from('abcabc').indexOf('', 10)).toEqual(6);
    expect(Buffer.from('abcabc').indexOf('zz')).toEqual(-1);
    expect(Buffer.from('abcabc').indexOf('6263', 'hex')).toEqual(1);
    expect(Buffer.from('abcabc').indexOf('YmM=', 0, 'base64')).toEqual(1);
    expect(Buffer.from('abcabc').lastIndexOf('bc')).toEqual(4);
    expect(Buffer.from('abcabc').lastIndexOf('bc', 3)).toEqual(1);
    expect(Buffer.from('abcabc').lastIndexOf('bc', -5)).toEqual(1);
    expect(Buffer.from('abcabc').lastIndexOf(97)).toEqual(3);
    expect(Buffer.from('abcabc').includes('cab')).toEqual(true);
    expect(Buffer.from('abcabc').includes('cab', 3)).toEqual(false);
    expect(thrown(() => Buffer.from('abcabc').indexOf({}))).toEqual({"threw":"TypeError","code":"ERR_INVALID_ARG_TYPE","message":"The \"value\" argument must be one of type number or string or an instance of Buffer or Uint8Array. Received an instance of Object"});
    expect((() => { const t = Buffer.alloc(6, 0x2e); const n = Buffer.from('hello').copy(t, 2, 1, 4); return [n, t.toString()]; })()).toEqual([3, "..ell."]);
    expect((() => { const t = Buffer.alloc(3, 0x2e); const n = Buffer.from('hello').copy(t, 1); return [n, t.toString()]; })()).toEqual([2, ".he"]);
    expect((() => { const b = Buffer.from('abcdef'); b.copy(b, 2, 0, 4); return b.toString(); })()).toEqual("ababcd");
    expect((() => { const t = Buffer.alloc(2); return Buffer.from('ab').copy(t, 5); })()).toEqual(0);
    expect(Buffer.alloc(6).fill('xy', 1, 5).toString('hex')).toEqual("007879787900");
    expect(Buffer.alloc(4).fill('ab', 'latin1').toString()).toEqual("abab");
    expect(Buffer.alloc(4).fill(0x1ff).toString('hex')).toEqual("ffffffff");
    expect(Buffer.alloc(4).fill('').toString('hex')).toEqual("00000000");
    expect(Buffer.alloc(5).fill('€').toString('hex')).toEqual("e282ace282");
    expect(thrown(() => Buffer.alloc(4).fill('zz', 'hex'))).toEqual({"threw":"TypeError","code":"ERR_INVALID_ARG_VALUE","message":"The argument 'value' is invalid. Received 'zz'"});
    expect(Buffer.alloc(4).fill(1, 5).toString('hex')).toEqual("00000000");
    expect(thrown(() => Buffer.alloc(4).fill(1, 2, 9))).toEqual({"threw":"RangeError","code":"ERR_OUT_OF_RANGE","message":"The value of \"end\" is out of range. It must be >= 0 && <= 4. Received 9"});
    expect((() => { const b = Buffer.alloc(6); const n = b.write('héllo'); return [n, b.toString('hex')]; })()).toEqual([6, "68c3a96c6c6f"]);
    expect((() => { const b = Buffer.alloc(4); const n = b.write('a😀', 1); return [n, b.toString('hex')]; })()).toEqual([1, "00610000"]);
    expect((() => { const b = Buffer.alloc(6, 0x2e); const n = b.write('abcdef', 2, 3); return [n, b.toString()]; })()).toEqual([3, "..abc."]);
    expect((() => { const b = Buffer.alloc(4); const n = b.write('ffee', 'hex'); return [n, b.toString('hex')]; })()).toEqual([2, "ffee0000"]);
    expect((() => { const b = Buffer.alloc(4); const n = b.write('aGk=', 1, 'base64'); return [n, b.toString('hex')]; })()).toEqual([2, "00686900"]);
    expect((() => { const b = Buffer.alloc(5); const n = b.write('abc', 'utf16le'); return [n, b.toString('hex')]; })()).toEqual([4, "6100620000"]);
    expect(thrown(() => Buffer.alloc(2).write('x', 3))).toEqual({"threw":"RangeError","code":"ERR_OUT_OF_RANGE","message":"The value of \"offset\" is out of range. It must be >= 0 && <= 2. Received 3"});
    expect(thrown(() => Buffer.alloc(2).write(5))).toEqual({"threw":"TypeError","code":"ERR_INVALID_ARG_TYPE","message":"argument must be a string"});
    expect(JSON.stringify(Buffer.from('hi'))).toEqual("{\"type\":\"Buffer\",\"data\":[104,105]}");
    expect(Buffer.from('hi').toJSON()).toEqual({"type":"Buffer","data":[104,105]});
  });
  it("slice and subarray are views", () => {
    expect((() => { const b = Buffer.from('hello'); const s = b.slice(1, 3); s[0] = 0x45; return [b.toString(), s.toString(), Buffer.isBuffer(s)]; })()).toEqual(["hEllo", "El", true]);
    expect((() => { const b = Buffer.from('hello'); const s = b.subarray(-3); s[2] = 0x21; return [b.toString(), s.length, s.byteOffset - b.byteOffset]; })()).toEqual(["hell!", 3, 2]);
    expect(Buffer.from('hello').slice(3, 1).length).toEqual(0);
    expect(Buffer.from('hello').slice().toString()).toEqual("hello");
    expect(Buffer.from('hello').subarray(1, -1).toString()).toEqual("ell");
    expect(Buffer.from('hello').slice(-100, 100).toString()).toEqual("hello");
  });
  it("integer reads and writes", () => {
    expect((() => { const b = Buffer.alloc(8); return [b.writeUInt8(255, 0), b.writeInt8(-2, 1), b.writeUInt16LE(0xbeef, 2), b.writeInt16BE(-300, 4), b.toString('hex')]; })()).toEqual([1, 2, 4, 6, "fffeefbefed40000"]);
    expect((() => { const b = Buffer.alloc(8); b.writeUInt32LE(0xdeadbeef, 0); b.writeInt32BE(-123456789, 4); return [b.toString('hex'), b.readUInt32LE(0), b.readInt32BE(4), b.readUint32BE(0), b.readInt32LE(0)]; })()).toEqual(["efbeaddef8a432eb", 3735928559, -123456789, 4022250974, -559038737]);
    expect((() => { const b = Buffer.from([1, 2, 0xff, 0xfe]); return [b.readUInt8(2), b.readInt8(2), b.readUInt16LE(0), b.readUInt16BE(0), b.readInt16LE(2), b.readInt16BE(2), b.readUint8(), b.readUint16LE(1)]; })()).toEqual([255, -1, 513, 258, -257, -2, 1, 65282]);
    expect((() => { const b = Buffer.alloc(6); b.writeUIntLE(0x123456789a, 0, 5); return [b.toString('hex'), b.readUIntLE(0, 5), b.readUIntBE(0, 5), b.readIntLE(0, 6), b.readIntBE(1, 3)]; })()).toEqual(["9a7856341200", 78187493530, 663443878930, 78187493530, 7886388]);
    expect((() => { const b = Buffer.alloc(6); b.writeIntBE(-0x123456789a, 0, 6); return [b.toString('hex'), b.readIntBE(0, 6), b.readIntLE(0, 6)]; })()).toEqual(["ffedcba98766", -78187493530, 112732855332351]);
    expect((() => { const b = Buffer.alloc(6); return [b.writeIntLE(-1, 0, 3), b.writeUIntBE(0xabcd, 3, 2), b.toString('hex'), b.readIntLE(0, 3)]; })()).toEqual([3, 5, "ffffffabcd00", -1]);
    expect(thrown(() => Buffer.alloc(4).writeUInt8(256, 0))).toEqual({"threw":"RangeError","code":"ERR_OUT_OF_RANGE","message":"The value of \"value\" is out of range. It must be >= 0 and <= 255. Received 256"});
    expect(thrown(() => Buffer.alloc(4).writeUInt32LE(2 ** 32, 0))).toEqual({"threw":"RangeError","code":"ERR_OUT_OF_RANGE","message":"The value of \"value\" is out of range. It must be >= 0 and <= 4294967295. Received 4294967296"});
    expect(thrown(() => Buffer.alloc(4).writeInt16BE(-40000, 0))).toEqual({"threw":"RangeError","code":"ERR_OUT_OF_RANGE","message":"The value of \"value\" is out of range. It must be >= -32768 and <= 32767. Received -40000"});
    expect(thrown(() => Buffer.alloc(4).writeUInt32BE(-1))).toEqual({"threw":"RangeError","code":"ERR_OUT_OF_RANGE","message":"The value of \"value\" is out of range. It must be >= 0 and <= 4294967295. Received -1"});
    expect(thrown(() => Buffer.alloc(4).readUInt32LE(1))).toEqual({"threw":"RangeError","code":"ERR_OUT_OF_RANGE","message":"The value of \"offset\" is out of range. It must be >= 0 and <= 0. Received 1"});
    expect(thrown(() => Buffer.alloc(4).readUInt8(4))).toEqual({"threw":"RangeError","code":"ERR_OUT_OF_RANGE","message":"The value of \"offset\" is out of range. It must be >= 0 and <= 3. Received 4"});
    expect(thrown(() => Buffer.alloc(4).readUInt8(-1))).toEqual({"threw":"RangeError","code":"ERR_OUT_OF_RANGE","message":"The value of \"offset\" is out of range. It must be >= 0 and <= 3. Received -1"});
    expect(thrown(() => Buffer.alloc(4).readUInt8(1.5))).toEqual({"threw":"RangeError","code":"ERR_OUT_OF_RANGE","message":"The value of \"offset\" is out of range. It must be an integer. Received 1.5"});
    expect(thrown(() => Buffer.alloc(4).readUInt16LE('1'))).toEqual({"threw":"TypeError","code":"ERR_INVALID_ARG_TYPE","message":"The \"offset\" argument must be of type number. Received type string ('1')"});
    expect(Buffer.alloc(6).writeUIntLE(2 ** 40, 0, 6)).toEqual(6);
    expect(thrown(() => Buffer.alloc(8).writeIntLE(-(2 ** 47) - 1, 0, 6))).toEqual({"threw":"RangeError","code":"ERR_OUT_OF_RANGE","message":"The value of \"value\" is out of range. It must be >= -(2 ** 47) and < 2 ** 47. Received -140_737_488_355_329"});
    expect(thrown(() => Buffer.alloc(8).readUIntLE(0, 7))).toEqual({"threw":"RangeError","code":"ERR_OUT_OF_RANGE","message":"The value of \"byteLength\" is out of range. It must be >= 1 and <= 6. Received 7"});
    expect(thrown(() => Buffer.alloc(2).readUInt32LE(0))).toEqual({"threw":"RangeError","code":"ERR_BUFFER_OUT_OF_BOUNDS","message":"Attempt to access memory outside buffer bounds"});
  });
  it("bigint and float reads and writes", () => {
    expect((() => { const b = Buffer.alloc(16); b.writeBigUInt64LE(BigInt('18446744073709551615'), 0); b.writeBigInt64BE(BigInt('-2'), 8); return [b.toString('hex'), b.readBigUInt64LE(0), b.readBigInt64LE(0), b.readBigInt64BE(8), b.readBigUInt64BE(8), b.readBigUint64LE(8)]; })()).toEqual(["fffffffffffffffffffffffffffffffe", BigInt('18446744073709551615'), BigInt('-1'), BigInt('-2'), BigInt('18446744073709551614'), BigInt('18374686479671623679')]);
    expect((() => { const b = Buffer.alloc(8); return [b.writeBigInt64LE(BigInt('-9223372036854775808')), b.toString('hex'), b.readBigInt64LE()]; })()).toEqual([8, "0000000000000080", BigInt('-9223372036854775808')]);
    expect((() => { const b = Buffer.alloc(8); b.writeBigUInt64BE(BigInt('0x0102030405060708')); return [b.toString('hex'), b.readBigUInt64BE()]; })()).toEqual(["0102030405060708", BigInt('72623859790382856')]);
    expect(thrown(() => Buffer.alloc(8).writeBigInt64LE(BigInt('9223372036854775808'), 0))).toEqual({"threw":"RangeError","code":"ERR_OUT_OF_RANGE","message":"The value of \"value\" is out of range. It must be >= -(2n ** 63n) and < 2n ** 63n. Received 9_223_372_036_854_775_808n"});
    expect(thrown(() => Buffer.alloc(8).writeBigUInt64LE(BigInt(-1), 0))).toEqual({"threw":"RangeError","code":"ERR_OUT_OF_RANGE","message":"The value of \"value\" is out of range. It must be >= 0n and < 2n ** 64n. Received -1n"});
    expect(thrown(() => Buffer.alloc(8).writeBigUInt64LE(1, 0))).toEqual({"threw":"TypeError","message":"Cannot mix BigInt and other types, use explicit conversions"});
    expect(thrown(() => Buffer.alloc(4).writeBigUInt64LE(BigInt(1), 0))).toEqual({"threw":"RangeError","code":"ERR_BUFFER_OUT_OF_BOUNDS","message":"Attempt to access memory outside buffer bounds"});
    expect((() => { const b = Buffer.alloc(12); return [b.writeFloatLE(1.5, 0), b.writeFloatBE(-0.1, 4), b.writeFloatLE(3.4e39, 8), b.toString('hex'), b.readFloatLE(0), b.readFloatBE(4), b.readFloatLE(8)]; })()).toEqual([4, 8, 12, "0000c03fbdcccccd0000807f", 1.5, -0.10000000149011612, Infinity]);
    expect((() => { const b = Buffer.alloc(16); return [b.writeDoubleLE(Math.PI, 0), b.writeDoubleBE(-1e-300, 8), b.toString('hex'), b.readDoubleLE(0), b.readDoubleBE(8)]; })()).toEqual([8, 16, "182d4454fb21094081a56e1fc2f8f359", 3.141592653589793, -1e-300]);
    expect((() => { const b = Buffer.alloc(8); b.writeDoubleBE(NaN); return [b.toString('hex'), b.readDoubleBE(0)]; })()).toEqual(["7ff8000000000000", NaN]);
    expect(thrown(() => Buffer.alloc(4).readDoubleLE(0))).toEqual({"threw":"RangeError","code":"ERR_BUFFER_OUT_OF_BOUNDS","message":"Attempt to access memory outside buffer bounds"});
    expect(Buffer.alloc(8).writeDoubleLE('1', 0)).toEqual(8);
  });
  it("swaps", () => {
    expect(Buffer.from('0102030405060708', 'hex').swap16().toString('hex')).toEqual("0201040306050807");
    expect(Buffer.from('0102030405060708', 'hex').swap32().toString('hex')).toEqual("0403020108070605");
    expect(Buffer.from('0102030405060708', 'hex').swap64().toString('hex')).toEqual("0807060504030201");
    expect(thrown(() => Buffer.from('010203', 'hex').swap16())).toEqual({"threw":"RangeError","code":"ERR_INVALID_BUFFER_SIZE","message":"Buffer size must be a multiple of 16-bits"});
    expect(thrown(() => Buffer.from('0102', 'hex').swap32())).toEqual({"threw":"RangeError","code":"ERR_INVALID_BUFFER_SIZE","message":"Buffer size must be a multiple of 32-bits"});
  });
  it("module exports, atob and btoa", () => {
    expect(require('buffer').Buffer === Buffer).toEqual(true);
    expect(require('node:buffer').constants.MAX_STRING_LENGTH).toEqual(536870888);
    expect(require('buffer').INSPECT_MAX_BYTES).toEqual(50);
    expect(typeof require('buffer').kMaxLength).toEqual("number");
    expect(typeof require('buffer').SlowBuffer).toEqual("function");
    expect(btoa('hello')).toEqual("aGVsbG8=");
    expect(btoa('\u00ff\u00fe')).toEqual("//4=");
    expect(atob('aGVsbG8=')).toEqual("hello");
    expect(atob(' aGVs bG8 ')).toEqual("hello");
    expect(atob('aGVsbG8')).toEqual("hello");
    expect(atob('//79')).toEqual("ÿþý");
    expect(thrown(() => btoa('\u0100'))).toEqual({"threw":"InvalidCharacterError","code":5,"message":"Invalid character"});
    expect(thrown(() => atob('a'))).toEqual({"threw":"InvalidCharacterError","code":5,"message":"The string to be decoded is not correctly encoded."});
    expect(thrown(() => atob('aGVsbG8=a'))).toEqual({"threw":"InvalidCharacterError","code":5,"message":"Invalid character"});
    expect(thrown(() => atob('a-b_'))).toEqual({"threw":"InvalidCharacterError","code":5,"message":"Invalid character"});
    expect(require('buffer').isUtf8(Buffer.from([0xe2, 0x82, 0xac]))).toEqual(true);
    expect(require('buffer').isUtf8(Buffer.from([0xe2, 0x82]))).toEqual(false);
    expect(require('buffer').isAscii(Buffer.from('abc'))).toEqual(true);
    expect(require('buffer').isAscii(Buffer.from('é'))).toEqual(false);
  });
  // </known-answers>
});

describe('Buffer objects', () => {
  it('are Uint8Arrays whose prototype is Buffer.prototype', () => {
    const b = Buffer.from('abc');
    expect(Object.getPrototypeOf(b)).toBe(Buffer.prototype);
    expect(Object.getPrototypeOf(Buffer.prototype)).toBe(Uint8Array.prototype);
    expect(b instanceof Buffer).toBe(true);
    expect(b instanceof Uint8Array).toBe(true);
    expect(ArrayBuffer.isView(b)).toBe(true);
    expect(Object.prototype.toString.call(b)).toBe('[object Uint8Array]');
    expect(Buffer.isBuffer(new Uint8Array(2))).toBe(false);
    expect(Buffer.isBuffer('abc')).toBe(false);
    expect(bufferModule.Buffer).toBe(Buffer);
  });
  it('keep the typed array methods working', () => {
    const b = Buffer.from([5, 1, 4]);
    expect(b.length).toBe(3);
    expect(Array.from(b.map((x) => x * 2))).toEqual([10, 2, 8]);
    expect(b.join('-')).toBe('5-1-4');
    expect(Array.from(b)).toEqual([5, 1, 4]);
    b.set([9], 1);
    expect(b[1]).toBe(9);
    expect(Array.from(b.reverse())).toEqual([4, 9, 5]);
    const seen = [];
    b.forEach((x) => seen.push(x));
    expect(seen).toEqual([4, 9, 5]);
    expect(new DataView(b.buffer, b.byteOffset, b.length).getUint8(1)).toBe(9);
  });
  it('Buffer.from(arrayBuffer) shares memory, Buffer.from(buffer) copies', () => {
    const ab = new ArrayBuffer(4);
    const view = Buffer.from(ab, 1, 2);
    new Uint8Array(ab)[1] = 7;
    expect(view[0]).toBe(7);
    const original = Buffer.from('xy');
    const copy = Buffer.from(original);
    original[0] = 0x41;
    expect(copy.toString()).toBe('xy');
    expect(view.buffer).toBe(ab);
    expect(view.parent).toBe(ab);
    expect(view.offset).toBe(1);
  });
  it('Buffer() and new Buffer() still work', () => {
    expect(Buffer(3).length).toBe(3);
    expect(new Buffer('hi').toString()).toBe('hi');
    expect(Buffer.of(1, 2).toString('hex')).toBe('0102');
  });
  it('alloc rejects sizes out of range', () => {
    expect(thrown(() => Buffer.alloc(-1)).code).toBe('ERR_OUT_OF_RANGE');
    expect(thrown(() => Buffer.alloc(NaN)).code).toBe('ERR_OUT_OF_RANGE');
  });
  it('inspects as Node prints it', () => {
    expect(util.inspect(Buffer.from('hi'))).toBe('<Buffer 68 69>');
    expect(util.inspect(Buffer.alloc(0))).toBe('<Buffer >');
    expect(util.inspect(Buffer.alloc(51))).toBe('<Buffer ' + new Array(51).join('00 ') + '... 1 more byte>');
    expect(util.inspect(Buffer.alloc(52))).toBe('<Buffer ' + new Array(51).join('00 ') + '... 2 more bytes>');
  });
  it('exports constants and lazy globals', () => {
    expect(typeof globalThis.Buffer).toBe('function');
    expect(globalThis.atob).toBe(bufferModule.atob);
    expect(globalThis.btoa).toBe(bufferModule.btoa);
    expect(bufferModule.constants.MAX_LENGTH).toBe(bufferModule.kMaxLength);
    expect(Object.keys(bufferModule)).toContain('Blob');
  });
  it('round-trips every byte through each binary-safe encoding', () => {
    const all = Buffer.alloc(256);
    for (let i = 0; i < 256; i++) all[i] = i;
    ['hex', 'base64', 'base64url', 'latin1', 'binary'].forEach((enc) => {
      expect(Buffer.from(all.toString(enc), enc).equals(all)).toBe(true);
    });
  });
  it('typed arrays share memory in little-endian order as in Node; DataView keeps its explicit order', () => {
    const u = new Uint8Array([1, 0, 0, 0, 0, 0, 0xf0, 0x3f]);
    const dv = new DataView(u.buffer);
    expect([dv.getUint16(0), dv.getUint16(0, true), new Uint16Array(u.buffer)[0], new Float64Array(u.buffer)[0]])
      .toEqual([256, 1, 1, 1.0000000000000002]);
    expect(new Uint32Array(new Uint8Array([1, 2, 3, 4]).buffer)[0]).toBe(0x04030201);
    expect(Buffer.from(new Float32Array([1]).buffer).toString('hex')).toBe('0000803f');
  });
});
