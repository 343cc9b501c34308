// AbortController, AbortSignal and DOMException; expectations checked against Node 20 (same file under a Jest shim).
describe('DOMException', () => {
  it('has name, message, legacy code and is an Error', () => {
    const e = new DOMException('gone', 'AbortError');
    expect(e.name).toBe('AbortError');
    expect(e.message).toBe('gone');
    expect(e.code).toBe(20);
    expect(e instanceof Error).toBe(true);
    expect(e instanceof DOMException).toBe(true);
    expect(String(e)).toBe('AbortError: gone');
    expect(Object.prototype.toString.call(e)).toBe('[object DOMException]');
    expect(Object.keys(e)).toEqual([]);
    expect(e.stack.split('\n')[0]).toBe('AbortError: gone');
  });
  it('defaults and codes', () => {
    const e = new DOMException();
    expect(e.name).toBe('Error');
    expect(e.message).toBe('');
    expect(e.code).toBe(0);
    expect(new DOMException('x', 'TimeoutError').code).toBe(23);
    expect(new DOMException('x', 'DataCloneError').code).toBe(25);
    expect(new DOMException('x', 'NotSupportedError').code).toBe(9);
    expect(new DOMException('x', 'EncodingError').code).toBe(0);
    expect(new DOMException('x', { name: 'SyntaxError' }).code).toBe(12);
    expect(DOMException.ABORT_ERR).toBe(20);
    expect(DOMException.INDEX_SIZE_ERR).toBe(1);
  });
  it('can be subclassed (as lowered classes do it)', () => {
    function MyError() { return Reflect.construct(DOMException, ['m', 'AbortError'], MyError); }
    MyError.prototype = Object.create(DOMException.prototype, { constructor: { value: MyError } });
    const e = new MyError();
    expect(e instanceof MyError).toBe(true);
    expect(e instanceof DOMException).toBe(true);
    expect(e.code).toBe(20);
    expect(e.message).toBe('m');
  });
  it('carries a cause from the options form', () => {
    const cause = new Error('root');
    expect(new DOMException('x', { name: 'AbortError', cause }).cause).toBe(cause);
  });
});

describe('AbortController', () => {
  it('aborts its signal once with the default AbortError reason', () => {
    const ac = new AbortController();
    const signal = ac.signal;
    expect(signal.aborted).toBe(false);
    expect(signal.reason).toBe(undefined);
    let events = 0;
    let seenType = null;
    signal.addEventListener('abort', (e) => { events++; seenType = e.type; });
    ac.abort();
    ac.abort('again');
    expect(events).toBe(1);
    expect(seenType).toBe('abort');
    expect(signal.aborted).toBe(true);
    expect(signal.reason instanceof DOMException).toBe(true);
    expect(signal.reason.name).toBe('AbortError');
    expect(signal.reason.message).toBe('This operation was aborted');
    expect(ac.signal).toBe(signal);
  });
  it('keeps a given reason and throwIfAborted throws it', () => {
    const ac = new AbortController();
    expect(() => ac.signal.throwIfAborted()).not.toThrow();
    const reason = new Error('stop');
    ac.abort(reason);
    expect(ac.signal.reason).toBe(reason);
    expect(() => ac.signal.throwIfAborted()).toThrow('stop');
  });
  it('onabort is called, can be replaced and cleared', () => {
    const ac = new AbortController();
    const calls = [];
    ac.signal.onabort = () => calls.push('first');
    ac.signal.onabort = function (e) { calls.push(['second', e.type, this === ac.signal, e.isTrusted]); };
    expect(typeof ac.signal.onabort).toBe('function');
    ac.abort();
    expect(calls).toEqual([['second', 'abort', true, true]]);
    ac.signal.onabort = null;
    expect(ac.signal.onabort).toBe(null);
  });
  it('util.inspect shows them as Node does', () => {
    const util = require('node:util');
    expect(util.inspect(new AbortController())).toBe('AbortController { signal: AbortSignal { aborted: false } }');
    expect(util.inspect(AbortSignal.abort())).toBe('AbortSignal { aborted: true }');
  });
  it('signals cannot be constructed directly', () => {
    expect(() => new AbortSignal()).toThrow(TypeError);
    expect(ac => ac).not.toThrow();
    expect(new AbortController().signal instanceof EventTarget).toBe(true);
    expect(Object.prototype.toString.call(new AbortController().signal)).toBe('[object AbortSignal]');
  });
});

describe('AbortSignal statics', () => {
  it('abort() returns an aborted signal', () => {
    expect(AbortSignal.abort().aborted).toBe(true);
    expect(AbortSignal.abort().reason.name).toBe('AbortError');
    expect(AbortSignal.abort('why').reason).toBe('why');
  });
  it('timeout() aborts with a TimeoutError', (done) => {
    const signal = AbortSignal.timeout(5);
    expect(signal.aborted).toBe(false);
    signal.addEventListener('abort', () => {
      expect(signal.reason instanceof DOMException).toBe(true);
      expect(signal.reason.name).toBe('TimeoutError');
      expect(signal.reason.code).toBe(23);
      expect(signal.reason.message).toBe('The operation was aborted due to timeout');
      done();
    });
  });
  it('timeout() rejects a negative delay', () => {
    expect(() => AbortSignal.timeout(-1)).toThrow(RangeError);
  });
  it('timeout() does not keep the process alive', () => {
    // a pending 1-hour timeout signal: this test file (and the runner) still finish
    expect(AbortSignal.timeout(3600000).aborted).toBe(false);
  });
  it('any() follows the first source to abort', () => {
    const a = new AbortController();
    const b = new AbortController();
    const any = AbortSignal.any([a.signal, b.signal]);
    expect(any.aborted).toBe(false);
    b.abort('b first');
    a.abort('a later');
    expect(any.aborted).toBe(true);
    expect(any.reason).toBe('b first');
  });
  it('any() of an already aborted signal is aborted at once', () => {
    const any = AbortSignal.any([new AbortController().signal, AbortSignal.abort('done')]);
    expect(any.aborted).toBe(true);
    expect(any.reason).toBe('done');
    expect(() => AbortSignal.any([{}])).toThrow(TypeError);
  });
});
