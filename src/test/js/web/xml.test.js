// llrt:xml must give what the AWS SDK's own parseXML (@aws-sdk/xml-builder 3.972.43) gives: every expected
// value below was printed by that package under Node 20 on this machine (JSON, so key order counts too).
const { parseXML } = require('llrt:xml');

const CASES = [
  ["<a>text</a>", "{\"a\":\"text\"}"],
  ["<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<ListBucketResult xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\">\n  <Name>bucket</Name>\n  <Prefix></Prefix>\n  <KeyCount>2</KeyCount>\n  <IsTruncated>false</IsTruncated>\n  <Contents>\n    <Key>a.txt</Key>\n    <Size>5</Size>\n    <ETag>&quot;abc&quot;</ETag>\n  </Contents>\n  <Contents>\n    <Key>b &amp; c.txt</Key>\n    <Size>0</Size>\n  </Contents>\n</ListBucketResult>\n", "{\"ListBucketResult\":{\"Name\":\"bucket\",\"Prefix\":\"\",\"KeyCount\":\"2\",\"IsTruncated\":\"false\",\"Contents\":[{\"Key\":\"a.txt\",\"Size\":\"5\",\"ETag\":\"\\\"abc\\\"\"},{\"Key\":\"b & c.txt\",\"Size\":\"0\"}],\"xmlns\":\"http://s3.amazonaws.com/doc/2006-03-01/\"}}"],
  ["<a x=\"1\" y='2'/>", "{\"a\":{\"x\":\"1\",\"y\":\"2\"}}"],
  ["<a/>", "{\"a\":\"\"}"],
  ["<a></a>", "{\"a\":\"\"}"],
  ["<a>  </a>", "{\"a\":\"  \"}"],
  ["<a>\n  </a>", "{\"a\":\"\"}"],
  ["<a x=\"1\">t</a>", "{\"a\":{\"#text\":\"t\",\"x\":\"1\"}}"],
  ["<a><b>1</b><c/><b>2</b><b>3</b></a>", "{\"a\":{\"b\":[\"1\",\"2\",\"3\"],\"c\":\"\"}}"],
  ["<a>one<b/>two</a>", "{\"a\":{\"#text\":\"onetwo\",\"b\":\"\"}}"],
  ["<a>\n <b>x</b>\n tail</a>", "{\"a\":{\"#text\":\"\\n tail\",\"b\":\"x\"}}"],
  ["<a><![CDATA[<not> &amp; parsed]]></a>", "{\"a\":\"<not> &amp; parsed\"}"],
  ["<a>x<!-- c -->y<?pi?>z</a>", "{\"a\":\"xyz\"}"],
  ["<!-- lead --><!DOCTYPE a [ <!ENTITY e \"v\"> ]>\n<a>&e;&#65;&#x42;&#x1F600;&unknown;&amp</a>", "{\"a\":\"AB\uf600&amp\"}"],
  ["<a>line1\r\nline2\rline3</a>", "{\"a\":\"line1\\nline2\\nline3\"}"],
  ["<a b=\"&lt;&gt;&apos;&quot;\"><b b=\"child\">x</b></a>", "{\"a\":{\"b\":\"<>'\\\"\"}}"],
  ["<a><toString>t</toString><constructor>c</constructor></a>", "{\"a\":{\"toString\":[null,\"t\"],\"constructor\":[null,\"c\"]}}"],
  ["<a><__proto__>x</__proto__><__proto__>y</__proto__></a>", "{\"a\":{\"__proto__\":[null,\"y\"]}}"],
  ["<Error><Code>NoSuchKey</Code><Message>The resource you requested does not exist</Message><Resource>/b/k</Resource><RequestId>1</RequestId></Error>", "{\"Error\":{\"Code\":\"NoSuchKey\",\"Message\":\"The resource you requested does not exist\",\"Resource\":\"/b/k\",\"RequestId\":\"1\"}}"],
  ["<a\n  x = \"1\"\n>v</a>", "{\"a\":{\"#text\":\"v\",\"x\":\"1\"}}"],
  ["<a>\u00a0\n</a>", "{\"a\":\"\"}"],
  ["<a x=\"1\" b>v</a>", "{\"a\":{\"#text\":\"v\",\"x\":\"1\"}}"],
  ["<ns:a xmlns:ns=\"u\"><ns:b>1</ns:b></ns:a>", "{\"ns:a\":{\"ns:b\":\"1\",\"xmlns:ns\":\"u\"}}"],
];
const ERRORS = [
  ["", "@aws-sdk XML parse error: no root element."],
  ["   ", "@aws-sdk XML parse error: no root element."],
  ["text", "@aws-sdk XML parse error: unexpected content."],
  ["<a>", "@aws-sdk XML parse error: missing closing tag </a>."],
  ["<a></b>", "@aws-sdk XML parse error: mismatched tags <a> and </b>."],
  ["<a", "@aws-sdk XML parse error: unexpected end of input."],
  ["<a/ >", "@aws-sdk XML parse error: expected > at the end of self-closing tag."],
  ["<a x=\"1\"", "@aws-sdk XML parse error: unexpected end of input."],
  ["<!DOCTYPE a [", "@aws-sdk XML parse error: unclosed DOCTYPE."],
  ["<a><!-- x</a>", "@aws-sdk XML parse error: expected \"-->\" not found."],
  ["<a x=\"1\" ?>", "@aws-sdk XML parse error: expected > at the end of opening tag."],
  ["<?xml", "@aws-sdk XML parse error: expected \"?>\" not found."],
];

describe('llrt:xml parseXML', () => {
  CASES.forEach(([xml, expected], n) => {
    it('case ' + n + ': ' + JSON.stringify(xml.slice(0, 40)), () => {
      expect(JSON.stringify(parseXML(xml))).toBe(expected);
    });
  });
  ERRORS.forEach(([xml, message]) => {
    it('rejects ' + JSON.stringify(xml), () => {
      expect(() => parseXML(xml)).toThrow(message);
    });
  });
  it('keeps "__proto__" an own key and the prototype untouched', () => {
    let doc = parseXML('<a><__proto__>x</__proto__></a>');
    expect(Object.getPrototypeOf(doc.a)).toBe(Object.prototype);
    expect(Object.getOwnPropertyNames(doc.a)).toEqual(['__proto__']);
    let root = parseXML('<__proto__ a="1"/>');
    expect(Object.getPrototypeOf(root)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(root, '__proto__').value).toEqual({ a: '1' });
  });
  it('repeated elements become one array, in document order', () => {
    let doc = parseXML('<r>' + Array.from({ length: 1000 }, (_, i) => '<K>' + i + '</K>').join('') + '</r>');
    expect(Array.isArray(doc.r.K)).toBe(true);
    expect(doc.r.K.length).toBe(1000);
    expect(doc.r.K[999]).toBe('999');
  });
  it('wants a string', () => {
    expect(() => parseXML(42)).toThrow(TypeError);
  });
});
