// Tests for DOMException (the errors room's llrt:dom-exception): the WebIDL names and their legacy codes, as
// browsers and Node have them.
describe('DOMException', () => {
  it('takes its name and message, and the legacy code of a known name', () => {
    let e = new DOMException('stopped', 'AbortError');
    expect([e.name, e.message, e.code]).toEqual(['AbortError', 'stopped', 20]);
    expect(e instanceof Error).toBe(true);
    expect(Object.prototype.toString.call(e)).toBe('[object DOMException]');
  });

  it('defaults to Error with code 0, and has the code constants', () => {
    let e = new DOMException();
    expect([e.name, e.message, e.code]).toEqual(['Error', '', 0]);
    expect(new DOMException('x', 'TimeoutError').code).toBe(23);
    expect([DOMException.ABORT_ERR, DOMException.DATA_CLONE_ERR]).toEqual([20, 25]);
  });
});
