// Tests for node:dns (and dns/promises): lookup against the machine's resolver, Node's errors, resolve* compared with
// what Node did in the same scenarios (fixtures/net-scenarios/dns.*, and dns-records.* against a dnsmasq started
// on loopback). Its argument checks are known answers in net.test.js (net.cases.cjs).
const dns = require('node:dns');
const thrown = require('../fixtures/known-answers/thrown.cjs');
const expectSameAsNode = require('../fixtures/net-scenarios/same-as-node.cjs');
const dnsScenario = require('../fixtures/net-scenarios/dns.scenario.cjs');
const dnsNodeSaw = require('../fixtures/net-scenarios/dns.node.json');
const recordsScenario = require('../fixtures/net-scenarios/dns-records.scenario.cjs');
const recordsNodeSaw = require('../fixtures/net-scenarios/dns-records.node.json');
const dgram = require('node:dgram');

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

  it('reads its servers from /etc/resolv.conf, as Node does', () => {
    let want = require('node:fs').readFileSync('/etc/resolv.conf', 'utf8').split('\n')
      .map(l => l.trim().split(/\s+/)).filter(w => w[0] === 'nameserver').map(w => w[1]);
    expect(dns.getServers()).toEqual(want.length ? want : ['127.0.0.1']);
    expect(new dns.Resolver().getServers()).toEqual(dns.getServers());
  });
});

describe('dns record queries', () => {
  it('answer as Node did from the same dnsmasq zone (dns-records.scenario.cjs)', async () => {
    expectSameAsNode(expect, await recordsScenario.run(), recordsNodeSaw);
  });

  it('time out at a port where nothing listens (Node says ECONNREFUSED: an unconnected UDP socket sees no ICMP)', async () => {
    let s = dgram.createSocket('udp4');
    await new Promise(resolve => s.bind(0, '127.0.0.1', resolve));
    let port = s.address().port;
    await new Promise(resolve => s.close(resolve));
    let r = new dns.promises.Resolver({ timeout: 200, tries: 1 });
    r.setServers([`127.0.0.1:${port}`]);
    let err = await r.resolveMx('example.test').catch(e => e);
    expect([err.code, err.syscall, err.hostname]).toEqual(['ETIMEOUT', 'queryMx', 'example.test']);
  });

  it('cancel() ends pending queries with ECANCELLED', async () => {
    let s = dgram.createSocket('udp4');
    await new Promise(resolve => s.bind(0, '127.0.0.1', resolve));
    let r = new dns.Resolver({ timeout: 2000, tries: 1 });
    r.setServers([`127.0.0.1:${s.address().port}`]);
    let err = await new Promise(resolve => {
      r.resolveTxt('example.test', e => resolve(e));
      r.cancel();
    });
    s.close();
    expect([err.code, err.message]).toEqual(['ECANCELLED', 'queryTxt ECANCELLED example.test']);
  });
});
