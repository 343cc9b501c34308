// Tests for node:tls's sockets and servers. The scenario (fixtures/net-scenarios/tls.scenario.cjs) makes real TLS
// connections over loopback with fixtures/tls's self-signed certificate; Node ran the same script and wrote what
// it saw to tls.node.json (`node src/test/js/fixtures/net-scenarios/make.cjs`). tls-client.scenario.cjs connects to
// Node's own TLS server (a `node` child process) asking for client certificates (fixtures/tls-client).
const tls = require('node:tls');
const net = require('node:net');
const expectSameAsNode = require('../fixtures/net-scenarios/same-as-node.cjs');
const scenario = require('../fixtures/net-scenarios/tls.scenario.cjs');
const nodeSaw = require('../fixtures/net-scenarios/tls.node.json');
const clientScenario = require('../fixtures/net-scenarios/tls-client.scenario.cjs');
const clientNodeSaw = require('../fixtures/net-scenarios/tls-client.node.json');

describe('tls (the scenario Node ran)', () => {
  it('sees what Node saw, case by case', async () => {
    let saw = await scenario.run();
    expectSameAsNode(expect, saw, nodeSaw);
  }, 60000);

  it('client certificates, ALPN and checkServerIdentity as Node (tls-client.scenario.cjs)', async () => {
    expectSameAsNode(expect, await clientScenario.run(), clientNodeSaw);
  }, 60000);
});

describe('tls: what is there and what is not', () => {
  it('a TLSSocket is a net.Socket', () => {
    let socket = new tls.TLSSocket();
    expect([socket instanceof net.Socket, socket.encrypted, socket.authorized]).toEqual([true, true, false]);
  });

  it('an unreadable client key fails the connection (Node throws at connect, with OpenSSL\'s code)', async () => {
    let failure = options => new Promise(resolve => tls.connect(Object.assign({ port: 1, host: '127.0.0.1' }, options)).on('error', resolve));
    let bad = await failure({ cert: 'x', key: 'y' });
    expect([bad.code, /^llrt: the TLS client key cannot be used/.test(bad.message)]).toEqual(['ERR_INVALID_ARG_VALUE', true]);
    let pfx = await failure({ pfx: Buffer.from('not a pkcs12'), passphrase: 'p' });
    expect([pfx.code, /^llrt: the TLS client key cannot be used/.test(pfx.message)]).toEqual(['ERR_INVALID_ARG_VALUE', true]);
  });

  it('wrapping a socket and a server without key and cert throw ERR_NOT_SUPPORTED', () => {
    let codeOf = fn => {
      try {
        fn();
        return 'no throw';
      } catch (e) {
        return e.code;
      }
    };
    expect(codeOf(() => new tls.TLSSocket(new net.Socket()))).toBe('ERR_NOT_SUPPORTED');
    expect(codeOf(() => tls.createServer({}))).toBe('ERR_NOT_SUPPORTED');
    expect(codeOf(() => tls.createSecureContext({}))).toBe('ERR_NOT_SUPPORTED');
  });
});
