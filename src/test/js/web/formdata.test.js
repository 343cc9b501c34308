// FormData; expectations checked against Node 20 (same file under a Jest shim).
describe('FormData', () => {
  it('append, get, getAll, has, delete keep order and duplicates', () => {
    const fd = new FormData();
    fd.append('a', '1');
    fd.append('b', 2);
    fd.append('a', '3');
    expect(fd.get('a')).toBe('1');
    expect(fd.get('b')).toBe('2');
    expect(fd.get('zz')).toBe(null);
    expect(fd.getAll('a')).toEqual(['1', '3']);
    expect(fd.getAll('zz')).toEqual([]);
    expect(fd.has('b')).toBe(true);
    fd.delete('a');
    expect(fd.has('a')).toBe(false);
    expect(Array.from(fd)).toEqual([['b', '2']]);
  });
  it('set replaces the first entry and removes the others', () => {
    const fd = new FormData();
    fd.append('a', '1');
    fd.append('b', 'x');
    fd.append('a', '2');
    fd.set('a', 'new');
    fd.set('c', 'added');
    expect(Array.from(fd.entries())).toEqual([['a', 'new'], ['b', 'x'], ['c', 'added']]);
    expect(Array.from(fd.keys())).toEqual(['a', 'b', 'c']);
    expect(Array.from(fd.values())).toEqual(['new', 'x', 'added']);
  });
  it('turns Blobs into Files named "blob" or by the filename argument', async () => {
    const fd = new FormData();
    fd.append('plain', new Blob(['data'], { type: 'text/plain' }));
    fd.append('named', new Blob(['x']), 'n.bin');
    const file = new File(['f'], 'orig.txt', { type: 'text/x', lastModified: 42 });
    fd.append('file', file);
    fd.append('renamed', file, 'other.txt');
    const plain = fd.get('plain');
    expect(plain instanceof File).toBe(true);
    expect(plain.name).toBe('blob');
    expect(plain.type).toBe('text/plain');
    expect(await plain.text()).toBe('data');
    expect(fd.get('named').name).toBe('n.bin');
    expect(fd.get('file')).toBe(file);
    const renamed = fd.get('renamed');
    expect(renamed).not.toBe(file);
    expect(renamed.name).toBe('other.txt');
    expect(renamed.type).toBe('text/x');
    expect(renamed.lastModified).toBe(42);
  });
  it('rejects a filename for a string value and missing arguments', () => {
    const fd = new FormData();
    expect(() => fd.append('a', 'b', 'c.txt')).toThrow(TypeError);
    expect(() => fd.append('a')).toThrow(TypeError);
    expect(() => fd.get()).toThrow(TypeError);
  });
  it('forEach passes value, name and the form', () => {
    const fd = new FormData();
    fd.append('k', 'v');
    const seen = [];
    fd.forEach(function (value, name, self) { seen.push([value, name, self === fd, this.t]); }, { t: 1 });
    expect(seen).toEqual([['v', 'k', true, 1]]);
  });
  it('util.inspect shows the entries as Node does', () => {
    const fd = new FormData();
    fd.append('a', 'b');
    fd.append('a', 'c');
    fd.append('k', 'v');
    expect(require('node:util').inspect(fd)).toBe("FormData { a: [ 'b', 'c' ], k: 'v' }");
  });
  it('is tagged FormData and has no own keys', () => {
    const fd = new FormData();
    fd.append('a', 'b');
    expect(Object.prototype.toString.call(fd)).toBe('[object FormData]');
    expect(Object.keys(fd)).toEqual([]);
    expect(() => new FormData({})).toThrow(TypeError);
  });
});
