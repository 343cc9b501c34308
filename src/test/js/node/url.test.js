// node:url: legacy parse/format/resolve, file URL helpers, domainToASCII/Unicode. Tables generated with Node
// (url.parse/format/resolve/domainTo* of the same inputs) and pasted; Rhino-safe syntax.
const url = require('node:url');

// [input, parse(input), parse(input, true) (query as a plain object here), parse(input, false, true)]: Node v20.20.2
const LEGACY = [
  ["http://user:pass@Host.COM:8080/p/a/t/h?query=string#hash",{"protocol":"http:","slashes":true,"auth":"user:pass","host":"host.com:8080","port":"8080","hostname":"host.com","hash":"#hash","search":"?query=string","query":"query=string","pathname":"/p/a/t/h","path":"/p/a/t/h?query=string","href":"http://user:pass@host.com:8080/p/a/t/h?query=string#hash"},{"protocol":"http:","slashes":true,"auth":"user:pass","host":"host.com:8080","port":"8080","hostname":"host.com","hash":"#hash","search":"?query=string","query":{"query":"string"},"pathname":"/p/a/t/h","path":"/p/a/t/h?query=string","href":"http://user:pass@host.com:8080/p/a/t/h?query=string#hash"},{"protocol":"http:","slashes":true,"auth":"user:pass","host":"host.com:8080","port":"8080","hostname":"host.com","hash":"#hash","search":"?query=string","query":"query=string","pathname":"/p/a/t/h","path":"/p/a/t/h?query=string","href":"http://user:pass@host.com:8080/p/a/t/h?query=string#hash"}],
  ["https://example.com",{"protocol":"https:","slashes":true,"auth":null,"host":"example.com","port":null,"hostname":"example.com","hash":null,"search":null,"query":null,"pathname":"/","path":"/","href":"https://example.com/"},{"protocol":"https:","slashes":true,"auth":null,"host":"example.com","port":null,"hostname":"example.com","hash":null,"search":null,"query":{},"pathname":"/","path":"/","href":"https://example.com/"},{"protocol":"https:","slashes":true,"auth":null,"host":"example.com","port":null,"hostname":"example.com","hash":null,"search":null,"query":null,"pathname":"/","path":"/","href":"https://example.com/"}],
  ["http://example.com/a b?c d#e f",{"protocol":"http:","slashes":true,"auth":null,"host":"example.com","port":null,"hostname":"example.com","hash":"#e%20f","search":"?c%20d","query":"c%20d","pathname":"/a%20b","path":"/a%20b?c%20d","href":"http://example.com/a%20b?c%20d#e%20f"},{"protocol":"http:","slashes":true,"auth":null,"host":"example.com","port":null,"hostname":"example.com","hash":"#e%20f","search":"?c%20d","query":{"c d":""},"pathname":"/a%20b","path":"/a%20b?c%20d","href":"http://example.com/a%20b?c%20d#e%20f"},{"protocol":"http:","slashes":true,"auth":null,"host":"example.com","port":null,"hostname":"example.com","hash":"#e%20f","search":"?c%20d","query":"c%20d","pathname":"/a%20b","path":"/a%20b?c%20d","href":"http://example.com/a%20b?c%20d#e%20f"}],
  ["/just/a/path?x=1&x=2&y",{"protocol":null,"slashes":null,"auth":null,"host":null,"port":null,"hostname":null,"hash":null,"search":"?x=1&x=2&y","query":"x=1&x=2&y","pathname":"/just/a/path","path":"/just/a/path?x=1&x=2&y","href":"/just/a/path?x=1&x=2&y"},{"protocol":null,"slashes":null,"auth":null,"host":null,"port":null,"hostname":null,"hash":null,"search":"?x=1&x=2&y","query":{"x":["1","2"],"y":""},"pathname":"/just/a/path","path":"/just/a/path?x=1&x=2&y","href":"/just/a/path?x=1&x=2&y"},{"protocol":null,"slashes":null,"auth":null,"host":null,"port":null,"hostname":null,"hash":null,"search":"?x=1&x=2&y","query":"x=1&x=2&y","pathname":"/just/a/path","path":"/just/a/path?x=1&x=2&y","href":"/just/a/path?x=1&x=2&y"}],
  ["relative/path",{"protocol":null,"slashes":null,"auth":null,"host":null,"port":null,"hostname":null,"hash":null,"search":null,"query":null,"pathname":"relative/path","path":"relative/path","href":"relative/path"},{"protocol":null,"slashes":null,"auth":null,"host":null,"port":null,"hostname":null,"hash":null,"search":null,"query":{},"pathname":"relative/path","path":"relative/path","href":"relative/path"},{"protocol":null,"slashes":null,"auth":null,"host":null,"port":null,"hostname":null,"hash":null,"search":null,"query":null,"pathname":"relative/path","path":"relative/path","href":"relative/path"}],
  ["//host/path",{"protocol":null,"slashes":null,"auth":null,"host":null,"port":null,"hostname":null,"hash":null,"search":null,"query":null,"pathname":"//host/path","path":"//host/path","href":"//host/path"},{"protocol":null,"slashes":null,"auth":null,"host":null,"port":null,"hostname":null,"hash":null,"search":null,"query":{},"pathname":"//host/path","path":"//host/path","href":"//host/path"},{"protocol":null,"slashes":true,"auth":null,"host":"host","port":null,"hostname":"host","hash":null,"search":null,"query":null,"pathname":"/path","path":"/path","href":"//host/path"}],
  ["mailto:someone@example.com",{"protocol":"mailto:","slashes":null,"auth":"someone","host":"example.com","port":null,"hostname":"example.com","hash":null,"search":null,"query":null,"pathname":null,"path":null,"href":"mailto:someone@example.com"},{"protocol":"mailto:","slashes":null,"auth":"someone","host":"example.com","port":null,"hostname":"example.com","hash":null,"search":null,"query":{},"pathname":null,"path":null,"href":"mailto:someone@example.com"},{"protocol":"mailto:","slashes":null,"auth":"someone","host":"example.com","port":null,"hostname":"example.com","hash":null,"search":null,"query":null,"pathname":null,"path":null,"href":"mailto:someone@example.com"}],
  ["javascript:alert(1)",{"protocol":"javascript:","slashes":null,"auth":null,"host":null,"port":null,"hostname":null,"hash":null,"search":null,"query":null,"pathname":"alert(1)","path":"alert(1)","href":"javascript:alert(1)"},{"protocol":"javascript:","slashes":null,"auth":null,"host":null,"port":null,"hostname":null,"hash":null,"search":null,"query":{},"pathname":"alert(1)","path":"alert(1)","href":"javascript:alert(1)"},{"protocol":"javascript:","slashes":null,"auth":null,"host":null,"port":null,"hostname":null,"hash":null,"search":null,"query":null,"pathname":"alert(1)","path":"alert(1)","href":"javascript:alert(1)"}],
  ["file:///etc/hosts",{"protocol":"file:","slashes":true,"auth":null,"host":"","port":null,"hostname":"","hash":null,"search":null,"query":null,"pathname":"/etc/hosts","path":"/etc/hosts","href":"file:///etc/hosts"},{"protocol":"file:","slashes":true,"auth":null,"host":"","port":null,"hostname":"","hash":null,"search":null,"query":{},"pathname":"/etc/hosts","path":"/etc/hosts","href":"file:///etc/hosts"},{"protocol":"file:","slashes":true,"auth":null,"host":"","port":null,"hostname":"","hash":null,"search":null,"query":null,"pathname":"/etc/hosts","path":"/etc/hosts","href":"file:///etc/hosts"}],
  ["HTTP://EXAMPLE.com:/x",{"protocol":"http:","slashes":true,"auth":null,"host":"example.com","port":null,"hostname":"example.com","hash":null,"search":null,"query":null,"pathname":"/x","path":"/x","href":"http://example.com/x"},{"protocol":"http:","slashes":true,"auth":null,"host":"example.com","port":null,"hostname":"example.com","hash":null,"search":null,"query":{},"pathname":"/x","path":"/x","href":"http://example.com/x"},{"protocol":"http:","slashes":true,"auth":null,"host":"example.com","port":null,"hostname":"example.com","hash":null,"search":null,"query":null,"pathname":"/x","path":"/x","href":"http://example.com/x"}],
  ["http://[::1]:3000/x",{"protocol":"http:","slashes":true,"auth":null,"host":"[::1]:3000","port":"3000","hostname":"::1","hash":null,"search":null,"query":null,"pathname":"/x","path":"/x","href":"http://[::1]:3000/x"},{"protocol":"http:","slashes":true,"auth":null,"host":"[::1]:3000","port":"3000","hostname":"::1","hash":null,"search":null,"query":{},"pathname":"/x","path":"/x","href":"http://[::1]:3000/x"},{"protocol":"http:","slashes":true,"auth":null,"host":"[::1]:3000","port":"3000","hostname":"::1","hash":null,"search":null,"query":null,"pathname":"/x","path":"/x","href":"http://[::1]:3000/x"}],
  ["http://a@b@c/",{"protocol":"http:","slashes":true,"auth":"a@b","host":"c","port":null,"hostname":"c","hash":null,"search":null,"query":null,"pathname":"/","path":"/","href":"http://a%40b@c/"},{"protocol":"http:","slashes":true,"auth":"a@b","host":"c","port":null,"hostname":"c","hash":null,"search":null,"query":{},"pathname":"/","path":"/","href":"http://a%40b@c/"},{"protocol":"http:","slashes":true,"auth":"a@b","host":"c","port":null,"hostname":"c","hash":null,"search":null,"query":null,"pathname":"/","path":"/","href":"http://a%40b@c/"}],
  ["http://ex ample.com/",{"protocol":"http:","slashes":true,"auth":null,"host":"ex","port":null,"hostname":"ex","hash":null,"search":null,"query":null,"pathname":"%20ample.com/","path":"%20ample.com/","href":"http://ex/%20ample.com/"},{"protocol":"http:","slashes":true,"auth":null,"host":"ex","port":null,"hostname":"ex","hash":null,"search":null,"query":{},"pathname":"%20ample.com/","path":"%20ample.com/","href":"http://ex/%20ample.com/"},{"protocol":"http:","slashes":true,"auth":null,"host":"ex","port":null,"hostname":"ex","hash":null,"search":null,"query":null,"pathname":"%20ample.com/","path":"%20ample.com/","href":"http://ex/%20ample.com/"}],
  ["http://münchen.de/",{"protocol":"http:","slashes":true,"auth":null,"host":"xn--mnchen-3ya.de","port":null,"hostname":"xn--mnchen-3ya.de","hash":null,"search":null,"query":null,"pathname":"/","path":"/","href":"http://xn--mnchen-3ya.de/"},{"protocol":"http:","slashes":true,"auth":null,"host":"xn--mnchen-3ya.de","port":null,"hostname":"xn--mnchen-3ya.de","hash":null,"search":null,"query":{},"pathname":"/","path":"/","href":"http://xn--mnchen-3ya.de/"},{"protocol":"http:","slashes":true,"auth":null,"host":"xn--mnchen-3ya.de","port":null,"hostname":"xn--mnchen-3ya.de","hash":null,"search":null,"query":null,"pathname":"/","path":"/","href":"http://xn--mnchen-3ya.de/"}],
  ["http://x.com/?a=%20b+c",{"protocol":"http:","slashes":true,"auth":null,"host":"x.com","port":null,"hostname":"x.com","hash":null,"search":"?a=%20b+c","query":"a=%20b+c","pathname":"/","path":"/?a=%20b+c","href":"http://x.com/?a=%20b+c"},{"protocol":"http:","slashes":true,"auth":null,"host":"x.com","port":null,"hostname":"x.com","hash":null,"search":"?a=%20b+c","query":{"a":" b c"},"pathname":"/","path":"/?a=%20b+c","href":"http://x.com/?a=%20b+c"},{"protocol":"http:","slashes":true,"auth":null,"host":"x.com","port":null,"hostname":"x.com","hash":null,"search":"?a=%20b+c","query":"a=%20b+c","pathname":"/","path":"/?a=%20b+c","href":"http://x.com/?a=%20b+c"}],
  ["http://x.com#h?q",{"protocol":"http:","slashes":true,"auth":null,"host":"x.com","port":null,"hostname":"x.com","hash":"#h?q","search":null,"query":null,"pathname":"/","path":"/","href":"http://x.com/#h?q"},{"protocol":"http:","slashes":true,"auth":null,"host":"x.com","port":null,"hostname":"x.com","hash":"#h?q","search":null,"query":{},"pathname":"/","path":"/","href":"http://x.com/#h?q"},{"protocol":"http:","slashes":true,"auth":null,"host":"x.com","port":null,"hostname":"x.com","hash":"#h?q","search":null,"query":null,"pathname":"/","path":"/","href":"http://x.com/#h?q"}],
  ["foo:bar",{"protocol":"foo:","slashes":null,"auth":null,"host":"bar","port":null,"hostname":"bar","hash":null,"search":null,"query":null,"pathname":null,"path":null,"href":"foo:bar"},{"protocol":"foo:","slashes":null,"auth":null,"host":"bar","port":null,"hostname":"bar","hash":null,"search":null,"query":{},"pathname":null,"path":null,"href":"foo:bar"},{"protocol":"foo:","slashes":null,"auth":null,"host":"bar","port":null,"hostname":"bar","hash":null,"search":null,"query":null,"pathname":null,"path":null,"href":"foo:bar"}],
  ["foo://bar/baz",{"protocol":"foo:","slashes":true,"auth":null,"host":"bar","port":null,"hostname":"bar","hash":null,"search":null,"query":null,"pathname":"/baz","path":"/baz","href":"foo://bar/baz"},{"protocol":"foo:","slashes":true,"auth":null,"host":"bar","port":null,"hostname":"bar","hash":null,"search":null,"query":{},"pathname":"/baz","path":"/baz","href":"foo://bar/baz"},{"protocol":"foo:","slashes":true,"auth":null,"host":"bar","port":null,"hostname":"bar","hash":null,"search":null,"query":null,"pathname":"/baz","path":"/baz","href":"foo://bar/baz"}],
  ["?q=1",{"protocol":null,"slashes":null,"auth":null,"host":null,"port":null,"hostname":null,"hash":null,"search":"?q=1","query":"q=1","pathname":null,"path":"?q=1","href":"?q=1"},{"protocol":null,"slashes":null,"auth":null,"host":null,"port":null,"hostname":null,"hash":null,"search":"?q=1","query":{"q":"1"},"pathname":null,"path":"?q=1","href":"?q=1"},{"protocol":null,"slashes":null,"auth":null,"host":null,"port":null,"hostname":null,"hash":null,"search":"?q=1","query":"q=1","pathname":null,"path":"?q=1","href":"?q=1"}],
  ["#only",{"protocol":null,"slashes":null,"auth":null,"host":null,"port":null,"hostname":null,"hash":"#only","search":null,"query":null,"pathname":null,"path":null,"href":"#only"},{"protocol":null,"slashes":null,"auth":null,"host":null,"port":null,"hostname":null,"hash":"#only","search":null,"query":{},"pathname":null,"path":null,"href":"#only"},{"protocol":null,"slashes":null,"auth":null,"host":null,"port":null,"hostname":null,"hash":"#only","search":null,"query":null,"pathname":null,"path":null,"href":"#only"}],
  ["http://x.com\\a\\b",{"protocol":"http:","slashes":true,"auth":null,"host":"x.com","port":null,"hostname":"x.com","hash":null,"search":null,"query":null,"pathname":"/a/b","path":"/a/b","href":"http://x.com/a/b"},{"protocol":"http:","slashes":true,"auth":null,"host":"x.com","port":null,"hostname":"x.com","hash":null,"search":null,"query":{},"pathname":"/a/b","path":"/a/b","href":"http://x.com/a/b"},{"protocol":"http:","slashes":true,"auth":null,"host":"x.com","port":null,"hostname":"x.com","hash":null,"search":null,"query":null,"pathname":"/a/b","path":"/a/b","href":"http://x.com/a/b"}],
  ["  http://trim.me/  ",{"protocol":"http:","slashes":true,"auth":null,"host":"trim.me","port":null,"hostname":"trim.me","hash":null,"search":null,"query":null,"pathname":"/","path":"/","href":"http://trim.me/"},{"protocol":"http:","slashes":true,"auth":null,"host":"trim.me","port":null,"hostname":"trim.me","hash":null,"search":null,"query":{},"pathname":"/","path":"/","href":"http://trim.me/"},{"protocol":"http:","slashes":true,"auth":null,"host":"trim.me","port":null,"hostname":"trim.me","hash":null,"search":null,"query":null,"pathname":"/","path":"/","href":"http://trim.me/"}],
  ["http://host.com/p'q{}|^`\"<>",{"protocol":"http:","slashes":true,"auth":null,"host":"host.com","port":null,"hostname":"host.com","hash":null,"search":null,"query":null,"pathname":"/p%27q%7B%7D%7C%5E%60%22%3C%3E","path":"/p%27q%7B%7D%7C%5E%60%22%3C%3E","href":"http://host.com/p%27q%7B%7D%7C%5E%60%22%3C%3E"},{"protocol":"http:","slashes":true,"auth":null,"host":"host.com","port":null,"hostname":"host.com","hash":null,"search":null,"query":{},"pathname":"/p%27q%7B%7D%7C%5E%60%22%3C%3E","path":"/p%27q%7B%7D%7C%5E%60%22%3C%3E","href":"http://host.com/p%27q%7B%7D%7C%5E%60%22%3C%3E"},{"protocol":"http:","slashes":true,"auth":null,"host":"host.com","port":null,"hostname":"host.com","hash":null,"search":null,"query":null,"pathname":"/p%27q%7B%7D%7C%5E%60%22%3C%3E","path":"/p%27q%7B%7D%7C%5E%60%22%3C%3E","href":"http://host.com/p%27q%7B%7D%7C%5E%60%22%3C%3E"}],
  ["http://a.com/p;x=1",{"protocol":"http:","slashes":true,"auth":null,"host":"a.com","port":null,"hostname":"a.com","hash":null,"search":null,"query":null,"pathname":"/p;x=1","path":"/p;x=1","href":"http://a.com/p;x=1"},{"protocol":"http:","slashes":true,"auth":null,"host":"a.com","port":null,"hostname":"a.com","hash":null,"search":null,"query":{},"pathname":"/p;x=1","path":"/p;x=1","href":"http://a.com/p;x=1"},{"protocol":"http:","slashes":true,"auth":null,"host":"a.com","port":null,"hostname":"a.com","hash":null,"search":null,"query":null,"pathname":"/p;x=1","path":"/p;x=1","href":"http://a.com/p;x=1"}],
  ["http://user%40x:p%3Aw@h/",{"protocol":"http:","slashes":true,"auth":"user@x:p:w","host":"h","port":null,"hostname":"h","hash":null,"search":null,"query":null,"pathname":"/","path":"/","href":"http://user%40x:p:w@h/"},{"protocol":"http:","slashes":true,"auth":"user@x:p:w","host":"h","port":null,"hostname":"h","hash":null,"search":null,"query":{},"pathname":"/","path":"/","href":"http://user%40x:p:w@h/"},{"protocol":"http:","slashes":true,"auth":"user@x:p:w","host":"h","port":null,"hostname":"h","hash":null,"search":null,"query":null,"pathname":"/","path":"/","href":"http://user%40x:p:w@h/"}],
  ["sftp://h:22",{"protocol":"sftp:","slashes":true,"auth":null,"host":"h:22","port":"22","hostname":"h","hash":null,"search":null,"query":null,"pathname":null,"path":null,"href":"sftp://h:22"},{"protocol":"sftp:","slashes":true,"auth":null,"host":"h:22","port":"22","hostname":"h","hash":null,"search":null,"query":{},"pathname":null,"path":null,"href":"sftp://h:22"},{"protocol":"sftp:","slashes":true,"auth":null,"host":"h:22","port":"22","hostname":"h","hash":null,"search":null,"query":null,"pathname":null,"path":null,"href":"sftp://h:22"}],
  ["http://h?x",{"protocol":"http:","slashes":true,"auth":null,"host":"h","port":null,"hostname":"h","hash":null,"search":"?x","query":"x","pathname":"/","path":"/?x","href":"http://h/?x"},{"protocol":"http:","slashes":true,"auth":null,"host":"h","port":null,"hostname":"h","hash":null,"search":"?x","query":{"x":""},"pathname":"/","path":"/?x","href":"http://h/?x"},{"protocol":"http:","slashes":true,"auth":null,"host":"h","port":null,"hostname":"h","hash":null,"search":"?x","query":"x","pathname":"/","path":"/?x","href":"http://h/?x"}],
  ["",{"protocol":null,"slashes":null,"auth":null,"host":null,"port":null,"hostname":null,"hash":null,"search":null,"query":null,"pathname":null,"path":null,"href":""},{"protocol":null,"slashes":null,"auth":null,"host":null,"port":null,"hostname":null,"hash":null,"search":null,"query":{},"pathname":null,"path":null,"href":""},{"protocol":null,"slashes":null,"auth":null,"host":null,"port":null,"hostname":null,"hash":null,"search":null,"query":null,"pathname":null,"path":null,"href":""}],
];
// [url object, url.format(object)]: Node v20.20.2
const FORMAT = [
  [{"protocol":"http","host":"h.com","pathname":"/p","search":"?a=1"},"http://h.com/p?a=1"],
  [{"protocol":"https:","hostname":"h","port":8080,"pathname":"p","query":{"a":1,"b":["x","y z"]}},"https://h:8080/p?a=1&b=x&b=y%20z"],
  [{"protocol":"mailto","pathname":"x@y"},"mailto:x@y"],
  [{"protocol":"file","pathname":"/etc"},"file:///etc"],
  [{"hostname":"::1","port":80,"slashes":true},"//[::1]:80"],
  [{"pathname":"/a?b#c","hash":"frag","search":"q#"},"/a%3Fb%23c?q%23#frag"],
  [{"protocol":"http:","auth":"u:p@x","host":"h"},"http://u:p%40x@h"],
  [{"protocol":"foo:","host":"h","pathname":"x"},"foo:hx"],
  [{"protocol":"foo","slashes":true,"host":"h","pathname":"x"},"foo://h/x"],
  [{},""],
];
// [from, to, url.resolve(from, to)]: Node v20.20.2
const RESOLVE = [
  ["/one/two/three","four","/one/two/four"],
  ["http://example.com/","/one","http://example.com/one"],
  ["http://example.com/one","/two","http://example.com/two"],
  ["http://a/b/c/d;p?q","../g","http://a/b/g"],
  ["http://a/b/c","https://other/x","https://other/x"],
  ["http://a/b/c","//h2/p","http://h2/p"],
  ["http://a/b/c","?q","http://a/b/c?q"],
  ["http://a/b/c","#f","http://a/b/c#f"],
  ["a/b","../../c","../c"],
  ["/a/b","","/a/b"],
];
// [domain, domainToASCII, domainToUnicode]: Node v20.20.2
const DOMAINS = [
  ["EXAMPLE.com","example.com","example.com"],
  ["münchen.de","xn--mnchen-3ya.de","münchen.de"],
  ["xn--mnchen-3ya.de","xn--mnchen-3ya.de","münchen.de"],
  ["a b.com","",""],
  ["1.2","1.0.0.2","1.0.0.2"],
  ["xn--iñvalid.com","",""],
  ["日本.jp","xn--wgv71a.jp","日本.jp"],
  ["","",""],
];

const FIELDS = ['protocol', 'slashes', 'auth', 'host', 'port', 'hostname', 'hash', 'search', 'query', 'pathname', 'path', 'href'];
const pick = (u) => {
  const out = {};
  FIELDS.forEach((k) => { out[k] = u[k] !== null && typeof u[k] === 'object' ? JSON.parse(JSON.stringify(u[k])) : u[k]; });
  return out;
};

describe('url.parse (Node 20 table)', () => {
  LEGACY.forEach((row) => {
    it(JSON.stringify(row[0]), () => {
      expect(pick(url.parse(row[0]))).toEqual(row[1]);
      expect(pick(url.parse(row[0], true))).toEqual(row[2]);
      expect(pick(url.parse(row[0], false, true))).toEqual(row[3]);
    });
  });
  it('returns a Url with a null-prototype query object', () => {
    const u = url.parse('http://h/?a=1&a=2', true);
    expect(u instanceof url.Url).toBe(true);
    expect(Object.getPrototypeOf(u.query)).toBe(null);
    expect(u.query.a).toEqual(['1', '2']);
    expect(() => url.parse(5)).toThrow(TypeError);
  });
});

describe('url.format', () => {
  FORMAT.forEach((row) => {
    it(JSON.stringify(row[0]), () => {
      expect(url.format(row[0])).toBe(row[1]);
    });
  });
  it('formats a string by parsing it', () => {
    expect(url.format('http://h/x')).toBe('http://h/x');
  });
  it('formats a WHATWG URL with options', () => {
    const u = new URL('http://u:p@xn--mnchen-3ya.de/x?y#z');
    expect(url.format(u)).toBe('http://u:p@xn--mnchen-3ya.de/x?y#z');
    expect(url.format(u, { auth: false, fragment: false, search: false })).toBe('http://xn--mnchen-3ya.de/x');
    expect(url.format(u, { unicode: true })).toBe('http://u:p@münchen.de/x?y#z');
  });
});

describe('url.resolve (Node 20 table)', () => {
  RESOLVE.forEach((row) => {
    it(`${row[0]} + ${row[1]}`, () => {
      expect(url.resolve(row[0], row[1])).toBe(row[2]);
    });
  });
});

describe('url.resolveObject', () => {
  it('returns the resolved Url', () => {
    const u = url.resolveObject('http://a/b/c', '../d?e');
    expect(u instanceof url.Url).toBe(true);
    expect(u.href).toBe('http://a/d?e');
    expect(u.pathname).toBe('/d');
    expect(url.parse('http://a/b/c').resolve('x')).toBe('http://a/b/x');
  });
});

describe('domainToASCII / domainToUnicode (Node 20 table)', () => {
  DOMAINS.forEach((row) => {
    it(JSON.stringify(row[0]), () => {
      expect(url.domainToASCII(row[0])).toBe(row[1]);
      expect(url.domainToUnicode(row[0])).toBe(row[2]);
    });
  });
});

describe('file URLs', () => {
  it('fileURLToPath decodes and checks scheme, host and encoded slashes', () => {
    expect(url.fileURLToPath('file:///a%20b/c%23')).toBe('/a b/c#');
    expect(url.fileURLToPath(new URL('file://localhost/etc/x'))).toBe('/etc/x');
    const codes = ['http://x/y', 'file://host/x', 'file:///a%2fb'].map((bad) => {
      try { url.fileURLToPath(bad); return null; } catch (e) { return [e.name, e.code, e.message]; }
    });
    expect(codes).toEqual([
      ['TypeError', 'ERR_INVALID_URL_SCHEME', 'The URL must be of scheme file'],
      ['TypeError', 'ERR_INVALID_FILE_URL_HOST', 'File URL host must be "localhost" or empty on linux'],
      ['TypeError', 'ERR_INVALID_FILE_URL_PATH', 'File URL path must not include encoded / characters'],
    ]);
    let err;
    try { url.fileURLToPath(5); } catch (e) { err = e; }
    expect(err.code).toBe('ERR_INVALID_ARG_TYPE');
  });
  it('pathToFileURL encodes and resolves against the cwd', () => {
    expect(url.pathToFileURL('/a b#c?d%e\\f').href).toBe('file:///a%20b%23c%3Fd%25e%5Cf');
    expect(url.pathToFileURL('rel/').href).toBe('file://' + process.cwd() + '/rel/');
    expect(url.pathToFileURL('/x') instanceof URL).toBe(true);
    expect(url.fileURLToPath(url.pathToFileURL('/tmp/ü x%y'))).toBe('/tmp/ü x%y');
  });
  it('urlToHttpOptions', () => {
    const o = url.urlToHttpOptions(new URL('https://u:p%20w@[::1]:8080/a?b#c'));
    expect(JSON.parse(JSON.stringify(o))).toEqual({ protocol: 'https:', hostname: '::1', hash: '#c', search: '?b', pathname: '/a', path: '/a?b', href: 'https://u:p%20w@[::1]:8080/a?b#c', port: 8080, auth: 'u:p w' });
  });
  it('exports the WHATWG classes (the same as the globals)', () => {
    expect(url.URL).toBe(URL);
    expect(url.URLSearchParams).toBe(URLSearchParams);
    expect(Object.keys(url).sort()).toEqual(['URL', 'URLSearchParams', 'Url', 'domainToASCII', 'domainToUnicode', 'fileURLToPath', 'format', 'parse', 'pathToFileURL', 'resolve', 'resolveObject', 'urlToHttpOptions']);
  });
});
