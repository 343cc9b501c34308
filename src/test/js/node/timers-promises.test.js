// Tests for timers/promises: setTimeout, setImmediate, setInterval (async iterator) and scheduler, with signal and
// ref options. The values and errors asserted are what Node 20 printed for the same code.
const tp = require('node:timers/promises');
const timers = require('node:timers');

const outcome = (p) => p.then((v) => ['ok', v], (e) => [e.name, e.code, e.message, e.cause === undefined ? undefined : String(e.cause)]);

describe('timers/promises', () => {
  it('is timers.promises, with Node\'s names', () => {
    expect(timers.promises).toBe(tp);
    expect(Object.keys(tp).sort()).toEqual(['scheduler', 'setImmediate', 'setInterval', 'setTimeout']);
  });

  it('setTimeout and setImmediate resolve with the value; bad options reject', async () => {
    expect(await outcome(tp.setTimeout(1, 'v'))).toEqual(['ok', 'v']);
    expect(await outcome(tp.setImmediate('i'))).toEqual(['ok', 'i']);
    expect(await outcome(tp.setTimeout(1, 'v', 5))).toEqual(['TypeError', 'ERR_INVALID_ARG_TYPE',
      'The "options" argument must be of type object. Received type number (5)', undefined]);
    expect(await outcome(tp.setTimeout(1, 'v', { signal: 5 }))).toEqual(['TypeError', 'ERR_INVALID_ARG_TYPE',
      'The "options.signal" property must be an instance of AbortSignal. Received type number (5)', undefined]);
    expect(await outcome(tp.setTimeout(1, 'v', { ref: 5 }))).toEqual(['TypeError', 'ERR_INVALID_ARG_TYPE',
      'The "options.ref" property must be of type boolean. Received type number (5)', undefined]);
  });

  it('rejects with an AbortError whose cause is the signal\'s reason', async () => {
    expect(await outcome(tp.setTimeout(1, 'v', { signal: AbortSignal.abort('why') })))
      .toEqual(['AbortError', 'ABORT_ERR', 'The operation was aborted', 'why']);
    const ac = new AbortController();
    const p = tp.setTimeout(1000, 'v', { signal: ac.signal });
    ac.abort();
    expect(await outcome(p)).toEqual(['AbortError', 'ABORT_ERR', 'The operation was aborted', 'AbortError: This operation was aborted']);
  });

  it('setInterval yields the value each tick, keeps ticks nobody waited for, and stops on return', async () => {
    const seen = [];
    let n = 0;
    for await (const v of tp.setInterval(5, 'tick')) {
      seen.push(v);
      if (++n === 3) break;
    }
    expect(seen).toEqual(['tick', 'tick', 'tick']);
    const it = tp.setInterval(5, 'x');
    await tp.setTimeout(30);
    expect([await it.next(), await it.next()]).toEqual([{ value: 'x', done: false }, { value: 'x', done: false }]);
    expect(await it.return()).toEqual({ value: undefined, done: true });
    expect(await it.next()).toEqual({ value: undefined, done: true });
  });

  it('setInterval rejects a waiting next() on abort, then is done; bad options reject the first next()', async () => {
    const ac = new AbortController();
    const it = tp.setInterval(10, 'y', { signal: ac.signal });
    const waiting = it.next();
    ac.abort();
    expect(await outcome(waiting)).toEqual(['AbortError', 'ABORT_ERR', 'The operation was aborted', 'AbortError: This operation was aborted']);
    expect(await outcome(it.next())).toEqual(['ok', { value: undefined, done: true }]);
    expect(await outcome(tp.setInterval(1, 'v', 5).next())).toEqual(['TypeError', 'ERR_INVALID_ARG_TYPE',
      'The "options" argument must be of type object. Received type number (5)', undefined]);
  });

  it('scheduler.wait and scheduler.yield resolve with undefined', async () => {
    expect(await outcome(tp.scheduler.wait(2))).toEqual(['ok', undefined]);
    expect(await outcome(tp.scheduler.yield())).toEqual(['ok', undefined]);
  });
});
