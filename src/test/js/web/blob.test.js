// Blob and File; expectations checked against Node 20 (same file under a Jest shim).
describe('Blob', () => {
  it('concatenates strings, buffers, views and blobs', async () => {
    const buf = new Uint8Array([1, 2, 3, 4]).buffer;
    const b = new Blob(['aé', new Uint8Array([0xe2, 0x82, 0xac]), new Blob(['!']), buf, new DataView(buf, 1, 2), new Uint32Array(new Uint8Array([5, 6, 7, 8]).buffer)]);
    expect(b.size).toBe(3 + 3 + 1 + 4 + 2 + 4);
    expect(Array.from(new Uint8Array(await b.arrayBuffer()))).toEqual([0x61, 0xc3, 0xa9, 0xe2, 0x82, 0xac, 0x21, 1, 2, 3, 4, 2, 3, 5, 6, 7, 8]);
  });
  it('stringifies other parts and takes any iterable', async () => {
    expect(await new Blob([1, null, { toString: () => 'o' }]).text()).toBe('1nullo');
    expect(await new Blob(new Set(['a', 'b'])).text()).toBe('ab');
    expect(new Blob().size).toBe(0);
  });
  it('rejects a string or a non-iterable as sources', () => {
    expect(() => new Blob('abc')).toThrow(TypeError);
    expect(() => new Blob(5)).toThrow(TypeError);
  });
  it('lower-cases the type and drops a non-printable one', () => {
    expect(new Blob([], { type: 'Text/HTML; Charset=UTF-8' }).type).toBe('text/html; charset=utf-8');
    expect(new Blob([], { type: 'a\u00e9' }).type).toBe('');
    expect(new Blob([]).type).toBe('');
  });
  it('copies its sources', async () => {
    const bytes = new Uint8Array([1, 2]);
    const b = new Blob([bytes]);
    bytes[0] = 9;
    expect(Array.from(await b.bytes())).toEqual([1, 2]);
  });
  it('converts line endings when asked', async () => {
    expect(await new Blob(['a\r\nb\rc\n'], { endings: 'native' }).text()).toBe('a\nb\rc\n');
    expect(await new Blob(['a\r\nb'], { endings: 'transparent' }).text()).toBe('a\r\nb');
  });
  it('slices with negative and out-of-range indices', async () => {
    const b = new Blob(['0123456789'], { type: 'text/plain' });
    expect(await b.slice(2, 5).text()).toBe('234');
    expect(await b.slice(-3).text()).toBe('789');
    expect(await b.slice(-3, -1).text()).toBe('78');
    expect(await b.slice(5, 2).text()).toBe('');
    expect(await b.slice(-100, 100).text()).toBe('0123456789');
    expect(b.slice(1).type).toBe('');
    expect(b.slice(1, 2, 'X/Y').type).toBe('x/y');
    expect(b.slice(3).slice(1, 3).size).toBe(2);
    expect(await b.slice(3).slice(1, 3).text()).toBe('45');
  });
  it('text() decodes UTF-8 with replacement characters', async () => {
    expect(await new Blob([new Uint8Array([0x61, 0xff, 0xe2, 0x82, 0x62, 0xf0, 0x9f, 0x98, 0x80])]).text()).toBe('a\ufffd\ufffdb\ud83d\ude00');
    expect(await new Blob(['\ud800x']).text()).toBe('\ufffdx');
  });
  it('arrayBuffer() and bytes() give fresh copies', async () => {
    const b = new Blob(['ab']);
    const first = await b.bytes();
    first[0] = 0;
    expect(first instanceof Uint8Array).toBe(true);
    expect(Array.from(await b.bytes())).toEqual([97, 98]);
    const ab = await b.arrayBuffer();
    expect(ab instanceof ArrayBuffer).toBe(true);
    expect(ab.byteLength).toBe(2);
  });
  it('util.inspect shows size and type as Node does', () => {
    const util = require('node:util');
    expect(util.inspect(new Blob(['abc'], { type: 'text/plain' }))).toBe("Blob { size: 3, type: 'text/plain' }");
    expect(util.inspect(new File(['a'], 'n.txt', { lastModified: 7 }))).toBe("File { size: 1, type: '', name: 'n.txt', lastModified: 7 }");
  });
  it('is tagged Blob', () => {
    expect(Object.prototype.toString.call(new Blob([]))).toBe('[object Blob]');
    expect(Object.keys(new Blob(['x']))).toEqual([]);
  });
  // stream() returns a standard ReadableStream; it is tested only where the realm has ReadableStream (added
  // by another part of the runtime)
  it('stream() yields the bytes (when ReadableStream exists)', async () => {
    if (typeof globalThis.ReadableStream !== 'function') return;
    const reader = new Blob(['abc', new Uint8Array([0])]).stream().getReader();
    const got = [];
    for (;;) {
      const r = await reader.read();
      if (r.done) break;
      Array.from(r.value).forEach(x => got.push(x));
    }
    expect(got).toEqual([97, 98, 99, 0]);
  });
});

describe('File', () => {
  it('has a name, lastModified and the Blob behaviour', async () => {
    const f = new File(['hi'], 'a.txt', { type: 'Text/Plain', lastModified: 1234 });
    expect(f.name).toBe('a.txt');
    expect(f.lastModified).toBe(1234);
    expect(f.type).toBe('text/plain');
    expect(f.size).toBe(2);
    expect(await f.text()).toBe('hi');
    expect(f instanceof Blob).toBe(true);
    expect(f instanceof File).toBe(true);
    expect(Object.prototype.toString.call(f)).toBe('[object File]');
    expect(f.slice(0, 1) instanceof File).toBe(false);
  });
  it('defaults lastModified to now and needs two arguments', () => {
    const before = Date.now();
    const f = new File([], 'x');
    expect(f.lastModified >= before && f.lastModified <= Date.now()).toBe(true);
    expect(() => new File([])).toThrow(TypeError);
  });
});
