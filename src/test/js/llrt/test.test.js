// Self-tests of the llrt:test runner, run by `llrt test` itself (see TestRunnerJsSelfTest.java).
// Written in the syntax Rhino parses directly, so they do not depend on lowering.
const api = require('llrt:test');

const fails = f => expect(f).toThrow();
const message = f => {
  try {
    f();
  } catch (e) {
    return e.message;
  }
  throw new Error('expected a failure');
};

describe('equality semantics (Jest)', () => {
  test('toEqual ignores undefined properties, toStrictEqual does not', () => {
    expect({ a: 1, b: undefined }).toEqual({ a: 1 });
    fails(() => expect({ a: 1, b: undefined }).toStrictEqual({ a: 1 }));
  });

  test('toStrictEqual checks array holes and prototypes', () => {
    expect([, 1]).toEqual([undefined, 1]);
    fails(() => expect([, 1]).toStrictEqual([undefined, 1]));
    function Point(x) { this.x = x; }
    expect(new Point(1)).toEqual({ x: 1 });
    fails(() => expect(new Point(1)).toStrictEqual({ x: 1 }));
  });

  test('numbers: NaN equals NaN, 0 differs from -0, incremented integers are the same value', () => {
    expect(NaN).toEqual(NaN);
    fails(() => expect(0).toEqual(-0));
    let n = 0;
    n++;
    n++;
    expect(n).toBe(2);
  });

  test('maps and sets compare by content in any order', () => {
    expect(new Map([['a', 1], ['b', { x: 1 }]])).toEqual(new Map([['b', { x: 1 }], ['a', 1]]));
    expect(new Set([1, { a: 1 }])).toEqual(new Set([{ a: 1 }, 1]));
    fails(() => expect(new Set([1, 2])).toEqual(new Set([1, 3])));
  });

  test('cycles terminate', () => {
    const a = { x: 1 };
    a.self = a;
    const b = { x: 1 };
    b.self = b;
    expect(a).toEqual(b);
  });
});

describe('asymmetric matchers', () => {
  test('inside objects and arrays', () => {
    expect({ id: 3, name: 'x', tags: ['a', 'b'] }).toEqual({
      id: expect.any(Number),
      name: expect.stringMatching(/^x$/),
      tags: expect.arrayContaining(['b']),
    });
    expect({ a: { b: 1, c: 2 } }).toEqual(expect.objectContaining({ a: expect.objectContaining({ b: 1 }) }));
    expect('hello').toEqual(expect.not.stringContaining('z'));
    expect(0.1 + 0.2).toEqual(expect.closeTo(0.3, 5));
  });

  test('anything() does not match null or undefined', () => {
    fails(() => expect({ a: undefined }).toEqual({ a: expect.anything() }));
    fails(() => expect(null).toEqual(expect.anything()));
  });

  test('a matched matcher does not show up as a difference', () => {
    const text = message(() => expect({ a: 1, b: 2 }).toEqual({ a: expect.any(Number), b: 3 }));
    expect(text).toContain('-   "b": 3,');
    expect(text).toContain('+   "b": 2,');
    expect(text).not.toContain('+   "a": 1');
  });
});

describe('failure messages', () => {
  test('toEqual prints a line diff with counts', () => {
    const text = message(() => expect({ list: [1, 2] }).toEqual({ list: [1, 3] }));
    expect(text.split('\n')).toEqual(expect.arrayContaining([
      'expect(received).toEqual(expected) // deep equality',
      '- Expected  - 1',
      '+ Received  + 1',
      '-     3,',
      '+     2,',
    ]));
  });

  test('toBe on equal-looking objects suggests toStrictEqual', () => {
    expect(message(() => expect({ a: 1 }).toBe({ a: 1 }))).toContain('replace "toBe" with "toStrictEqual"');
  });

  test('scalars print Expected and Received lines', () => {
    expect(message(() => expect(1).toBe(2))).toBe('expect(received).toBe(expected) // Object.is equality\n\nExpected: 2\nReceived: 1');
  });

  test('.not messages say not', () => {
    expect(message(() => expect([1]).not.toContain(1))).toContain('Expected value: not 1');
  });

  test('matcher misuse fails even under .not', () => {
    expect(message(() => expect(1).not.toHaveBeenCalled())).toContain('received value must be a mock or spy function');
  });

  test('long unchanged stretches fold into hunks', () => {
    const big = [];
    for (let i = 0; i < 40; i++) big.push(i);
    const changed = big.slice();
    changed[20] = 'x';
    const text = message(() => expect(changed).toEqual(big));
    expect(text).toMatch(/@@ -\d+,\d+ \+\d+,\d+ @@/);
    expect(text).not.toContain('    0,');
  });
});

describe('promises', () => {
  test('resolves and rejects', () => {
    return Promise.all([
      expect(Promise.resolve(2)).resolves.toBe(2),
      expect(Promise.reject(new TypeError('bad'))).rejects.toThrow(TypeError),
      expect(Promise.reject({ code: 'E' })).rejects.toMatchObject({ code: 'E' }),
    ]);
  });

  test('resolves fails for a rejected promise', () => {
    return expect(Promise.reject(new Error('no')).catch(e => { throw e; })).resolves.toBe(1).then(
      () => { throw new Error('should have failed'); },
      e => expect(e.message).toContain('Received promise rejected instead of resolved'));
  });
});

describe('mocks', () => {
  test('records calls, results and instances', () => {
    const f = jest.fn(x => x * 2);
    f(1);
    f(2);
    expect(f.mock.calls).toEqual([[1], [2]]);
    expect(f.mock.results).toEqual([{ type: 'return', value: 2 }, { type: 'return', value: 4 }]);
    expect(f).toHaveBeenNthCalledWith(2, 2);
    expect(f).toHaveLastReturnedWith(4);
    const Ctor = jest.fn(function () { this.made = true; });
    const made = new Ctor();
    expect(Ctor.mock.instances[0]).toBe(made);
  });

  test('once values run out in order, then the default applies', () => {
    const f = vi.fn().mockReturnValue('d').mockReturnValueOnce('a').mockReturnValueOnce('b');
    expect([f(), f(), f()]).toEqual(['a', 'b', 'd']);
  });

  test('mockResolvedValue and mockRejectedValue', () => {
    const ok = jest.fn().mockResolvedValue(1);
    const bad = jest.fn().mockRejectedValue(new Error('x'));
    return Promise.all([expect(ok()).resolves.toBe(1), expect(bad()).rejects.toThrow('x')]);
  });

  test('spyOn wraps and restores', () => {
    const target = { twice: x => x * 2 };
    const spy = jest.spyOn(target, 'twice').mockImplementationOnce(() => -1);
    expect(target.twice(3)).toBe(-1);
    expect(target.twice(3)).toBe(6);
    expect(spy).toHaveBeenCalledTimes(2);
    spy.mockRestore();
    expect(jest.isMockFunction(target.twice)).toBe(false);
  });

  test('clearAllMocks empties every mock', () => {
    const f = jest.fn();
    f();
    jest.clearAllMocks();
    expect(f).not.toHaveBeenCalled();
  });
});

describe('each', () => {
  const seen = [];
  test.each([[1, 1, 2], [2, 3, 5]])('%i + %i = %i', (a, b, sum) => {
    seen.push(a + b);
    expect(a + b).toBe(sum);
  });
  test.each([{ n: 1, word: 'one' }])('object row $word', row => {
    expect(row.n).toBe(1);
  });
  test('ran every row', () => {
    expect(seen).toEqual([2, 5]);
  });
});

describe('hooks', () => {
  const order = [];
  beforeAll(() => order.push('outer beforeAll'));
  beforeEach(() => order.push('outer beforeEach'));
  afterEach(() => order.push('outer afterEach'));
  describe('inner', () => {
    beforeEach(() => order.push('inner beforeEach'));
    afterEach(() => order.push('inner afterEach'));
    test('first', () => order.push('test'));
  });
  test('run outer to inner before, inner to outer after', () => {
    expect(order).toEqual(['outer beforeAll', 'outer beforeEach', 'inner beforeEach', 'test', 'inner afterEach',
      'outer afterEach', 'outer beforeEach']);
  });
});

describe('async styles', () => {
  test('done callback', done => {
    setTimeout(() => done(), 1);
  });
  test('returned promise', () => new Promise(resolve => setTimeout(resolve, 1)));
  test('expect.assertions counts assertions', () => {
    expect.assertions(1);
    return Promise.resolve(5).then(v => expect(v).toBe(5));
  });
  test.failing('a failing test that fails passes', () => {
    expect(1).toBe(2);
  });
});

describe('fake timers', () => {
  afterEach(() => jest.useRealTimers());

  test('advanceTimersByTime fires due timers in order, intervals repeatedly', () => {
    jest.useFakeTimers();
    const fired = [];
    setTimeout(() => fired.push('b'), 200);
    setTimeout(() => fired.push('a'), 100);
    const interval = setInterval(() => fired.push('i'), 150);
    jest.advanceTimersByTime(160);
    expect(fired).toEqual(['a', 'i']);
    jest.advanceTimersByTime(150);
    expect(fired).toEqual(['a', 'i', 'b', 'i']);
    clearInterval(interval);
    expect(jest.getTimerCount()).toBe(0);
  });

  test('Date follows the fake clock', () => {
    vi.useFakeTimers({ now: 1000 });
    expect(Date.now()).toBe(1000);
    vi.advanceTimersByTime(500);
    expect(new Date().getTime()).toBe(1500);
    expect(new Date(5).getTime()).toBe(5);
    vi.setSystemTime(new Date(86400000));
    expect(Date.now()).toBe(86400000);
    expect(new Date()).toBeInstanceOf(Date);
  });

  test('runAllTimers runs timers scheduled by timers; test timeouts still use real time', () => {
    jest.useFakeTimers();
    let count = 0;
    const tick = () => { if (++count < 5) setTimeout(tick, 1000); };
    setTimeout(tick, 1000);
    jest.runAllTimers();
    expect(count).toBe(5);
    return new Promise(resolve => { jest.useRealTimers(); setTimeout(resolve, 5); });
  });
});

describe('module and globals', () => {
  test('the module exports the same API as the globals', () => {
    expect(api.expect).toBe(expect);
    expect(api.describe).toBe(describe);
    expect(api.jest.fn).toBe(jest.fn);
    expect(typeof api.vi.spyOn).toBe('function');
  });

  test('console output is captured, not printed', () => {
    console.log('captured line', { a: 1 });
    expect(typeof console.log).toBe('function');
  });
});
