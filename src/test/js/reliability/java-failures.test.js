// Java failures inside the engine are the JS errors Node throws, and JS can catch them (issue 12, item 1). Before,
// a Java StackOverflowError skipped every JS catch block and ended the process ("[Error: StackOverflowError]", exit 1).
// Node 20 answers: JSON.parse of any depth parses; JSON.stringify past ~4,100 levels and recursion through a built-in
// throw RangeError 'Maximum call stack size exceeded'.
function nestedArrays(depth) {
  let a = [];
  for (let i = 0; i < depth; i++) a = [a];
  return a;
}

function caught(fn) {
  try {
    fn();
  } catch (e) {
    return e;
  }
  return null;
}

describe('Java failures crossing into JS', () => {
  it('parses JSON nested 5,000 deep, as Node does', () => {
    let value = JSON.parse('['.repeat(5000) + ']'.repeat(5000));
    let depth = 0;
    for (let v = value; Array.isArray(v); v = v[0]) depth++;
    expect(depth).toBe(5000);
  });
  it('parses a 5,000-deep object inside try/catch and goes on', () => {
    let text = '{"a":'.repeat(5000) + '1' + '}'.repeat(5000);
    let e = caught(() => JSON.parse(text));
    expect(e).toBe(null);
  });
  it('turns JSON nested past the stack into a catchable RangeError', () => {
    let e = caught(() => JSON.parse('['.repeat(300000) + ']'.repeat(300000)));
    expect(e instanceof RangeError).toBe(true);
    expect(e.message).toBe('Maximum call stack size exceeded');
  });
  it('turns a JSON.stringify too deep for the stack into a catchable RangeError, as in Node', () => {
    let e = caught(() => JSON.stringify(nestedArrays(100000)));
    expect(e instanceof RangeError).toBe(true);
    expect(e.message).toBe('Maximum call stack size exceeded');
    expect(JSON.stringify(nestedArrays(3))).toBe('[[[[]]]]');
  });
  it('turns recursion through a built-in callback into a catchable RangeError', () => {
    function viaForEach() { [1].forEach(viaForEach); }
    let e = caught(viaForEach);
    expect(e instanceof RangeError).toBe(true);
    expect(e.message).toBe('Maximum call stack size exceeded');
    expect(e.stack.split('\n')[0]).toBe('RangeError: Maximum call stack size exceeded');
  });
  it('runs finally blocks on the way out of such an overflow', () => {
    let ran = false;
    function recurse() { try { [1].map(recurse); } finally { ran = true; } }
    expect(caught(recurse) instanceof RangeError).toBe(true);
    expect(ran).toBe(true);
  });
  it('rejects the promise of an async recursion that overflows, as Node does', async () => {
    async function down(n) { return n === 0 ? 0 : 1 + await down(n - 1); }
    let e = null;
    try {
      await down(100000);
    } catch (err) {
      e = err;
    }
    expect(e instanceof RangeError).toBe(true);
    expect(await down(200)).toBe(200);
  });
  it('rejects a then() whose callback overflows instead of leaving it pending', async () => {
    let e = await Promise.resolve().then(() => JSON.stringify(nestedArrays(100000))).then(() => null, (err) => err);
    expect(e instanceof RangeError).toBe(true);
  });
});
