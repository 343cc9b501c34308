// Tests for the navigator global (Node 21+) and stream.duplexPair (Node 22.6+). Node 20, which makes the other known
// answers, has neither: the values asserted are the ones Node 22's documentation and implementation give.
const os = require('node:os');
const { duplexPair } = require('node:stream');

describe('navigator', () => {
  it('has Node\'s fields', () => {
    expect(navigator.hardwareConcurrency).toBe(os.availableParallelism());
    expect(typeof navigator.language).toBe('string');
    expect(navigator.languages).toEqual([navigator.language]);
    expect(navigator.platform).toBe(process.arch === 'x64' ? 'Linux x86_64' : `Linux ${process.arch}`);
    expect(navigator.userAgent).toBe(`Node.js/${process.versions.node.split('.')[0]}`);
    expect(Object.prototype.toString.call(navigator)).toBe('[object Navigator]');
    expect(navigator instanceof Navigator).toBe(true);
    expect(() => new Navigator()).toThrow('Illegal constructor');
  });
});

describe('stream.duplexPair', () => {
  it('each side reads what the other writes, and ending one ends the other\'s reading', async () => {
    const [a, b] = duplexPair();
    const fromA = [];
    const fromB = [];
    b.on('data', (chunk) => fromA.push(chunk.toString()));
    a.on('data', (chunk) => fromB.push(chunk.toString()));
    const bEnded = new Promise((resolve) => b.on('end', resolve));
    a.write('hello ');
    a.write('world');
    b.write('back');
    a.end();
    await bEnded;
    expect(fromA.join('')).toBe('hello world');
    await new Promise((resolve) => setImmediate(resolve));
    expect(fromB).toEqual(['back']);
  });

  it('takes Duplex options (objectMode)', async () => {
    const [a, b] = duplexPair({ objectMode: true });
    const got = new Promise((resolve) => b.once('data', resolve));
    a.write({ x: 1 });
    expect(await got).toEqual({ x: 1 });
  });
});
