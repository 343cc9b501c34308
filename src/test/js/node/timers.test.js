// Tests for node:timers (the globals are its exports): order by delay, cancelling, intervals, setImmediate after the
// microtasks (orders checked against Node running the same code inside a promise job, as a test body is), Node's Timeout objects. The orders asserted are the ones Node prints for the same code.
const timers = require('node:timers');

describe('timers', () => {
  it('the globals are node:timers exports', () => {
    expect(timers.setTimeout).toBe(setTimeout);
    expect(timers.clearInterval).toBe(clearInterval);
    expect(timers.setImmediate).toBe(setImmediate);
  });

  it('runs by delay, cancels what is cleared, and setImmediate comes after promise reactions and nextTick', async () => {
    let seen = [];
    await new Promise(resolve => {
      setTimeout(() => { seen.push('t20'); resolve(); }, 20);
      setTimeout(() => seen.push('t5'), 5);
      clearTimeout(setTimeout(() => seen.push('cleared'), 1));
      setImmediate(() => seen.push('immediate'));
      Promise.resolve().then(() => seen.push('promise'));
      process.nextTick(() => seen.push('tick'));
    });
    // inside a promise job (a test body), as in Node: the promise reactions drain before the nextTick queue
    expect(seen).toEqual(['promise', 'tick', 'immediate', 't5', 't20']);
  });

  it('an interval repeats until cleared', async () => {
    let count = 0;
    await new Promise(resolve => {
      let id = setInterval(() => {
        if (++count === 3) {
          clearInterval(id);
          setTimeout(resolve, 15);
        }
      }, 1);
    });
    expect(count).toBe(3);
  });

  it('setTimeout answers a Timeout that can be unref-ed and ref-ed again', () => {
    let t = setTimeout(() => {}, 1000);
    expect(typeof t.ref).toBe('function');
    expect(t.hasRef()).toBe(true);
    t.unref();
    expect(t.hasRef()).toBe(false);
    t.ref();
    expect(t.hasRef()).toBe(true);
    clearTimeout(t);
  });

  it('a delay past 2^31-1 ms fires after 1 ms with a TimeoutOverflowWarning (Node 20: the same name and message)', async () => {
    const warnings = [];
    const onWarning = (w) => warnings.push([w.name, w.message]);
    process.on('warning', onWarning);
    const started = Date.now();
    try {
      await new Promise((resolve) => setTimeout(resolve, 2 ** 40));
    } finally {
      process.off('warning', onWarning);
    }
    expect(Date.now() - started < 1000).toBe(true);
    expect(warnings).toEqual([['TimeoutOverflowWarning', '1099511627776 does not fit into a 32-bit signed integer.\nTimeout duration was set to 1.']]);
  });
});
