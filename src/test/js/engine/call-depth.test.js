// Runaway recursion and call depth, as Node.js has them (Node 20: `node -e "try{(function f(){f()})()}catch(e)
// {console.log(e.name, e.message, e.stack.split('\n').length - 1)}"` prints `RangeError Maximum call stack size
// exceeded 10`; a plain function recurses about 11,000 deep before that).
describe('call depth', () => {
  it('turns runaway recursion into a catchable RangeError with Node\'s message', () => {
    let caught = null;
    try {
      (function f() { f(); })();
    } catch (e) {
      caught = e;
    }
    expect(caught instanceof RangeError).toBe(true);
    expect(caught.message).toBe('Maximum call stack size exceeded');
  });
  it('keeps Node\'s 10 frames in the stack of such an error', () => {
    let stack = '';
    try {
      (function f() { f(); })();
    } catch (e) {
      stack = e.stack;
    }
    expect(stack.split('\n')[0]).toBe('RangeError: Maximum call stack size exceeded');
    expect(stack.split('\n').length - 1).toBe(10);
    expect(Error.stackTraceLimit).toBe(10);
  });
  it('allows deep recursion short of the limit, and goes on working after the error', () => {
    function depth(n) { return n === 0 ? 0 : 1 + depth(n - 1); }
    expect(depth(9000)).toBe(9000);
    try { (function f() { f(); })(); } catch (e) { /* the loop and the realm survive it */ }
    expect(depth(5000)).toBe(5000);
  });
});
