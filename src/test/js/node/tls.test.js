// Tests for node:tls's sockets and servers. The scenario (fixtures/net-scenarios/tls.scenario.cjs) makes real TLS
// connections over loopback with fixtures/tls's self-signed certificate; Node ran the same script and wrote what
// it saw to tls.node.json (`node src/test/js/fixtures/net-scenarios/make.cjs`).
const tls = require('node:tls');
const net = require('node:net');
const expectSameAsNode = require('../fixtures/net-scenarios/same-as-node.cjs');
const scenario = require('../fixtures/net-scenarios/tls.scenario.cjs');
const nodeSaw = require('../fixtures/net-scenarios/tls.node.json');

describe('tls (the scenario Node ran)', () => {
  it('sees what Node saw, case by case', async () => {
    let saw = await scenario.run();
    expectSameAsNode(expect, saw, nodeSaw);
  }, 60000);
});

describe('tls: what is there and what is not', () => {
  it('a TLSSocket is a net.Socket', () => {
    let socket = new tls.TLSSocket();
    expect([socket instanceof net.Socket, socket.encrypted, socket.authorized]).toEqual([true, true, false]);
  });

  it('client certificates, custom identity checks and wrapping a socket throw ERR_NOT_SUPPORTED', () => {
    let codeOf = fn => {
      try {
        fn();
        return 'no throw';
      } catch (e) {
        return e.code;
      }
    };
    expect(codeOf(() => tls.connect({ port: 1, cert: 'x', key: 'y' }))).toBe('ERR_NOT_SUPPORTED');
    expect(codeOf(() => tls.connect({ port: 1, checkServerIdentity: () => undefined }))).toBe('ERR_NOT_SUPPORTED');
    expect(codeOf(() => new tls.TLSSocket(new net.Socket()))).toBe('ERR_NOT_SUPPORTED');
    expect(codeOf(() => tls.createServer({}))).toBe('ERR_NOT_SUPPORTED');
    expect(codeOf(() => tls.createSecureContext({}))).toBe('ERR_NOT_SUPPORTED');
  });
});
