// Bad inputs that reached Java and ended the process, even inside try/catch (issue 12, item 1). Known answers from
// Node 20: `node -e "const fs=require('fs');console.log(fs.existsSync('a\0b'));try{fs.readFileSync('a\0b')}
// catch(e){console.log(e.name,e.code,e.message)}"` prints `false` then `TypeError ERR_INVALID_ARG_VALUE The argument
// 'path' must be a string, Uint8Array, or URL without null bytes. Received 'a\x00b'`.
const fs = require('fs');

const NUL_MESSAGE = "The argument 'path' must be a string, Uint8Array, or URL without null bytes. Received 'a\\x00b'";

describe('paths with a NUL byte', () => {
  it('do not exist', () => {
    expect(fs.existsSync('a\0b')).toBe(false);
  });
  it('are a TypeError with Node\'s code and message in sync calls', () => {
    let e = null;
    try {
      fs.readFileSync('a\0b');
    } catch (err) {
      e = err;
    }
    expect(e instanceof TypeError).toBe(true);
    expect(e.code).toBe('ERR_INVALID_ARG_VALUE');
    expect(e.message).toBe(NUL_MESSAGE);
  });
  it('reject promises, and throw at once from callback calls (a Buffer shown as Node shows it)', async () => {
    let e = await fs.promises.readFile('a\0b').then(() => null, (err) => err);
    expect(e.code).toBe('ERR_INVALID_ARG_VALUE');
    let sync = null;
    try {
      fs.stat(Buffer.from('a\0b'), () => {});
    } catch (err) {
      sync = err;
    }
    expect(sync instanceof TypeError).toBe(true);
    expect(sync.message).toBe(NUL_MESSAGE.replace("'a\\x00b'", '<Buffer 61 00 62>'));
  });
});

describe('require of a built-in name that does not exist', () => {
  it('throws a catchable MODULE_NOT_FOUND', () => {
    let e = null;
    try {
      require('llrt:test/x');
    } catch (err) {
      e = err;
    }
    expect(e instanceof Error).toBe(true);
    expect(e.code).toBe('MODULE_NOT_FOUND');
    expect(e.message.split('\n')[0]).toBe("Cannot find module 'llrt:test/x'");
  });
});
