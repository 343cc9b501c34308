// Tests for node:dns (and dns/promises): lookup against the machine's resolver, Node's errors, resolve* compared with
// what Node did in the same scenario (fixtures/net-scenarios/dns.*). Its argument checks are known answers in
// net.test.js (net.cases.cjs).
const dns = require('node:dns');
const thrown = require('../fixtures/known-answers/thrown.cjs');
const expectSameAsNode = require('../fixtures/net-scenarios/same-as-node.cjs');
const dnsScenario = require('../fixtures/net-scenarios/dns.scenario.cjs');
const dnsNodeSaw = require('../fixtures/net-scenarios/dns.node.json');

describe('dns.lookup', () => {
  it('resolves localhost and IP literals as Node does', async () => {
    let all = await dns.promises.lookup('localhost', { all: true });
    expect(all.length > 0).toBe(true);
    all.forEach(a => expect(['127.0.0.1', '::1']).toContain(a.address));
    expect(await dns.promises.lookup('127.0.0.1')).toEqual({ address: '127.0.0.1', family: 4 });
    expect(await dns.promises.lookup('::1', { all: true })).toEqual([{ address: '::1', family: 6 }]);
    let v4 = await new Promise((resolve, reject) => dns.lookup('localhost', 4, (err, address, family) => err ? reject(err) : resolve([address, family])));
    expect(v4).toEqual(['127.0.0.1', 4]);
  });

  it('reports an unknown host as Node does', async () => {
    let err = await dns.promises.lookup('no-such-host.invalid').catch(e => e);
    expect([err.code, err.syscall, err.hostname, err.message])
      .toEqual(['ENOTFOUND', 'getaddrinfo', 'no-such-host.invalid', 'getaddrinfo ENOTFOUND no-such-host.invalid']);
  });

  it('resolve* fails as Node does where the answer does not depend on the DNS (dns.scenario.cjs)', async () => {
    expectSameAsNode(expect, await dnsScenario.run(), dnsNodeSaw);
  });

  it('resolve4/resolve6 answer from the JDK resolver, which reads the hosts file first (Node asks DNS only)', async () => {
    expect(await dns.promises.resolve4('localhost')).toContain('127.0.0.1');
    let v6 = await dns.promises.resolve6('localhost').catch(e => e.code);
    expect(Array.isArray(v6) ? v6.indexOf('::1') >= 0 : v6).toBe(Array.isArray(v6) ? true : 'ENODATA');
  });

  it('says what it does not do', () => {
    expect(thrown(() => dns.resolveMx('example.com', () => {}))).toEqual({ threw: 'Error', code: 'ERR_NOT_SUPPORTED',
      message: 'llrt: dns.resolveMx is not supported yet (dns.lookup, resolve4 and resolve6 are)' });
    expect(thrown(() => dns.resolve('example.com', 'TXT', () => {}))).toEqual({ threw: 'Error', code: 'ERR_NOT_SUPPORTED',
      message: "llrt: dns.resolve with rrtype 'TXT' is not supported (A and AAAA are)" });
    expect(thrown(() => dns.resolve4('example.com', { ttl: true }, () => {})).code).toBe('ERR_NOT_SUPPORTED');
  });
});
