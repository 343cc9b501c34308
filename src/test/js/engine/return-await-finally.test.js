// `return await x` inside try/finally (fixtures/net-scenarios/return-await-finally.scenario.cjs): the finally block
// runs once, after x settled, as in Node (return-await-finally.node.json, written by Node: `node make.cjs`). Rhino
// ran it when the lowered `return yield x` suspended; the lowering (bundles/rhino-babel.mjs, yieldOutOfReturn) takes
// the value first.
const scenario = require('../fixtures/net-scenarios/return-await-finally.scenario.cjs');
const nodeSaw = require('../fixtures/net-scenarios/return-await-finally.node.json');

describe('return await inside try/finally', () => {
  it('runs the finally block once, after the await, as Node does', async () => {
    const saw = await scenario.run();
    Object.keys(nodeSaw).forEach(key => {
      expect([key, saw[key]]).toEqual([key, nodeSaw[key]]);
    });
  });
});
