// LLRT's llrt:util (its API.md), the llrtutil room.
const util = require('llrt:util');

describe('llrt:util', () => {
  it('dimensions is [columns, rows], [0, 0] off a terminal', () => {
    const d = util.dimensions();
    expect(d.length).toBe(2);
    expect(typeof d[0] === 'number' && typeof d[1] === 'number').toBe(true);
  });
  it('load evaluates a script file in the global scope and gives its completion value', () => {
    const fs = require('fs');
    const os = require('os');
    const path = require('path');
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'llrt-util-')), 'script.js');
    fs.writeFileSync(file, 'var llrtUtilLoaded = 41; llrtUtilLoaded + 1');
    expect(util.load(file)).toBe(42);
    expect(globalThis.llrtUtilLoaded).toBe(41);
    fs.writeFileSync(file, 'undeclaredInStrict = 1');
    expect(() => util.load(file, { strict: true })).toThrow(ReferenceError);
    expect(() => util.load(file, { global: {} })).toThrow(TypeError);
  });
  it('print writes the value and a newline', () => {
    expect(typeof util.print).toBe('function');
    util.print('llrt:util print to stderr');
  });
});
