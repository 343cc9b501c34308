// URLs the runtime parses without the WHATWG state machine (modules/url/fast.js: plain absolute http(s)/ws(s) URLs,
// every AWS SDK request's) and the near misses that must still go through it, against known answers from Node: the
// expect lines between the markers are generated (`node src/test/js/fixtures/known-answers/make.cjs`, cases in
// url-fast.cases.cjs).
const thrown = require('../fixtures/known-answers/thrown.cjs');
globalThis.urlParts = (input) => {
  const u = new URL(input);
  return [u.href, u.protocol, u.host, u.hostname, u.port, u.pathname, u.search, u.hash, u.origin];
};

describe('URL parsing, fast path and near misses (known answers from Node)', () => {
  // <known-answers>
  it("what the SDK sends", () => {
    expect(urlParts("https://dynamodb.us-east-1.amazonaws.com/")).toEqual(["https://dynamodb.us-east-1.amazonaws.com/", "https:", "dynamodb.us-east-1.amazonaws.com", "dynamodb.us-east-1.amazonaws.com", "", "/", "", "", "https://dynamodb.us-east-1.amazonaws.com"]);
    expect(urlParts("http://127.0.0.1:8000/")).toEqual(["http://127.0.0.1:8000/", "http:", "127.0.0.1:8000", "127.0.0.1", "8000", "/", "", "", "http://127.0.0.1:8000"]);
    expect(urlParts("https://bucket.s3.eu-west-1.amazonaws.com/items/2026/a-b_c~d.json?x-id=PutObject")).toEqual(["https://bucket.s3.eu-west-1.amazonaws.com/items/2026/a-b_c~d.json?x-id=PutObject", "https:", "bucket.s3.eu-west-1.amazonaws.com", "bucket.s3.eu-west-1.amazonaws.com", "", "/items/2026/a-b_c~d.json", "?x-id=PutObject", "", "https://bucket.s3.eu-west-1.amazonaws.com"]);
    expect(urlParts("http://127.0.0.1:9090/bucket/key%20with%20spaces/%E2%9C%93?x-id=GetObject&versionId=abc%2Fdef")).toEqual(["http://127.0.0.1:9090/bucket/key%20with%20spaces/%E2%9C%93?x-id=GetObject&versionId=abc%2Fdef", "http:", "127.0.0.1:9090", "127.0.0.1", "9090", "/bucket/key%20with%20spaces/%E2%9C%93", "?x-id=GetObject&versionId=abc%2Fdef", "", "http://127.0.0.1:9090"]);
    expect(urlParts("https://sqs.ap-southeast-2.amazonaws.com/123456789012/queue-name")).toEqual(["https://sqs.ap-southeast-2.amazonaws.com/123456789012/queue-name", "https:", "sqs.ap-southeast-2.amazonaws.com", "sqs.ap-southeast-2.amazonaws.com", "", "/123456789012/queue-name", "", "", "https://sqs.ap-southeast-2.amazonaws.com"]);
    expect(urlParts("https://lambda.eu-central-1.amazonaws.com/2015-03-31/functions/f/invocations?Qualifier=$LATEST")).toEqual(["https://lambda.eu-central-1.amazonaws.com/2015-03-31/functions/f/invocations?Qualifier=$LATEST", "https:", "lambda.eu-central-1.amazonaws.com", "lambda.eu-central-1.amazonaws.com", "", "/2015-03-31/functions/f/invocations", "?Qualifier=$LATEST", "", "https://lambda.eu-central-1.amazonaws.com"]);
    expect(urlParts("https://h.example/p!$&'()*+,;=:@/x?a=b&c=d;e,f:g@h/i?j")).toEqual(["https://h.example/p!$&'()*+,;=:@/x?a=b&c=d;e,f:g@h/i?j", "https:", "h.example", "h.example", "", "/p!$&'()*+,;=:@/x", "?a=b&c=d;e,f:g@h/i?j", "", "https://h.example"]);
  });
  it("ports", () => {
    expect(urlParts("http://h.example:80/")).toEqual(["http://h.example/", "http:", "h.example", "h.example", "", "/", "", "", "http://h.example"]);
    expect(urlParts("https://h.example:443/x")).toEqual(["https://h.example/x", "https:", "h.example", "h.example", "", "/x", "", "", "https://h.example"]);
    expect(urlParts("https://h.example:80/x")).toEqual(["https://h.example:80/x", "https:", "h.example:80", "h.example", "80", "/x", "", "", "https://h.example:80"]);
    expect(urlParts("http://h.example:0080/")).toEqual(["http://h.example/", "http:", "h.example", "h.example", "", "/", "", "", "http://h.example"]);
    expect(urlParts("ws://h.example:80/socket")).toEqual(["ws://h.example/socket", "ws:", "h.example", "h.example", "", "/socket", "", "", "ws://h.example"]);
    expect(urlParts("wss://h.example:8443/socket?x=1")).toEqual(["wss://h.example:8443/socket?x=1", "wss:", "h.example:8443", "h.example", "8443", "/socket", "?x=1", "", "wss://h.example:8443"]);
    expect(urlParts("http://h.example:65535/")).toEqual(["http://h.example:65535/", "http:", "h.example:65535", "h.example", "65535", "/", "", "", "http://h.example:65535"]);
    expect(urlParts("http://h.example:00000/")).toEqual(["http://h.example:0/", "http:", "h.example:0", "h.example", "0", "/", "", "", "http://h.example:0"]);
  });
  it("paths and queries", () => {
    expect(urlParts("http://h.example")).toEqual(["http://h.example/", "http:", "h.example", "h.example", "", "/", "", "", "http://h.example"]);
    expect(urlParts("http://h.example?q")).toEqual(["http://h.example/?q", "http:", "h.example", "h.example", "", "/", "?q", "", "http://h.example"]);
    expect(urlParts("http://h.example/?")).toEqual(["http://h.example/?", "http:", "h.example", "h.example", "", "/", "", "", "http://h.example"]);
    expect(urlParts("http://h.example//double//slashes/")).toEqual(["http://h.example//double//slashes/", "http:", "h.example", "h.example", "", "//double//slashes/", "", "", "http://h.example"]);
    expect(urlParts("http://h.example/a/b/")).toEqual(["http://h.example/a/b/", "http:", "h.example", "h.example", "", "/a/b/", "", "", "http://h.example"]);
    expect(urlParts("http://h.example/%zz/%2F%2f")).toEqual(["http://h.example/%zz/%2F%2f", "http:", "h.example", "h.example", "", "/%zz/%2F%2f", "", "", "http://h.example"]);
    expect(urlParts("http://h.example/?a=%zz&b=??")).toEqual(["http://h.example/?a=%zz&b=??", "http:", "h.example", "h.example", "", "/", "?a=%zz&b=??", "", "http://h.example"]);
  });
  it("hosts", () => {
    expect(urlParts("http://-/")).toEqual(["http://-/", "http:", "-", "-", "", "/", "", "", "http://-"]);
    expect(urlParts("http://a-.-b.c/")).toEqual(["http://a-.-b.c/", "http:", "a-.-b.c", "a-.-b.c", "", "/", "", "", "http://a-.-b.c"]);
    expect(urlParts("http://0.0.0.0/")).toEqual(["http://0.0.0.0/", "http:", "0.0.0.0", "0.0.0.0", "", "/", "", "", "http://0.0.0.0"]);
    expect(urlParts("http://255.255.255.255/")).toEqual(["http://255.255.255.255/", "http:", "255.255.255.255", "255.255.255.255", "", "/", "", "", "http://255.255.255.255"]);
    expect(urlParts("http://1a.2b/")).toEqual(["http://1a.2b/", "http:", "1a.2b", "1a.2b", "", "/", "", "", "http://1a.2b"]);
    expect(urlParts("http://123abc/")).toEqual(["http://123abc/", "http:", "123abc", "123abc", "", "/", "", "", "http://123abc"]);
  });
  it("near misses the full parser takes", () => {
    expect(urlParts("HTTP://H.Example/A")).toEqual(["http://h.example/A", "http:", "h.example", "h.example", "", "/A", "", "", "http://h.example"]);
    expect(urlParts("http://h.example/a/./b/../c")).toEqual(["http://h.example/a/c", "http:", "h.example", "h.example", "", "/a/c", "", "", "http://h.example"]);
    expect(urlParts("http://h.example/a/%2e/b/%2E%2e/c")).toEqual(["http://h.example/a/c", "http:", "h.example", "h.example", "", "/a/c", "", "", "http://h.example"]);
    expect(urlParts("http://h.example/.hidden/..x/x..")).toEqual(["http://h.example/.hidden/..x/x..", "http:", "h.example", "h.example", "", "/.hidden/..x/x..", "", "", "http://h.example"]);
    expect(urlParts("http://1.2.3/")).toEqual(["http://1.2.0.3/", "http:", "1.2.0.3", "1.2.0.3", "", "/", "", "", "http://1.2.0.3"]);
    expect(urlParts("http://010.0.0.1/")).toEqual(["http://8.0.0.1/", "http:", "8.0.0.1", "8.0.0.1", "", "/", "", "", "http://8.0.0.1"]);
    expect(urlParts("http://0x7f.1/")).toEqual(["http://127.0.0.1/", "http:", "127.0.0.1", "127.0.0.1", "", "/", "", "", "http://127.0.0.1"]);
    expect(thrown(() => urlParts("http://h.123/"))).toEqual({"threw":"TypeError","code":"ERR_INVALID_URL","message":"Invalid URL"});
    expect(urlParts("http://xn--nxasmq6b.example/")).toEqual(["http://xn--nxasmq6b.example/", "http:", "xn--nxasmq6b.example", "xn--nxasmq6b.example", "", "/", "", "", "http://xn--nxasmq6b.example"]);
    expect(urlParts("http://h.example./")).toEqual(["http://h.example./", "http:", "h.example.", "h.example.", "", "/", "", "", "http://h.example."]);
    expect(urlParts("http://h.example:/x")).toEqual(["http://h.example/x", "http:", "h.example", "h.example", "", "/x", "", "", "http://h.example"]);
    expect(urlParts("http://user:pw@h.example/")).toEqual(["http://user:pw@h.example/", "http:", "h.example", "h.example", "", "/", "", "", "http://h.example"]);
    expect(urlParts("http://h.example/a b?c d")).toEqual(["http://h.example/a%20b?c%20d", "http:", "h.example", "h.example", "", "/a%20b", "?c%20d", "", "http://h.example"]);
    expect(urlParts("http://h.example/?a='b'")).toEqual(["http://h.example/?a=%27b%27", "http:", "h.example", "h.example", "", "/", "?a=%27b%27", "", "http://h.example"]);
    expect(urlParts("http://h.example/a\\b")).toEqual(["http://h.example/a/b", "http:", "h.example", "h.example", "", "/a/b", "", "", "http://h.example"]);
    expect(urlParts("http://h.example/x#frag")).toEqual(["http://h.example/x#frag", "http:", "h.example", "h.example", "", "/x", "", "#frag", "http://h.example"]);
    expect(urlParts("http:/h.example/x")).toEqual(["http://h.example/x", "http:", "h.example", "h.example", "", "/x", "", "", "http://h.example"]);
    expect(urlParts("ftp://h.example/x")).toEqual(["ftp://h.example/x", "ftp:", "h.example", "h.example", "", "/x", "", "", "ftp://h.example"]);
    expect(urlParts(" http://h.example/x\t")).toEqual(["http://h.example/x", "http:", "h.example", "h.example", "", "/x", "", "", "http://h.example"]);
    expect(urlParts("http://h.example/{x}|^`")).toEqual(["http://h.example/%7Bx%7D|^%60", "http:", "h.example", "h.example", "", "/%7Bx%7D|^%60", "", "", "http://h.example"]);
  });
  it("failures", () => {
    expect(thrown(() => urlParts("http://h.example:65536/"))).toEqual({"threw":"TypeError","code":"ERR_INVALID_URL","message":"Invalid URL"});
    expect(thrown(() => urlParts("http://256.0.0.1/"))).toEqual({"threw":"TypeError","code":"ERR_INVALID_URL","message":"Invalid URL"});
    expect(thrown(() => urlParts("http://xn--a.example/"))).toEqual({"threw":"TypeError","code":"ERR_INVALID_URL","message":"Invalid URL"});
    expect(thrown(() => urlParts("http://h.0x/"))).toEqual({"threw":"TypeError","code":"ERR_INVALID_URL","message":"Invalid URL"});
  });
  // </known-answers>
});

describe('URL parsing, fast path', () => {
  it('gives each URL a record of its own (setters on one leave the next parse alone)', () => {
    const a = new URL('http://h.example/a/b?x=1');
    a.pathname = '/changed';
    a.search = '?y=2';
    a.port = '8080';
    const b = new URL('http://h.example/a/b?x=1');
    expect([a.href, b.href]).toEqual(['http://h.example:8080/changed?y=2', 'http://h.example/a/b?x=1']);
  });
});

describe('URL parsing, fast path against the full parser', () => {
  // the full parser strips leading spaces first, so ' ' + input is the same URL parsed by the state machine
  const { parse } = require('llrt:url-parse');
  const { fastParse } = require('llrt:url-fast');
  let state = 7;
  const next = n => ((state = (state * 1103515245 + 12345) % 2147483648) % n);
  const pick = list => list[next(list.length)];
  const chars = (alphabet, max) => Array.from({ length: next(max + 1) }, () => pick(alphabet)).join('');

  it('builds the record the state machine builds, for 2,000 generated URLs', () => {
    let taken = 0;
    for (let i = 0; i < 2000; i++) {
      const label = () => chars('abcxyz019-'.split(''), 6) || 'a';
      const host = pick([() => Array.from({ length: 1 + next(3) }, label).join('.'), () => '10.0.' + next(256) + '.' + next(300)])();
      const port = pick(['', ':' + next(70000), ':80', ':443', ':0' + next(100)]);
      const path = pick(['', '/', '/' + chars("ab%2e.~!$&'()*+,;=:@/".split(''), 12)]);
      const query = pick(['', '?', '?' + chars('ab=&%?/:@;,'.split(''), 10)]);
      const input = pick(['http', 'https', 'ws', 'wss']) + '://' + host + port + path + query;
      const fast = fastParse(input);
      if (fast !== null) taken++;
      expect([input, fast ?? parse(input, null)]).toEqual([input, parse(' ' + input, null)]);
    }
    expect(taken > 1000).toBe(true);
  });
});
