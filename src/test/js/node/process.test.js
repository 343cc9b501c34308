// Tests for node:process (the global is its module): env holds strings, hrtime counts forward, nextTick's order (checked
// against Node running the same code inside a promise job, as a test body is), the values a handler reads at start.
const processModule = require('node:process');
const path = require('node:path');

describe('process', () => {
  it('the global is node:process', () => {
    expect(processModule).toBe(process);
  });

  it('env turns what is stored into strings, and delete removes it', () => {
    process.env.LLRT_PROCESS_TEST = 42;
    expect(process.env.LLRT_PROCESS_TEST).toBe('42');
    delete process.env.LLRT_PROCESS_TEST;
    expect('LLRT_PROCESS_TEST' in process.env).toBe(false);
  });

  it('hrtime counts forward in both forms', () => {
    let a = process.hrtime.bigint();
    let start = process.hrtime();
    let b = process.hrtime.bigint();
    expect(typeof a).toBe('bigint');
    expect(b >= a).toBe(true);
    let diff = process.hrtime(start);
    expect(diff.length).toBe(2);
    expect(diff[0] >= 0 && diff[1] >= 0 && diff[1] < 1e9).toBe(true);
  });

  it('nextTick callbacks get their arguments, after the promise job in progress drains (as in Node)', async () => {
    let seen = [];
    await new Promise(resolve => {
      Promise.resolve().then(() => { seen.push('promise'); resolve(); });
      process.nextTick((a, b) => seen.push('tick ' + a + b), 1, 2);
    });
    expect(seen).toEqual(['promise']);
    await new Promise(resolve => setTimeout(resolve, 5));
    expect(seen).toEqual(['promise', 'tick 12']);
  });

  it('platform, cwd and argv are those of this process', () => {
    expect(process.platform).toBe('linux');
    expect(process.cwd()).toBe(path.resolve('.'));
    expect(Array.isArray(process.argv) && process.argv.every(a => typeof a === 'string')).toBe(true);
  });
});
