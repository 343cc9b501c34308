// Tests for node:querystring against known answers from Node 20: the expect lines between the known-answers markers
// are generated (`node src/test/js/fixtures/known-answers/make.cjs`, cases in querystring.cases.cjs).
const qs = require('node:querystring');
const thrown = require('../fixtures/known-answers/thrown.cjs');
globalThis.qs = qs;

describe('querystring (known answers from Node)', () => {
  // <known-answers>
  it("parse", () => {
    expect(Object.entries(qs.parse("a=1&b=2&a=3&a=4"))).toEqual([["a", ["1", "3", "4"]], ["b", "2"]]);
    expect(Object.entries(qs.parse("foo=bar&baz"))).toEqual([["foo", "bar"], ["baz", ""]]);
    expect(Object.entries(qs.parse("a=1&&b=2&"))).toEqual([["a", "1"], ["b", "2"]]);
    expect(Object.entries(qs.parse("="))).toEqual([["", ""]]);
    expect(Object.entries(qs.parse("=x&y="))).toEqual([["", "x"], ["y", ""]]);
    expect(Object.entries(qs.parse("a=b=c"))).toEqual([["a", "b=c"]]);
    expect(Object.entries(qs.parse("a+b=c+d%20e"))).toEqual([["a b", "c d e"]]);
    expect(Object.entries(qs.parse("%E4%BD%A0=%E5%A5%BD"))).toEqual([["你", "好"]]);
    expect(Object.entries(qs.parse("bad=%zz&trunc=%E4%B8&pct=%"))).toEqual([["bad", "%zz"], ["trunc", "�"], ["pct", "%"]]);
    expect(Object.entries(qs.parse("x=%C0%80&y=%ED%A0%80"))).toEqual([["x", "��"], ["y", "���"]]);
    expect(Object.entries(qs.parse("é=ü"))).toEqual([["é", "ü"]]);
    expect(Object.entries(qs.parse("a:1;b:2", ";", ":"))).toEqual([["a", "1"], ["b", "2"]]);
    expect(Object.entries(qs.parse("a=>1&&b=>2", "&&", "=>"))).toEqual([["a", "1"], ["b", "2"]]);
    expect(Object.entries(qs.parse("a=1&b=2&c=3", null, null, {"maxKeys":2}))).toEqual([["a", "1"], ["b", "2"]]);
    expect(Object.entries(qs.parse("a=1&b=2&c=3", null, null, {"maxKeys":0}))).toEqual([["a", "1"], ["b", "2"], ["c", "3"]]);
    expect(Object.entries(qs.parse("a=1&b=2&c=3", null, null, {"maxKeys":-1}))).toEqual([["a", "1"], ["b", "2"], ["c", "3"]]);
    expect(Object.entries(qs.parse("__proto__=1&constructor=2&hasOwnProperty=3"))).toEqual([["__proto__", "1"], ["constructor", "2"], ["hasOwnProperty", "3"]]);
    expect(Object.entries(qs.parse(""))).toEqual([]);
    expect(Object.entries(qs.parse(5))).toEqual([]);
    expect(Object.getPrototypeOf(qs.parse('a=1')) === null).toEqual(true);
    expect(Object.entries(qs.parse('a=%41+b', null, null, { decodeURIComponent: (s) => s.toUpperCase() }))).toEqual([["A", "%41%20B"]]);
    expect(Object.entries(qs.parse('a=%41', null, null, { decodeURIComponent: () => { throw new Error('no'); } }))).toEqual([["a", "A"]]);
    expect(Object.entries(qs.decode('x=1&x=2'))).toEqual([["x", ["1", "2"]]]);
  });
  it("stringify", () => {
    expect(qs.stringify({ a: 1, b: 'two', c: [3, 'four'], d: true, e: null, f: undefined, g: {}, h: NaN })).toEqual("a=1&b=two&c=3&c=four&d=true&e=&f=&g=&h=");
    expect(qs.stringify({ 'a b': 'c&d=e', ü: '你好', star: "*-_.!~'()" })).toEqual("a%20b=c%26d%3De&%C3%BC=%E4%BD%A0%E5%A5%BD&star=*-_.!~'()");
    expect(qs.stringify({ big: 1e21, neg: -0, n: 12.5, i: BigInt(10) })).toEqual("big=1e%2B21&neg=0&n=12.5&i=10");
    expect(qs.stringify({ empty: [], one: [''], k: '' })).toEqual("one=&k=");
    expect(qs.stringify({ a: 1, b: 2 }, ';', ':')).toEqual("a:1;b:2");
    expect(qs.stringify({ a: 'x y' }, null, null, { encodeURIComponent: (s) => '<' + s + '>' })).toEqual("<a>=<x y>");
    expect(qs.stringify({ a: 1e21, b: true }, null, null, { encodeURIComponent: (s) => '<' + s + '>' })).toEqual("<a>=<1e+21>&<b>=<true>");
    expect(qs.stringify('abc')).toEqual("");
    expect(qs.stringify(null)).toEqual("");
    expect(qs.stringify([1, 2])).toEqual("0=1&1=2");
    expect(qs.encode({ x: [1, 2] })).toEqual("x=1&x=2");
    expect(thrown(() => qs.stringify({ lone: '\ud800' }))).toEqual({"threw":"URIError","code":"ERR_INVALID_URI","message":"URI malformed"});
  });
  it("escape and unescape", () => {
    expect(qs.escape('a b&c=d/é你')).toEqual("a%20b%26c%3Dd%2F%C3%A9%E4%BD%A0");
    expect(qs.escape("-_.!~*'()")).toEqual("-_.!~*'()");
    expect(qs.escape(123)).toEqual("123");
    expect(qs.escape({ toString() { return 'x y'; } })).toEqual("x%20y");
    expect(thrown(() => qs.escape('\udc00'))).toEqual({"threw":"URIError","code":"ERR_INVALID_URI","message":"URI malformed"});
    expect(qs.unescape('a%20b+c')).toEqual("a b+c");
    expect(qs.unescape('a%20b+c', true)).toEqual("a b+c");
    expect(qs.unescape('%zz%4')).toEqual("%zz%4");
    expect(qs.unescape('%E4%B8+x', true)).toEqual("� x");
    expect(qs.unescape('é%41%')).toEqual("�A%");
    expect([...qs.unescapeBuffer('%41%42c+d', true)]).toEqual([65, 66, 99, 32, 100]);
    expect([...qs.unescapeBuffer('%4g%')]).toEqual([37, 52, 103, 37]);
    expect([...qs.unescapeBuffer('é')]).toEqual([233]);
  });
  // </known-answers>
});

describe('querystring', () => {
  it('is the same module under both names, decode/encode are parse/stringify', () => {
    expect(require('querystring')).toBe(qs);
    expect(qs.decode).toBe(qs.parse);
    expect(qs.encode).toBe(qs.stringify);
  });
  it('uses a replaced qs.escape / qs.unescape, as Node does', () => {
    const escape = qs.escape;
    qs.escape = (s) => `[${s}]`;
    try {
      expect(qs.stringify({ a: 'b' })).toBe('[a]=[b]');
    } finally {
      qs.escape = escape;
    }
  });
  it('round-trips what it stringifies', () => {
    const value = { name: 'José & co', tags: ['a=b', 'c d', '你好'], empty: '' };
    expect({ ...qs.parse(qs.stringify(value)) }).toEqual(value);
  });
});
