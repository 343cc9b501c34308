// Tests for the node:assert built-in (Rhino-safe syntax).
const assert = require('node:assert');

function caught(fn) {
  try {
    fn();
  } catch (e) {
    return e;
  }
  throw new Error('expected a throw');
}

describe('assert', () => {
  it('ok and the callable form', () => {
    assert(true);
    assert.ok(1);
    const e = caught(() => assert.ok(0));
    expect(e instanceof assert.AssertionError).toBe(true);
    expect(e instanceof Error).toBe(true);
    expect(e.code).toBe('ERR_ASSERTION');
    expect(e.name).toBe('AssertionError');
    expect(e.actual).toBe(0);
    expect(e.expected).toBe(true);
    expect(e.operator).toBe('==');
    expect(caught(() => assert.ok()).message).toBe('No value argument passed to `assert.ok()`');
    expect(caught(() => assert(false, 'custom')).message).toBe('custom');
    const own = new TypeError('own');
    expect(caught(() => assert.ok(false, own))).toBe(own);
  });
  it('equal family messages', () => {
    expect(caught(() => assert.equal(1, 2)).message).toBe('1 == 2');
    expect(caught(() => assert.notEqual(1, '1')).message).toBe("1 != '1'");
    expect(caught(() => assert.strictEqual(1, 2)).message).toBe('Expected values to be strictly equal:\n\n1 !== 2\n');
    expect(caught(() => assert.notStrictEqual(1, 1)).message).toBe('Expected "actual" to be strictly unequal to: 1');
    expect(caught(() => assert.strictEqual({ a: 1 }, { a: 1 })).message)
      .toBe('Values have same structure but are not reference-equal:\n\n{\n  a: 1\n}\n');
    assert.equal(1, '1');
    assert.equal(NaN, NaN);
    assert.strictEqual(NaN, NaN);
  });
  it('deep equality, loose and strict', () => {
    assert.deepEqual({ a: 1 }, { a: '1' });
    assert.deepStrictEqual({ a: [1, { b: new Map([[1, new Set([2])]]) }] }, { a: [1, { b: new Map([[1, new Set([2])]]) }] });
    assert.notDeepStrictEqual({ a: 1 }, { a: '1' });
    assert.notDeepEqual({ a: 1 }, { a: 2 });
    const e = caught(() => assert.deepStrictEqual({ a: 1, b: [1, 2] }, { a: 1, b: [1, 3] }));
    expect(e.message).toBe('Expected values to be strictly deep-equal:\n+ actual - expected\n\n' +
      '  {\n    a: 1,\n    b: [\n      1,\n+     2\n-     3\n    ]\n  }');
    expect(e.operator).toBe('deepStrictEqual');
    expect(caught(() => assert.deepEqual({ a: 1 }, { a: 2 })).message)
      .toBe('Expected values to be loosely deep-equal:\n\n{\n  a: 1\n}\n\nshould loosely deep-equal\n\n{\n  a: 2\n}');
    expect(caught(() => assert.deepStrictEqual([1, 2], { 0: 1, 1: 2, length: 2 })).code).toBe('ERR_ASSERTION');
  });
  it('throws with constructor, RegExp, validator and object', () => {
    assert.throws(() => { throw new TypeError('tt'); }, TypeError);
    assert.throws(() => { throw new TypeError('tt'); }, /tt/);
    assert.throws(() => { throw new TypeError('tt'); }, (e) => e.message === 'tt');
    assert.throws(() => { throw new TypeError('tt'); }, { name: 'TypeError', message: /t+/ });
    expect(caught(() => assert.throws(() => {})).message).toBe('Missing expected exception.');
    expect(caught(() => assert.throws(() => {}, TypeError)).message).toBe('Missing expected exception (TypeError).');
    expect(caught(() => assert.throws(() => {}, 'why')).message).toBe('Missing expected exception: why');
    expect(caught(() => assert.throws(() => { throw new Error('x'); }, TypeError)).message)
      .toBe('The error is expected to be an instance of "TypeError". Received "Error"\n\nError message:\n\nx');
    expect(caught(() => assert.throws(() => { throw new Error('x'); }, { message: 'y' })).message)
      .toBe("Expected values to be strictly deep-equal:\n+ actual - expected\n\n  Comparison {\n+   message: 'x'\n-   message: 'y'\n  }");
  });
  it('doesNotThrow', () => {
    assert.doesNotThrow(() => 1);
    expect(caught(() => assert.doesNotThrow(() => { throw new Error('boom'); })).message)
      .toBe('Got unwanted exception.\nActual message: "boom"');
    expect(caught(() => assert.doesNotThrow(() => { throw new Error('boom'); }, 'm')).message)
      .toBe('Got unwanted exception: m\nActual message: "boom"');
  });
  it('match, doesNotMatch, fail and ifError', () => {
    assert.match('abc', /b/);
    assert.doesNotMatch('abc', /x/);
    expect(caught(() => assert.match('abc', /x/)).message).toBe("The input did not match the regular expression /x/. Input:\n\n'abc'\n");
    expect(caught(() => assert.doesNotMatch('abc', /b/)).message)
      .toBe("The input was expected to not match the regular expression /b/. Input:\n\n'abc'\n");
    expect(caught(() => assert.fail()).message).toBe('Failed');
    expect(caught(() => assert.fail('boo')).message).toBe('boo');
    assert.ifError(null);
    assert.ifError(undefined);
    expect(caught(() => assert.ifError(new Error('e'))).message).toBe('ifError got unwanted exception: e');
  });
  it('strict mode maps loose methods to strict ones', () => {
    expect(assert.strict.equal).toBe(assert.strictEqual);
    expect(assert.strict.deepEqual).toBe(assert.deepStrictEqual);
    expect(assert.strict.strict).toBe(assert.strict);
    expect(caught(() => assert.strict.equal(1, '1')).operator).toBe('strictEqual');
    assert.strict(true);
  });
  it('AssertionError can be constructed directly', () => {
    const e = new assert.AssertionError({ actual: 1, expected: 2, operator: 'strictEqual' });
    expect(e.message).toBe('Expected values to be strictly equal:\n\n1 !== 2\n');
    expect(e.generatedMessage).toBe(true);
    const m = new assert.AssertionError({ message: 'mine' });
    expect(m.message).toBe('mine');
    expect(m.generatedMessage).toBe(false);
  });
  it('rejects and doesNotReject', () => {
    return assert.rejects(Promise.reject(new TypeError('x')), TypeError)
      .then(() => assert.rejects(() => Promise.reject(new Error('y')), /y/))
      .then(() => assert.doesNotReject(() => Promise.resolve(2)))
      .then(() => assert.rejects(Promise.resolve(1)).then(() => { throw new Error('should reject'); }, (e) => {
        expect(e.message).toBe('Missing expected rejection.');
      }))
      .then(() => assert.doesNotReject(Promise.reject(new Error('r'))).then(() => { throw new Error('should reject'); }, (e) => {
        expect(e.message).toBe('Got unwanted rejection.\nActual message: "r"');
      }));
  });
});
