// Tests for node:dgram. The scenario (fixtures/net-scenarios/dgram.scenario.cjs) sends real datagrams over
// loopback; Node ran the same script and wrote what it saw to dgram.node.json
// (`node src/test/js/fixtures/net-scenarios/make.cjs`).
const dgram = require('node:dgram');
const expectSameAsNode = require('../fixtures/net-scenarios/same-as-node.cjs');
const scenario = require('../fixtures/net-scenarios/dgram.scenario.cjs');
const nodeSaw = require('../fixtures/net-scenarios/dgram.node.json');

describe('dgram (the scenario Node ran)', () => {
  it('sees what Node saw, case by case', async () => {
    let saw = await scenario.run();
    expectSameAsNode(expect, saw, nodeSaw);
  }, 60000);
});

describe('dgram: what is not there', () => {
  it('multicast, broadcast and connected sockets throw ERR_NOT_SUPPORTED naming the call', async () => {
    let socket = dgram.createSocket('udp4');
    let err;
    try {
      socket.setBroadcast(true);
    } catch (e) {
      err = e;
    }
    expect([err.code, err.message]).toEqual(['ERR_NOT_SUPPORTED', 'llrt: dgram socket.setBroadcast is not supported yet']);
    expect(() => socket.connect(1234)).toThrow('llrt: dgram socket.connect is not supported yet');
    await new Promise(resolve => socket.close(resolve));
  });
});
