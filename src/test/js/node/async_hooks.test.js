// Tests for node:async_hooks. The scenario (fixtures/net-scenarios/async_hooks.scenario.cjs) asks getStore() at each
// step through awaits, lowered async functions, promise reactions, timers, nextTick, fs and fetch callbacks, event
// listeners and interleaved handlers; Node ran the same script and wrote what it saw to async_hooks.node.json.
const asyncHooks = require('node:async_hooks');
const { AsyncLocalStorage, AsyncResource } = asyncHooks;
const expectSameAsNode = require('../fixtures/net-scenarios/same-as-node.cjs');
const scenario = require('../fixtures/net-scenarios/async_hooks.scenario.cjs');
const nodeSaw = require('../fixtures/net-scenarios/async_hooks.node.json');

describe('AsyncLocalStorage (the scenario Node ran)', () => {
  it('sees the stores Node saw', async () => {
    expectSameAsNode(expect, await scenario.run(), nodeSaw);
  });
});

describe('AsyncLocalStorage in this file (lowered async functions)', () => {
  it('keeps the store across awaits of a lowered async function and its callees', async () => {
    const als = new AsyncLocalStorage();
    const inner = async n => {
      await new Promise(r => setTimeout(r, 1));
      return [n, als.getStore()];
    };
    const got = await als.run({ id: 7 }, async () => {
      const a = await inner(1);
      const b = await Promise.all([inner(2), inner(3)]);
      return [a, b, als.getStore().id];
    });
    expect(got).toEqual([[1, { id: 7 }], [[2, { id: 7 }], [3, { id: 7 }]], 7]);
    expect(als.getStore()).toBe(undefined);
  });

  it('lets concurrent runs keep their own store', async () => {
    const als = new AsyncLocalStorage();
    const work = async (name, ms) => {
      await new Promise(r => setTimeout(r, ms));
      const first = als.getStore();
      await null;
      return first + '/' + als.getStore();
    };
    const got = await Promise.all([als.run('a', () => work('a', 5)), als.run('b', () => work('b', 1))]);
    expect(got).toEqual(['a/a', 'b/b']);
  });
});

describe('async_hooks edges', () => {
  it('refuses what it does not do, naming it', () => {
    expect(() => asyncHooks.createHook({})).toThrow('createHook');
    try {
      asyncHooks.createHook({});
    } catch (e) {
      expect(e.code).toBe('ERR_NOT_SUPPORTED');
    }
  });

  it('checks its arguments with Node codes', () => {
    const als = new AsyncLocalStorage();
    const codeOf = fn => {
      try {
        fn();
      } catch (e) {
        return e.code;
      }
      return 'no error';
    };
    expect(codeOf(() => als.run(1))).toBe('ERR_INVALID_ARG_TYPE');
    expect(codeOf(() => als.exit('x'))).toBe('ERR_INVALID_ARG_TYPE');
    expect(codeOf(() => new AsyncResource(5))).toBe('ERR_INVALID_ARG_TYPE');
    expect(codeOf(() => new AsyncResource('x').runInAsyncScope(null))).toBe('ERR_INVALID_ARG_TYPE');
  });

  it('gives ids in Node shape: numbers, a resource its own, reported while it runs', () => {
    expect(typeof asyncHooks.executionAsyncId()).toBe('number');
    expect(typeof asyncHooks.triggerAsyncId()).toBe('number');
    const r = new AsyncResource('X');
    expect(r.asyncId()).toBeGreaterThan(1);
    expect(r.triggerAsyncId()).toBe(asyncHooks.executionAsyncId());
    expect(r.runInAsyncScope(() => [asyncHooks.executionAsyncId(), asyncHooks.executionAsyncResource()])).toEqual([r.asyncId(), r]);
    expect(new AsyncResource('Y', { triggerAsyncId: 42 }).triggerAsyncId()).toBe(42);
    expect(r.emitDestroy()).toBe(r);
  });
});
