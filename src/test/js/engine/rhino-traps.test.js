// The Rhino 1.9.1 traps of CONTRIBUTING.md ("Rhino traps"), each pinned: where the runtime patches the engine, the
// patched behaviour (Node's answer); where the runtime's own JS must code around a trap, the trap itself, so that
// the day an engine upgrade removes it this test says the workaround can go (the loop-binding traps, which user code
// no longer meets, are pinned on the bare engine by RhinoLoopTrapsTest).
const { Writable, Duplex } = require('node:stream');

describe('Rhino traps the runtime patches (bootstrap.js)', () => {
  it('Object.is is SameValue after n++ (Rhino compares an Integer with a Double)', () => {
    let n = 0;
    n++;
    expect(Object.is(n, 1)).toBe(true);
    expect(Object.is(0, -0)).toBe(false);
    expect(Object.is(NaN, NaN)).toBe(true);
  });

  it('Promise.allSettled reports "rejected" without Rhino\'s leading space', () => {
    return Promise.allSettled([Promise.reject(new Error('no'))]).then(r => {
      expect(r[0].status).toBe('rejected');
    });
  });

  it('Symbol.asyncIterator exists', () => {
    expect(typeof Symbol.asyncIterator).toBe('symbol');
  });

  it('an engine error thrown in a promise reaction stays the real error object', () => {
    return Promise.resolve(null).then(v => v.x).then(() => {
      throw new Error('not reached');
    }, e => {
      expect(e instanceof TypeError).toBe(true);
      expect(typeof e.stack).toBe('string');
    });
  });

  it('an Error subclass made by Reflect.construct or setPrototypeOf has a readable stack', () => {
    function Sub(message) {}
    Sub.prototype = Object.create(Error.prototype, { name: { value: 'Sub' } });
    const made = Reflect.construct(Error, ['boom'], Sub);
    expect(made.stack.split('\n')[0]).toBe('Sub: boom');
    const moved = new Error('moved');
    Object.setPrototypeOf(moved, Sub.prototype);
    expect(moved.stack.split('\n')[0]).toBe('Sub: moved');
  });
});

describe('Rhino loop-binding traps user code is rewritten past as it compiles (engine.ScopingContext)', () => {
  // the runtime's own JS still meets them (its scripts compile without the rewrite): RhinoLoopTrapsTest pins them
  it('a const in a loop body gets each iteration\'s value', () => {
    const seen = [];
    for (let i = 0; i < 3; i++) {
      const x = i;
      seen.push(x);
    }
    expect(seen).toEqual([0, 1, 2]);
  });

  it('for (let x of ...) gives each iteration its own binding', () => {
    const fns = [];
    for (let x of [1, 2]) fns.push(() => x);
    expect(fns.map(f => f())).toEqual([1, 2]);
  });
});

describe('Rhino traps the runtime\'s own JS codes around (user code is lowered past them)', () => {
  it('instanceof ignores Symbol.hasInstance: ask Writable[Symbol.hasInstance] for a Duplex', () => {
    const d = new Duplex();
    expect(d instanceof Writable).toBe(false);
    expect(Writable[Symbol.hasInstance](d)).toBe(true);
  });
});
