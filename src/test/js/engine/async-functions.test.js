// Async functions and promise reactions as the runtime runs them: lowered onto generators, driven by Babel's asyncToGenerator done in Java
// (dev.llrtj.realm.AsyncDriver, docs/warm-sdk.md). The scenario (fixtures/net-scenarios/async-functions.scenario.cjs)
// logs resume order, awaited values, errors, `this` and `arguments`; Node ran it and wrote async-functions.node.json
// (`node src/test/js/fixtures/net-scenarios/make.cjs`).
const { AsyncLocalStorage } = require('node:async_hooks');
const scenario = require('../fixtures/net-scenarios/async-functions.scenario.cjs');
const nodeSaw = require('../fixtures/net-scenarios/async-functions.node.json');

describe('async functions (the scenario Node ran)', () => {
  it('sees what Node saw', async () => {
    const saw = await scenario.run();
    Object.keys(nodeSaw).forEach(key => {
      expect([key, saw[key]]).toEqual([key, nodeSaw[key]]);
    });
  });

  it('runs them through the Java driver', async () => {
    const driver = globalThis[Symbol.for('llrt.asyncToGenerator')];
    expect(typeof driver).toBe('function');
    const f = driver(function* (x) {
      const y = yield Promise.resolve(x + 1);
      return [this.tag, y];
    });
    const p = f.call({ tag: 't' }, 1);
    expect(p instanceof Promise).toBe(true);
    expect(await p).toEqual(['t', 2]);
  });
});

describe('async functions and the runtime', () => {
  it('resume in the AsyncLocalStorage store current at the await', async () => {
    const als = new AsyncLocalStorage();
    const seen = [];
    async function work(name) {
      seen.push(`${name}:${als.getStore()}`);
      await new Promise(r => setTimeout(r, name === 'a' ? 5 : 1));
      seen.push(`${name}:${als.getStore()}`);
      await null;
      seen.push(`${name}:${als.getStore()}`);
    }
    await Promise.all([als.run('A', () => work('a')), als.run('B', () => work('b'))]);
    expect(seen.sort()).toEqual(['a:A', 'a:A', 'a:A', 'b:B', 'b:B', 'b:B']);
    expect(als.getStore()).toBe(undefined);
  });

  // Not compared with Node: a native await never calls Promise.prototype.then, the lowered one always did (Babel's
  // helper chains with .then); the Java driver keeps calling a replaced `then`, so instrumentation that wraps it
  // still sees every await
  it('call a Promise.prototype.then that replaced the runtime one', async () => {
    const original = Promise.prototype.then;
    let calls = 0;
    Promise.prototype.then = function (onFulfilled, onRejected) {
      calls++;
      return original.call(this, onFulfilled, onRejected);
    };
    let result;
    try {
      result = await (async () => (await 1) + (await 2))();
    } finally {
      Promise.prototype.then = original;
    }
    expect(result).toBe(3);
    expect(calls >= 2).toBe(true);
  });
});

// Promise.prototype.then is the runtime's (dev.llrtj.realm.GuardedThen): reactions wrapped so that what they throw
// reaches the next promise as thrown (Rhino 1.9.1 would re-wrap engine errors without a stack)
describe('promise reactions', () => {
  const rejection = (reaction) => Promise.resolve(null).then(reaction).then(() => 'fulfilled', e => e);

  it('pass on what a reaction throws, engine errors as real error objects', async () => {
    const engine = await rejection(v => v.x);
    expect([engine instanceof TypeError, typeof engine.stack, engine.stack.includes('async-functions.test.js')]).toEqual([true, 'string', true]);
    expect(await rejection(() => { throw 'a string'; })).toBe('a string');
    const custom = new (class Custom extends Error {})('mine');
    expect(await rejection(() => { throw custom; })).toBe(custom);
    function runaway() { return runaway(); }
    const overflow = await rejection(runaway);
    expect([overflow instanceof RangeError, overflow.message]).toEqual([true, 'Maximum call stack size exceeded']);
  });

  it('keep then\'s shape, and pass non-functions through', async () => {
    expect([Promise.prototype.then.name, Promise.prototype.then.length]).toEqual(['then', 2]);
    expect(await Promise.resolve(5).then(7, 'x')).toBe(5);
    expect(await Promise.reject(new Error('r')).then(1).catch(e => e.message)).toBe('r');
  });

  it('do the same while an AsyncLocalStorage exists, in its store', async () => {
    const als = new AsyncLocalStorage();
    const [store, error] = await als.run('S', () => Promise.resolve(null).then(v => [als.getStore(), v.x]).then(() => [], e => [als.getStore(), e]));
    expect([store, error instanceof TypeError, typeof error.stack]).toEqual(['S', true, 'string']);
  });
});
