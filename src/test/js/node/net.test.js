// Tests for node:net and node:tls, and http's and dns's synchronous parts (dns.lookup itself: dns.test.js; tty:
// tty.test.js). Known answers from Node (between the markers; regenerate with `node src/test/js/fixtures/known-answers/make.cjs`, cases in net.cases.cjs).
const net = require('node:net');
const http = require('node:http');
const dns = require('node:dns');
const tls = require('node:tls');
const thrown = require('../fixtures/known-answers/thrown.cjs');
const expectSameAsNode = require('../fixtures/net-scenarios/same-as-node.cjs');
globalThis.net = net;
globalThis.http = http;
globalThis.dns = dns;

describe('net, http, dns (known answers from Node)', () => {
  // <known-answers>
  it("isIP, isIPv4, isIPv6", () => {
    expect([net.isIP("127.0.0.1"), net.isIPv4("127.0.0.1"), net.isIPv6("127.0.0.1")]).toEqual([4, true, false]);
    expect([net.isIP("0.0.0.0"), net.isIPv4("0.0.0.0"), net.isIPv6("0.0.0.0")]).toEqual([4, true, false]);
    expect([net.isIP("255.255.255.255"), net.isIPv4("255.255.255.255"), net.isIPv6("255.255.255.255")]).toEqual([4, true, false]);
    expect([net.isIP("256.1.1.1"), net.isIPv4("256.1.1.1"), net.isIPv6("256.1.1.1")]).toEqual([0, false, false]);
    expect([net.isIP("01.2.3.4"), net.isIPv4("01.2.3.4"), net.isIPv6("01.2.3.4")]).toEqual([0, false, false]);
    expect([net.isIP("1.2.3"), net.isIPv4("1.2.3"), net.isIPv6("1.2.3")]).toEqual([0, false, false]);
    expect([net.isIP("1.2.3.4.5"), net.isIPv4("1.2.3.4.5"), net.isIPv6("1.2.3.4.5")]).toEqual([0, false, false]);
    expect([net.isIP("::"), net.isIPv4("::"), net.isIPv6("::")]).toEqual([6, false, true]);
    expect([net.isIP("::1"), net.isIPv4("::1"), net.isIPv6("::1")]).toEqual([6, false, true]);
    expect([net.isIP("fe80::1%eth0"), net.isIPv4("fe80::1%eth0"), net.isIPv6("fe80::1%eth0")]).toEqual([6, false, true]);
    expect([net.isIP("2001:db8::8a2e:370:7334"), net.isIPv4("2001:db8::8a2e:370:7334"), net.isIPv6("2001:db8::8a2e:370:7334")]).toEqual([6, false, true]);
    expect([net.isIP("::ffff:192.168.1.1"), net.isIPv4("::ffff:192.168.1.1"), net.isIPv6("::ffff:192.168.1.1")]).toEqual([6, false, true]);
    expect([net.isIP("1:2:3:4:5:6:7:8"), net.isIPv4("1:2:3:4:5:6:7:8"), net.isIPv6("1:2:3:4:5:6:7:8")]).toEqual([6, false, true]);
    expect([net.isIP("1:2:3:4:5:6:7:8:9"), net.isIPv4("1:2:3:4:5:6:7:8:9"), net.isIPv6("1:2:3:4:5:6:7:8:9")]).toEqual([0, false, false]);
    expect([net.isIP("1::2::3"), net.isIPv4("1::2::3"), net.isIPv6("1::2::3")]).toEqual([0, false, false]);
    expect([net.isIP("gggg::1"), net.isIPv4("gggg::1"), net.isIPv6("gggg::1")]).toEqual([0, false, false]);
    expect([net.isIP(""), net.isIPv4(""), net.isIPv6("")]).toEqual([0, false, false]);
    expect([net.isIP("localhost"), net.isIPv4("localhost"), net.isIPv6("localhost")]).toEqual([0, false, false]);
    expect([net.isIP(" 1.2.3.4"), net.isIPv4(" 1.2.3.4"), net.isIPv6(" 1.2.3.4")]).toEqual([0, false, false]);
    expect(net.isIP(5)).toEqual(0);
    expect(net.isIP()).toEqual(0);
  });
  it("http tables", () => {
    expect(http.STATUS_CODES[418]).toEqual("I'm a Teapot");
    expect(http.STATUS_CODES[404]).toEqual("Not Found");
    expect(http.STATUS_CODES[999]).toEqual(undefined);
    expect(Object.keys(http.STATUS_CODES).length).toEqual(63);
    expect(http.METHODS.includes("PATCH")).toEqual(true);
    expect(http.METHODS.includes("QUERY")).toEqual(true);
    expect(http.METHODS.length > 30).toEqual(true);
    expect(http.maxHeaderSize).toEqual(16384);
  });
  it("http header checks", () => {
    expect(http.validateHeaderName("x-ok")).toEqual(undefined);
    expect(thrown(() => http.validateHeaderName("bad name"))).toEqual({"threw":"TypeError","code":"ERR_INVALID_HTTP_TOKEN","message":"Header name must be a valid HTTP token [\"bad name\"]"});
    expect(thrown(() => http.validateHeaderName(""))).toEqual({"threw":"TypeError","code":"ERR_INVALID_HTTP_TOKEN","message":"Header name must be a valid HTTP token [\"\"]"});
    expect(http.validateHeaderValue("x", "fine\tvalue")).toEqual(undefined);
    expect(thrown(() => http.validateHeaderValue("x", undefined))).toEqual({"threw":"TypeError","code":"ERR_HTTP_INVALID_HEADER_VALUE","message":"Invalid value \"undefined\" for header \"x\""});
    expect(thrown(() => http.validateHeaderValue("x", "a\nb"))).toEqual({"threw":"TypeError","code":"ERR_INVALID_CHAR","message":"Invalid character in header content [\"x\"]"});
    expect(thrown(() => new http.OutgoingMessage().getHeader(5))).toEqual({"threw":"TypeError","code":"ERR_INVALID_ARG_TYPE","message":"The \"name\" argument must be of type string. Received type number (5)"});
  });
  it("dns.lookup argument checks", () => {
    expect(thrown(() => dns.lookup(5, () => {}))).toEqual({"threw":"TypeError","code":"ERR_INVALID_ARG_TYPE","message":"The \"hostname\" argument must be of type string. Received type number (5)"});
    expect(thrown(() => dns.lookup("x", { family: 5 }, () => {}))).toEqual({"threw":"TypeError","code":"ERR_INVALID_ARG_VALUE","message":"The property 'options.family' must be one of: 0, 4, 6. Received 5"});
    expect(thrown(() => dns.lookup("x"))).toEqual({"threw":"TypeError","code":"ERR_INVALID_ARG_TYPE","message":"The \"callback\" argument must be of type function. Received undefined"});
  });
  // </known-answers>
});

describe('net, tls: what is there and what is not', () => {
  it('net: Unix socket paths, BlockList and SocketAddress throw ERR_NOT_SUPPORTED naming the call', () => {
    expect(thrown(() => net.connect('/tmp/some.sock'))).toEqual({ threw: 'Error', code: 'ERR_NOT_SUPPORTED',
      message: 'llrt: net connections to a Unix socket path are not supported' });
    expect(thrown(() => net.createServer().listen('/tmp/some.sock')).code).toBe('ERR_NOT_SUPPORTED');
    expect(thrown(() => new net.BlockList())).toEqual({ threw: 'Error', code: 'ERR_NOT_SUPPORTED',
      message: 'llrt: net.BlockList is not supported yet' });
  });

  it('tls.rootCertificates lists PEM certificates', () => {
    let roots = tls.rootCertificates;
    expect(roots.length > 50).toBe(true);
    expect(roots.every(pem => pem.startsWith('-----BEGIN CERTIFICATE-----\n') && pem.endsWith('\n-----END CERTIFICATE-----'))).toBe(true);
    expect(tls.rootCertificates).toBe(roots);
    expect(Object.isFrozen(roots)).toBe(true);
  });
});
