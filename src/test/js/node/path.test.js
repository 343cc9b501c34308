// Tests for the node:path built-in (POSIX semantics, Rhino-safe syntax).
const path = require('node:path');

describe('path', () => {
  it('join and normalize', () => {
    expect(path.join('/foo', 'bar', 'baz/asdf', 'quux', '..')).toBe('/foo/bar/baz/asdf');
    expect(path.join('a', '', 'b')).toBe('a/b');
    expect(path.join()).toBe('.');
    expect(path.join('..', 'a', '../..')).toBe('../..');
    expect(path.normalize('/foo/bar//baz/asdf/quux/..')).toBe('/foo/bar/baz/asdf');
    expect(path.normalize('a/')).toBe('a/');
    expect(path.normalize('./')).toBe('./');
    expect(path.normalize('')).toBe('.');
    expect(path.normalize('/../a')).toBe('/a');
    expect(() => path.join('a', 1)).toThrow(TypeError);
  });
  it('resolve uses the working directory for relative input', () => {
    expect(path.resolve('/foo/bar', './baz')).toBe('/foo/bar/baz');
    expect(path.resolve('/foo/bar', '/tmp/file/')).toBe('/tmp/file');
    expect(path.resolve('/a', 'b', '..', 'c')).toBe('/a/c');
    expect(path.isAbsolute(path.resolve('rel'))).toBe(true);
    expect(path.resolve('rel')).toBe(path.join(path.resolve(), 'rel'));
  });
  it('relative', () => {
    expect(path.relative('/data/orandea/test/aaa', '/data/orandea/impl/bbb')).toBe('../../impl/bbb');
    expect(path.relative('/a/b', '/a/b')).toBe('');
    expect(path.relative('/a/b', '/a/b/c/d')).toBe('c/d');
    expect(path.relative('/', '/x')).toBe('x');
  });
  it('dirname, basename, extname', () => {
    expect(path.dirname('/a/b/c.txt')).toBe('/a/b');
    expect(path.dirname('/a')).toBe('/');
    expect(path.dirname('a')).toBe('.');
    expect(path.dirname('a/b/')).toBe('a');
    expect(path.basename('/a/b/c.txt')).toBe('c.txt');
    expect(path.basename('/a/b/c.txt', '.txt')).toBe('c');
    expect(path.basename('/a/b/')).toBe('b');
    expect(path.basename('aaa/bbb', 'bbb')).toBe('bbb');
    expect(path.extname('index.html')).toBe('.html');
    expect(path.extname('index.coffee.md')).toBe('.md');
    expect(path.extname('index.')).toBe('.');
    expect(path.extname('.bashrc')).toBe('');
    expect(path.extname('index')).toBe('');
  });
  it('parse and format round-trip', () => {
    expect(path.parse('/home/user/dir/file.txt')).toEqual({ root: '/', dir: '/home/user/dir', base: 'file.txt', ext: '.txt', name: 'file' });
    expect(path.parse('file')).toEqual({ root: '', dir: '', base: 'file', ext: '', name: 'file' });
    expect(path.parse('/')).toEqual({ root: '/', dir: '/', base: '', ext: '', name: '' });
    expect(path.format({ root: '/ignored', dir: '/home/user/dir', base: 'file.txt' })).toBe('/home/user/dir/file.txt');
    expect(path.format({ root: '/', name: 'file', ext: '.txt' })).toBe('/file.txt');
    expect(path.format(path.parse('/x/y.z'))).toBe('/x/y.z');
  });
  it('constants and aliases', () => {
    expect(path.sep).toBe('/');
    expect(path.delimiter).toBe(':');
    expect(path.posix).toBe(path);
    expect(path.toNamespacedPath('/a')).toBe('/a');
    expect(path.isAbsolute('/x')).toBe(true);
    expect(path.isAbsolute('x')).toBe(false);
  });
});
