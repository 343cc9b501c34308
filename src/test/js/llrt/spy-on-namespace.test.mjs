// jest.spyOn on an ES module namespace (issue 14 item 2): it was a silent no-op. Now the spy replaces the export for
// every module that imported it, and mockRestore puts the original back.
import * as greetings from './fixtures/greet.mjs';
import { greet } from './fixtures/greet.mjs';
import { shout } from './fixtures/uses-greet.mjs';

describe('jest.spyOn on a module namespace', () => {
  test('replaces the export for this file and for other importers, and restores it', () => {
    const spy = jest.spyOn(greetings, 'greet').mockReturnValue('mocked');
    expect(greetings.greet('a')).toBe('mocked');
    expect(greet('b')).toBe('mocked');
    expect(shout('c')).toBe('MOCKED');
    expect(spy).toHaveBeenCalledTimes(3);
    expect(spy).toHaveBeenLastCalledWith('c');
    spy.mockRestore();
    expect(shout('c')).toBe('HI C');
    expect(greet('d')).toBe('hi d');
  });

  test('calls through to the original until told otherwise', () => {
    const spy = jest.spyOn(greetings, 'greet');
    expect(shout('x')).toBe('HI X');
    expect(spy).toHaveBeenCalledWith('x');
    spy.mockRestore();
  });

  test('a property that cannot be replaced is a clear error, not a silent no-op', () => {
    const frozen = Object.freeze({ f() { return 1; } });
    expect(() => jest.spyOn(frozen, 'f')).toThrow('Cannot spy on the f property because it is not writable');
  });
});
