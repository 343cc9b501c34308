// Tests for node:readline over streams. The scenario (fixtures/net-scenarios/readline.scenario.cjs) reads lines split
// across chunks, CRLF pairs, a multi-byte character, questions and cursor codes; Node ran the same script and wrote
// what it saw to readline.node.json (`node src/test/js/fixtures/net-scenarios/make.cjs`).
const readline = require('node:readline');
const { PassThrough } = require('node:stream');
const scenario = require('../fixtures/net-scenarios/readline.scenario.cjs');
const nodeSaw = require('../fixtures/net-scenarios/readline.node.json');

describe('readline (the scenario Node ran)', () => {
  it('sees what Node saw', async () => {
    const saw = await scenario.run();
    Object.keys(nodeSaw).forEach(key => {
      expect([key, saw[key]]).toEqual([key, nodeSaw[key]]);
    });
  });
});

describe('readline edges', () => {
  it('refuses what needs a terminal, naming it', () => {
    const input = new PassThrough();
    expect(() => readline.createInterface({ input, terminal: true })).toThrow('terminal: true');
    expect(() => readline.emitKeypressEvents(input)).toThrow('emitKeypressEvents');
    expect(() => readline.createInterface({})).toThrow(TypeError);
  });

  it('stops listening to its input once closed', () => {
    const input = new PassThrough();
    const rl = readline.createInterface({ input });
    expect(input.listenerCount('data')).toBe(1);
    rl.close();
    expect(input.listenerCount('data')).toBe(0);
    expect(rl.closed).toBe(true);
    expect(() => rl.write('x')).toThrow('readline was closed');
  });

  it('is node:readline/promises too', () => {
    const promises = require('node:readline/promises');
    const rl = promises.createInterface({ input: new PassThrough() });
    expect(rl instanceof readline.Interface).toBe(true);
    rl.close();
  });
});
