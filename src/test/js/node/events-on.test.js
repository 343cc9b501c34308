// Tests for node:events' on (async iterator), addAbortListener, getMaxListeners and setMaxListeners on EventTargets.
// Expected values are what Node 20 printed for the same steps.
const events = require('node:events');
const { EventEmitter, on } = events;

const dispose = Symbol.dispose;

describe('events.on', () => {
  it('yields each emit\'s arguments until a close event, then removes its listeners', async () => {
    const ee = new EventEmitter();
    setTimeout(() => { ee.emit('foo', 1, 2); ee.emit('foo', 3); ee.emit('end'); ee.emit('foo', 4); }, 5);
    const seen = [];
    for await (const args of on(ee, 'foo', { close: ['end'] })) seen.push(args);
    expect(seen).toEqual([[1, 2], [3]]);
    expect([ee.listenerCount('foo'), ee.listenerCount('error'), ee.listenerCount('end')]).toEqual([0, 0, 0]);
  });

  it('hands out buffered events first, then the emitter\'s error, then done', async () => {
    const ee = new EventEmitter();
    const it = on(ee, 'x');
    ee.emit('x', 'a');
    ee.emit('error', new Error('boom'));
    expect(await it.next()).toEqual({ value: ['a'], done: false });
    await expect(it.next()).rejects.toThrow('boom');
    expect(await it.next()).toEqual({ value: undefined, done: true });
    expect(ee.listenerCount('x')).toBe(0);
  });

  it('rejects a waiting next() with an AbortError when the signal aborts, and throws at once for an aborted one', async () => {
    const ac = new AbortController();
    const ee = new EventEmitter();
    const it = on(ee, 'x', { signal: ac.signal });
    const pending = it.next();
    ac.abort('why');
    const err = await pending.then(() => null, (e) => e);
    expect([err.name, err.code, err.message, err.cause]).toEqual(['AbortError', 'ABORT_ERR', 'The operation was aborted', 'why']);
    expect(ee.listenerCount('x')).toBe(0);
    expect(() => on(ee, 'x', { signal: ac.signal })).toThrow(expect.objectContaining({ name: 'AbortError', code: 'ABORT_ERR' }));
    expect(() => on(ee, 'x', { signal: 1 })).toThrow(expect.objectContaining({ code: 'ERR_INVALID_ARG_TYPE',
      message: 'The "options.signal" property must be an instance of AbortSignal. Received type number (1)' }));
  });

  it('return() ends waiting calls; throw() wants an Error', async () => {
    const ee = new EventEmitter();
    const it = on(ee, 'y');
    const waiting = it.next();
    expect(await it.return()).toEqual({ value: undefined, done: true });
    expect(await waiting).toEqual({ value: undefined, done: true });
    expect(() => it.throw('x')).toThrow(expect.objectContaining({ code: 'ERR_INVALID_ARG_TYPE',
      message: 'The "EventEmitter.AsyncIterator" property must be an instance of Error. Received type string (\'x\')' }));
  });

  it('pauses a stream above highWaterMark and resumes it below lowWaterMark', async () => {
    const { PassThrough } = require('node:stream');
    const s = new PassThrough();
    const it = on(s, 'data', { highWaterMark: 2, lowWaterMark: 2 });
    s.emit('data', 1);
    s.emit('data', 2);
    expect(s.isPaused()).toBe(false);
    s.emit('data', 3);
    expect(s.isPaused()).toBe(true);
    await it.next();
    expect(s.isPaused()).toBe(true);
    await it.next();
    expect(s.isPaused()).toBe(false);
    await it.return();
    expect(() => on(s, 'data', { highWaterMark: 0 })).toThrow('The value of "options.highWaterMark" is out of range. It must be >= 1 && <= 9007199254740991. Received 0');
    expect(() => on(s, 'data', { lowWaterMark: 1.5 })).toThrow('The value of "options.lowWaterMark" is out of range. It must be an integer. Received 1.5');
  });

  it('iterates an EventTarget\'s events', async () => {
    const et = new EventTarget();
    const it = on(et, 'ping');
    et.dispatchEvent(new Event('ping'));
    const r = await it.next();
    expect([r.value.length, r.value[0].type]).toEqual([1, 'ping']);
    await it.return();
  });
});

describe('events.getMaxListeners, setMaxListeners, addAbortListener', () => {
  it('reads an emitter\'s or an EventTarget\'s limit', () => {
    const et = new EventTarget();
    expect([events.getMaxListeners(new EventEmitter()), events.getMaxListeners(et)]).toEqual([10, 10]);
    events.setMaxListeners(3, et);
    expect(events.getMaxListeners(et)).toBe(3);
    const ee = new EventEmitter();
    ee.setMaxListeners(7);
    expect(events.getMaxListeners(ee)).toBe(7);
    expect(() => events.getMaxListeners({})).toThrow(expect.objectContaining({ code: 'ERR_INVALID_ARG_TYPE',
      message: 'The "emitter" argument must be an instance of EventEmitter or EventTarget. Received an instance of Object' }));
  });

  it('addAbortListener calls once on abort, not after dispose, and in a microtask for an aborted signal', async () => {
    let calls = 0;
    const ac = new AbortController();
    const d = events.addAbortListener(ac.signal, () => calls++);
    ac.abort();
    expect([calls, typeof d[dispose]]).toEqual([1, 'function']);
    const ac2 = new AbortController();
    events.addAbortListener(ac2.signal, () => calls++)[dispose]();
    ac2.abort();
    expect(calls).toBe(1);
    events.addAbortListener(AbortSignal.abort(), () => calls++);
    expect(calls).toBe(1);
    await null;
    expect(calls).toBe(2);
    expect(() => events.addAbortListener(undefined, () => {})).toThrow(expect.objectContaining({ code: 'ERR_INVALID_ARG_TYPE',
      message: 'The "signal" argument must be an instance of AbortSignal. Received undefined' }));
    expect(() => events.addAbortListener(ac.signal, 5)).toThrow(expect.objectContaining({ code: 'ERR_INVALID_ARG_TYPE',
      message: 'The "listener" argument must be of type function. Received type number (5)' }));
  });
});
