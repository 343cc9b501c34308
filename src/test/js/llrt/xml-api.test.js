// LLRT's llrt:xml API (its API.md): XMLParser, XmlNode, XmlText, as LLRT's own suite describes their behaviour;
// the SDK's parseXML of the same module is tested in web/xml.test.js.
const { XMLParser, XmlNode, XmlText, parseXML } = require('llrt:xml');

describe('llrt:xml XMLParser', () => {
  it('turns text-only elements into strings, attributes ignored by default', () => {
    expect(new XMLParser().parse('<root><person occupation="programmer">John</person></root>'))
      .toEqual({ root: { person: 'John' } });
  });
  it('keeps attributes with a prefix ("@_" by default) and the text under textNodeName', () => {
    const p = new XMLParser({ ignoreAttributes: false });
    expect(p.parse('<root><person first="John" /></root>')).toEqual({ root: { person: { '@_first': 'John' } } });
    expect(p.parse('<r><p n="J">Dev</p><p n="A">Des</p></r>'))
      .toEqual({ r: { p: [{ '@_n': 'J', '#text': 'Dev' }, { '@_n': 'A', '#text': 'Des' }] } });
    const custom = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '#', textNodeName: 'name' });
    expect(custom.parse('<r><p a="x">J</p></r>')).toEqual({ r: { p: { '#a': 'x', name: 'J' } } });
  });
  it('repeated siblings become arrays, mixed shapes side by side; empty elements are ""', () => {
    const p = new XMLParser({ ignoreAttributes: false });
    expect(p.parse('<r><p>John</p><p>Alice</p><g>Devs</g></r>')).toEqual({ r: { p: ['John', 'Alice'], g: 'Devs' } });
    expect(p.parse('<r><p>John</p><p role="D">Alice</p></r>')).toEqual({ r: { p: ['John', { '@_role': 'D', '#text': 'Alice' }] } });
    expect(p.parse('<d><a></a><b></b><c/></d>')).toEqual({ d: { a: '', b: '', c: '' } });
  });
  it('runs the value processors, decodes entities and CDATA, skips the prolog', () => {
    const p = new XMLParser({
      ignoreAttributes: false,
      attributeValueProcessor: (name, v) => v.toUpperCase(),
      tagValueProcessor: (name, v) => (name === 'x' ? v + '!' : undefined),
    });
    expect(p.parse('<?xml version="1.0"?><!-- c --><r a="b"><x><![CDATA[<hi>]]></x><y>&quot;q&quot; &amp; &#10;z &#x41;</y></r>'))
      .toEqual({ r: { '@_a': 'B', x: '<hi>!', y: '"q" & \nz A' } });
    const withEntity = new XMLParser();
    withEntity.addEntity('nbsp', '\u00a0');
    expect(withEntity.parse('<a>x&nbsp;y</a>')).toEqual({ a: 'x\u00a0y' });
  });
  it('an element named __proto__ is an own key, not a prototype change', () => {
    const out = new XMLParser().parse('<r><__proto__><polluted>yes</polluted></__proto__></r>');
    expect(Object.getPrototypeOf(out.r)).toBe(Object.prototype);
    expect(out.r.polluted).toBe(undefined);
    expect(({}).polluted).toBe(undefined);
  });
  it('malformed XML is a SyntaxError, a non-string a TypeError', () => {
    expect(() => new XMLParser().parse('<a><b></a>')).toThrow(SyntaxError);
    expect(() => new XMLParser().parse('<a>')).toThrow(SyntaxError);
    expect(() => new XMLParser().parse(42)).toThrow(TypeError);
  });
});

describe('llrt:xml XmlNode and XmlText', () => {
  it('escapes text and prints empty nodes as <name/>', () => {
    expect(new XmlText('<john>doe</john>').toString()).toBe('&lt;john&gt;doe&lt;/john&gt;');
    expect(new XmlNode('data').toString()).toBe('<data/>');
    expect(new XmlNode('data', ['example']).toString()).toBe('<data>example</data>');
  });
  it('nests children, renames with withName, adds and removes attributes', () => {
    const root = new XmlNode('root', ['example']);
    const a = XmlNode.of('e1', 'foo').withName('expression');
    const b = XmlNode.of('e2', 'bar').withName('expression');
    root.addChildNode(a);
    a.addChildNode(b);
    expect(root.toString()).toBe('<root>example<expression>foo<expression>bar</expression></expression></root>');
    const attrs = XmlNode.of('root').addAttribute('k', 'a"<&').addAttribute('k2', 'v').addAttribute('k3', 'x').removeAttribute('k3');
    expect(attrs.toString()).toBe('<root k="a&quot;&lt;&amp;" k2="v"/>');
  });
  it("parseXML (the SDK's parser) is still there", () => {
    expect(typeof parseXML).toBe('function');
    expect(parseXML('<a><b>1</b></a>')).toEqual({ a: { b: '1' } });
  });
});
