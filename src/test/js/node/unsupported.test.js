// Tests for the unsupported room (node:worker_threads, node:http2): requiring them works, as libraries import them at
// the top, the plain values read at load time are Node's, and every function throws ERR_NOT_SUPPORTED naming itself.
const thrown = require('../fixtures/known-answers/thrown.cjs');

describe('modules llrt does not implement', () => {
  it('worker_threads: the main thread values, and Worker throws naming itself', () => {
    const wt = require('node:worker_threads');
    expect([wt.isMainThread, wt.parentPort, wt.threadId, wt.workerData]).toEqual([true, null, 0, null]);
    expect(thrown(() => new wt.Worker('x.js'))).toEqual({ threw: 'Error', code: 'ERR_NOT_SUPPORTED',
      message: 'llrt: node:worker_threads is not supported (Worker)' });
  });

  it('http2: connect throws with a hint of what to use', () => {
    const http2 = require('node:http2');
    expect(typeof http2.constants).toBe('object');
    expect(thrown(() => http2.connect('https://example.com'))).toEqual({ threw: 'Error', code: 'ERR_NOT_SUPPORTED',
      message: 'llrt: node:http2 is not supported; use fetch or node:https (connect)' });
  });
});
