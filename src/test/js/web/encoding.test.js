// Tests for the global TextEncoder/TextDecoder (encoding.js). The known-answer expectations were printed
// by Node 20 for the same expressions (between the known-answers markers; regenerate with
// `node src/test/js/fixtures/known-answers/make.cjs`, cases in encoding.cases.cjs), except windows-1252's 0x80..0x9F (see the last test).
const thrown = require('../fixtures/known-answers/thrown.cjs');

describe('TextEncoder and TextDecoder (Node known answers)', () => {
  // <known-answers>
  it("TextEncoder", () => {
    expect(new TextEncoder().encoding).toEqual("utf-8");
    expect(Array.from(new TextEncoder().encode('hé€😀'))).toEqual([104, 195, 169, 226, 130, 172, 240, 159, 152, 128]);
    expect(Array.from(new TextEncoder().encode('\ud800a\udfff'))).toEqual([239, 191, 189, 97, 239, 191, 189]);
    expect(Array.from(new TextEncoder().encode())).toEqual([]);
    expect(Array.from(new TextEncoder().encode(12))).toEqual([49, 50]);
    expect(Object.prototype.toString.call(new TextEncoder().encode('a'))).toEqual("[object Uint8Array]");
    expect(Object.getPrototypeOf(new TextEncoder().encode('a')) === Uint8Array.prototype).toEqual(true);
    expect((() => { const d = new Uint8Array(5); const r = new TextEncoder().encodeInto('a€😀', d); return [r.read, r.written, Array.from(d)]; })()).toEqual([2, 4, [97, 226, 130, 172, 0]]);
    expect((() => { const d = new Uint8Array(8); const r = new TextEncoder().encodeInto('a€😀', d); return [r.read, r.written, Array.from(d)]; })()).toEqual([4, 8, [97, 226, 130, 172, 240, 159, 152, 128]]);
    expect((() => { const d = new Uint8Array(2); const r = new TextEncoder().encodeInto('\ud800', d); return [r.read, r.written]; })()).toEqual([0, 0]);
    expect((() => { const d = new Uint8Array(4); const r = new TextEncoder().encodeInto('abc', d.subarray(1)); return [r.read, r.written, Array.from(d)]; })()).toEqual([3, 3, [0, 97, 98, 99]]);
  });
  it("TextDecoder labels and options", () => {
    expect(new TextDecoder().encoding).toEqual("utf-8");
    expect(new TextDecoder('UTF8').encoding).toEqual("utf-8");
    expect(new TextDecoder(' unicode-1-1-utf-8 ').encoding).toEqual("utf-8");
    expect(new TextDecoder('utf-16').encoding).toEqual("utf-16le");
    expect(new TextDecoder('ucs-2').encoding).toEqual("utf-16le");
    expect(new TextDecoder('utf-16be').encoding).toEqual("utf-16be");
    expect(new TextDecoder('latin1').encoding).toEqual("windows-1252");
    expect(new TextDecoder('ascii').encoding).toEqual("windows-1252");
    expect(new TextDecoder('iso-8859-1').encoding).toEqual("windows-1252");
    expect(new TextDecoder('us-ascii').encoding).toEqual("windows-1252");
    expect(new TextDecoder().fatal).toEqual(false);
    expect(new TextDecoder('utf-8', { fatal: true }).fatal).toEqual(true);
    expect(new TextDecoder().ignoreBOM).toEqual(false);
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).ignoreBOM).toEqual(true);
    expect(thrown(() => new TextDecoder('foo'))).toEqual({"threw":"RangeError","code":"ERR_ENCODING_NOT_SUPPORTED","message":"The \"foo\" encoding is not supported"});
    expect(thrown(() => new TextDecoder('utf-32'))).toEqual({"threw":"RangeError","code":"ERR_ENCODING_NOT_SUPPORTED","message":"The \"utf-32\" encoding is not supported"});
  });
  it("utf-8 decoding", () => {
    expect(new TextDecoder().decode(new Uint8Array([0xe2, 0x82, 0xac, 0x41]))).toEqual("€A");
    expect(new TextDecoder().decode(new Uint8Array([0xf0, 0x9f, 0x98, 0x80, 0xe2, 0x82, 0x41, 0xc0, 0x80, 0xed, 0xa0, 0x80, 0xf4, 0x90, 0x80, 0x80, 0xff, 0xe2]))).toEqual("😀�A�����������");
    expect(new TextDecoder().decode(new Uint8Array([0xe0, 0x80, 0xaf, 0xf0, 0x8f, 0xbf, 0xbf, 0xf8, 0x88]))).toEqual("���������");
    expect(new TextDecoder().decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x41, 0xef, 0xbb, 0xbf]))).toEqual("A﻿");
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x41]))).toEqual("﻿A");
    expect(new TextDecoder().decode(new Uint8Array([0x61, 0x62, 0x63, 0x64]).subarray(1, 3))).toEqual("bc");
    expect(new TextDecoder().decode(new Uint8Array([0x68, 0x69]).buffer)).toEqual("hi");
    expect(new TextDecoder().decode(new DataView(new Uint8Array([0x68, 0x69, 0x6a]).buffer, 1))).toEqual("ij");
    expect(new TextDecoder().decode(new Uint16Array([0x6968]))).toEqual("hi");
    expect(new TextDecoder().decode()).toEqual("");
    expect(thrown(() => new TextDecoder().decode('abc'))).toEqual({"threw":"TypeError","code":"ERR_INVALID_ARG_TYPE","message":"The \"list\" argument must be an instance of SharedArrayBuffer, ArrayBuffer or ArrayBufferView."});
    expect(thrown(() => new TextDecoder('utf-8', { fatal: true }).decode(new Uint8Array([0xff])))).toEqual({"threw":"TypeError","code":"ERR_ENCODING_INVALID_ENCODED_DATA","message":"The encoded data was not valid for encoding utf-8"});
    expect(thrown(() => new TextDecoder('utf-8', { fatal: true }).decode(new Uint8Array([0xe2, 0x82])))).toEqual({"threw":"TypeError","code":"ERR_ENCODING_INVALID_ENCODED_DATA","message":"The encoded data was not valid for encoding utf-8"});
    expect(new TextDecoder('utf-8', { fatal: true }).decode(new Uint8Array([0xe2, 0x82, 0xac]))).toEqual("€");
  });
  it("streaming across chunks", () => {
    expect((() => { const d = new TextDecoder(); return [d.decode(new Uint8Array([0xf0, 0x9f]), { stream: true }), d.decode(new Uint8Array([0x98]), { stream: true }), d.decode(new Uint8Array([0x80, 0x41]), { stream: true }), d.decode()]; })()).toEqual(["", "", "😀A", ""]);
    expect((() => { const d = new TextDecoder(); return [d.decode(new Uint8Array([0xe2, 0x82]), { stream: true }), d.decode(new Uint8Array([0x41]), { stream: true }), d.decode(new Uint8Array([0xe2]), { stream: true }), d.decode()]; })()).toEqual(["", "�A", "", "�"]);
    expect((() => { const d = new TextDecoder(); return [d.decode(new Uint8Array([0xef, 0xbb]), { stream: true }), d.decode(new Uint8Array([0xbf, 0xef, 0xbb, 0xbf]), { stream: true }), d.decode()]; })()).toEqual(["", "﻿", ""]);
    expect((() => { const d = new TextDecoder(); return [d.decode(new Uint8Array([0xe2]), { stream: true }), d.decode(new Uint8Array([0x82, 0xac]))]; })()).toEqual(["", "€"]);
    expect((() => { const d = new TextDecoder(); d.decode(new Uint8Array([0xe2]), { stream: true }); return d.decode(new Uint8Array([0x41])); })()).toEqual("�A");
    expect((() => { const d = new TextDecoder(); d.decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x41]), { stream: true }); return d.decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x42])); })()).toEqual("﻿B");
    expect((() => { const d = new TextDecoder('utf-8', { fatal: true }); d.decode(new Uint8Array([0xe2]), { stream: true }); try { d.decode(new Uint8Array([0x41])); return 'no throw'; } catch (e) { return [e.code, d.decode(new Uint8Array([0x42]))]; } })()).toEqual(["ERR_ENCODING_INVALID_ENCODED_DATA", "B"]);
  });
  it("utf-16 and windows-1252", () => {
    expect(new TextDecoder('utf-16le').decode(new Uint8Array([0x41, 0, 0x3d, 0xd8, 0x00, 0xde]))).toEqual("A😀");
    expect(new TextDecoder('utf-16le').decode(new Uint8Array([0xff, 0xfe, 0x41, 0]))).toEqual("A");
    expect(new TextDecoder('utf-16le').decode(new Uint8Array([0x41, 0, 0x3d, 0xd8, 0x42, 0]))).toEqual("A�B");
    expect(new TextDecoder('utf-16le').decode(new Uint8Array([0x00, 0xdc, 0x41]))).toEqual("��");
    expect(new TextDecoder('utf-16be').decode(new Uint8Array([0, 0x41, 0xd8, 0x3d, 0xde, 0x00]))).toEqual("A😀");
    expect((() => { const d = new TextDecoder('utf-16le'); return [d.decode(new Uint8Array([0x3d]), { stream: true }), d.decode(new Uint8Array([0xd8]), { stream: true }), d.decode(new Uint8Array([0x00, 0xde]))]; })()).toEqual(["", "", "😀"]);
    expect((() => { const d = new TextDecoder('utf-16le'); return [d.decode(new Uint8Array([0x3d, 0xd8]), { stream: true }), d.decode(new Uint8Array([0x41, 0x00]))]; })()).toEqual(["", "�A"]);
    expect(thrown(() => new TextDecoder('utf-16le', { fatal: true }).decode(new Uint8Array([0x00, 0xdc])))).toEqual({"threw":"TypeError","code":"ERR_ENCODING_INVALID_ENCODED_DATA","message":"The encoded data was not valid for encoding utf-16le"});
    expect(new TextDecoder('latin1').decode(new Uint8Array([0x41, 0xe9, 0xff]))).toEqual("Aéÿ");
  });
  it("util exports them", () => {
    expect(require('util').TextEncoder === TextEncoder).toEqual(true);
    expect(require('util').TextDecoder === TextDecoder).toEqual(true);
    expect(Object.prototype.toString.call(new TextDecoder())).toEqual("[object TextDecoder]");
    expect(Object.prototype.toString.call(new TextEncoder())).toEqual("[object TextEncoder]");
  });
  // </known-answers>
});

describe('TextDecoder behaviour beyond Node 20', () => {
  it('windows-1252 maps 0x80..0x9F as the WHATWG table does (Node 20 decodes them as latin1)', () => {
    const text = new TextDecoder('latin1').decode(new Uint8Array([0x80, 0x81, 0x8a, 0x9f, 0xa0]));
    expect(Array.from(text, (c) => c.charCodeAt(0))).toEqual([0x20ac, 0x81, 0x160, 0x178, 0xa0]);
  });
  it('decodes a long mixed text split at every byte boundary', () => {
    const source = 'añ€😀z'.repeat(20);
    const bytes = new TextEncoder().encode(source);
    for (let cut = 1; cut < 12; cut++) {
      let d = new TextDecoder();
      let out = '';
      for (let i = 0; i < bytes.length; i += cut) out += d.decode(bytes.subarray(i, i + cut), { stream: true });
      out += d.decode();
      expect(out).toBe(source);
    }
  });
  it('the globals load lazily and are writable', () => {
    const desc = Object.getOwnPropertyDescriptor(globalThis, 'TextEncoder');
    expect(desc.enumerable).toBe(false);
    expect(typeof TextEncoder).toBe('function');
  });
  it('inspects as Node prints it', () => {
    expect(require('util').inspect(new TextDecoder())).toBe("TextDecoder { encoding: 'utf-8', fatal: false, ignoreBOM: false }");
  });
});
