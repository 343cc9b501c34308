// Tests for the string_decoder built-in. The known-answer expectations were printed by Node 20 for the same
// expressions (between the known-answers markers; regenerate with
// `node src/test/js/fixtures/known-answers/make.cjs`, cases in string_decoder.cases.cjs).
const { StringDecoder } = require('node:string_decoder');

const thrown = require('../fixtures/known-answers/thrown.cjs');

describe('StringDecoder (Node known answers)', () => {
  // <known-answers>
  it("utf8 holds split sequences", () => {
    expect((() => { const d = new StringDecoder("utf8"); const out = [[226],[130],[172,65]].map((c) => d.write(Buffer.from(c))); out.push(d.end()); return out; })()).toEqual(["", "", "€A", ""]);
    expect((() => { const d = new StringDecoder("utf8"); const out = [[240],[159],[152],[128]].map((c) => d.write(Buffer.from(c))); out.push(d.end()); return out; })()).toEqual(["", "", "", "😀", ""]);
    expect((() => { const d = new StringDecoder("utf8"); const out = [[240,159],[65]].map((c) => d.write(Buffer.from(c))); out.push(d.end()); return out; })()).toEqual(["", "�A", ""]);
    expect((() => { const d = new StringDecoder("utf8"); const out = [[226],[65,66]].map((c) => d.write(Buffer.from(c))); out.push(d.end()); return out; })()).toEqual(["", "�AB", ""]);
    expect((() => { const d = new StringDecoder("utf8"); const out = [[195]].map((c) => d.write(Buffer.from(c))); out.push(d.end()); return out; })()).toEqual(["", "�"]);
    expect((() => { const d = new StringDecoder("utf8"); const out = [[237,160],[128]].map((c) => d.write(Buffer.from(c))); out.push(d.end()); return out; })()).toEqual(["", "���", ""]);
    expect((() => { const d = new StringDecoder("utf8"); const out = [[255,65,192]].map((c) => d.write(Buffer.from(c))); out.push(d.end()); return out; })()).toEqual(["�A", "�"]);
    expect((() => { const d = new StringDecoder("utf8"); const out = [[240,159,152]].map((c) => d.write(Buffer.from(c))); out.push(d.end()); return out; })()).toEqual(["", "�"]);
    expect((() => { const d = new StringDecoder("utf8"); const out = [[226,130],[172,226]].map((c) => d.write(Buffer.from(c))); out.push(d.end()); return out; })()).toEqual(["", "€", "�"]);
    expect((() => { const d = new StringDecoder("utf8"); const out = [[104,105],[],[195,169]].map((c) => d.write(Buffer.from(c))); out.push(d.end()); return out; })()).toEqual(["hi", "", "é", ""]);
    expect((() => { const d = new StringDecoder("utf-8"); const out = [[226,130,172]].map((c) => d.write(Buffer.from(c))); out.push(d.end()); return out; })()).toEqual(["€", ""]);
  });
  it("utf16le, base64, hex, latin1, ascii", () => {
    expect((() => { const d = new StringDecoder("utf16le"); const out = [[61,216]].map((c) => d.write(Buffer.from(c))); out.push(d.end()); return out; })()).toEqual(["", "\ud83d"]);
    expect((() => { const d = new StringDecoder("utf16le"); const out = [[65,0,66]].map((c) => d.write(Buffer.from(c))); out.push(d.end()); return out; })()).toEqual(["A", ""]);
    expect((() => { const d = new StringDecoder("utf16le"); const out = [[61,216],[65,0]].map((c) => d.write(Buffer.from(c))); out.push(d.end()); return out; })()).toEqual(["", "\ud83dA", ""]);
    expect((() => { const d = new StringDecoder("utf16le"); const out = [[61,216],[0,222,65]].map((c) => d.write(Buffer.from(c))); out.push(d.end()); return out; })()).toEqual(["", "😀", ""]);
    expect((() => { const d = new StringDecoder("ucs2"); const out = [[65],[0]].map((c) => d.write(Buffer.from(c))); out.push(d.end()); return out; })()).toEqual(["", "A", ""]);
    expect((() => { const d = new StringDecoder("base64"); const out = [[1],[2,3,4],[5]].map((c) => d.write(Buffer.from(c))); out.push(d.end()); return out; })()).toEqual(["", "AQID", "", "BAU="]);
    expect((() => { const d = new StringDecoder("base64"); const out = [[1,2,3]].map((c) => d.write(Buffer.from(c))); out.push(d.end()); return out; })()).toEqual(["AQID", ""]);
    expect((() => { const d = new StringDecoder("base64url"); const out = [[251],[255]].map((c) => d.write(Buffer.from(c))); out.push(d.end()); return out; })()).toEqual(["", "", "-_8"]);
    expect((() => { const d = new StringDecoder("hex"); const out = [[1,171],[255]].map((c) => d.write(Buffer.from(c))); out.push(d.end()); return out; })()).toEqual(["01ab", "ff", ""]);
    expect((() => { const d = new StringDecoder("latin1"); const out = [[233,65]].map((c) => d.write(Buffer.from(c))); out.push(d.end()); return out; })()).toEqual(["éA", ""]);
    expect((() => { const d = new StringDecoder("binary"); const out = [[233]].map((c) => d.write(Buffer.from(c))); out.push(d.end()); return out; })()).toEqual(["é", ""]);
    expect((() => { const d = new StringDecoder("ascii"); const out = [[233]].map((c) => d.write(Buffer.from(c))); out.push(d.end()); return out; })()).toEqual(["i", ""]);
  });
  it("construction, strings, end(buf) and errors", () => {
    expect(new StringDecoder().encoding).toEqual("utf8");
    expect(new StringDecoder('UCS2').encoding).toEqual("utf16le");
    expect(new StringDecoder('binary').encoding).toEqual("latin1");
    expect(new StringDecoder('UTF-16LE').encoding).toEqual("utf16le");
    expect(thrown(() => new StringDecoder('foo'))).toEqual({"threw":"TypeError","code":"ERR_UNKNOWN_ENCODING","message":"Unknown encoding: foo"});
    expect(thrown(() => new StringDecoder().write(5))).toEqual({"threw":"TypeError","code":"ERR_INVALID_ARG_TYPE","message":"The \"buf\" argument must be an instance of Buffer, TypedArray, or DataView. Received type number (5)"});
    expect(new StringDecoder().write('abc')).toEqual("abc");
    expect((() => { const d = new StringDecoder(); d.write(Buffer.from([0xe2, 0x82])); return d.end(Buffer.from([0xac])); })()).toEqual("€");
    expect((() => { const d = new StringDecoder(); d.write(Buffer.from([0xe2])); return [d.end(), d.write(Buffer.from([0x41]))]; })()).toEqual(["�", "A"]);
    expect(new StringDecoder().write(new Uint8Array([0xc3, 0xa9]))).toEqual("é");
    expect(new StringDecoder('hex').write(new Uint16Array([0x0102]))).toEqual("0201");
    expect(new StringDecoder().end()).toEqual("");
  });
  // </known-answers>
});

describe('StringDecoder', () => {
  it('reassembles a text written one byte at a time', () => {
    const source = 'añ€😀z'.repeat(10);
    const bytes = Buffer.from(source);
    const d = new StringDecoder('utf8');
    let out = '';
    for (let i = 0; i < bytes.length; i++) out += d.write(bytes.subarray(i, i + 1));
    expect(out + d.end()).toBe(source);
  });
  it('base64 output of chunks concatenates to the whole encoding', () => {
    const bytes = Buffer.from('any carnal pleasure.');
    const d = new StringDecoder('base64');
    let out = '';
    for (let i = 0; i < bytes.length; i += 4) out += d.write(bytes.subarray(i, i + 4));
    expect(out + d.end()).toBe(bytes.toString('base64'));
  });
});
