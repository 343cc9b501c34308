// Tests for node:tty: isatty and the WriteStream's size and colour answers.
const tty = require('node:tty');

describe('tty', () => {
  it('tty.isatty is false for what is not a terminal', () => {
    expect(tty.isatty(-1)).toBe(false);
    expect(tty.isatty(1.5)).toBe(false);
    expect(tty.isatty(987654)).toBe(false);
    // the test runner's own stdio is piped, never a terminal
    expect(tty.isatty(1)).toBe(false);
    let out = new tty.WriteStream(1);
    expect([out.isTTY, typeof out.columns, out.getWindowSize().length]).toEqual([true, 'number', 2]);
    expect(out.getColorDepth({ TERM: 'xterm-256color' })).toBe(8);
    expect(out.getColorDepth({ COLORTERM: 'truecolor' })).toBe(24);
    expect(out.getColorDepth({ NO_COLOR: '1', TERM: 'xterm' })).toBe(1);
    expect(out.hasColors(256, { TERM: 'xterm-256color' })).toBe(true);
  });
});
