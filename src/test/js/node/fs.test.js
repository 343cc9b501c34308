// node:fs and node:fs/promises. Expected errors and values are what Node 20 gives for the same calls.
const fs = require('node:fs');
const fsp = require('node:fs/promises');
const path = require('node:path');
const os = require('node:os');

let dir;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'llrt-fs-'));
});
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

function errorOf(fn) {
  try {
    fn();
  } catch (e) {
    return { message: e.message, errno: e.errno, code: e.code, syscall: e.syscall, path: e.path, dest: e.dest };
  }
  throw new Error('expected an error');
}

describe('sync API', () => {
  it('writes and reads text and bytes', () => {
    const f = path.join(dir, 'a.txt');
    fs.writeFileSync(f, 'héllo ✓');
    expect(fs.readFileSync(f, 'utf8')).toBe('héllo ✓');
    expect(fs.readFileSync(f, { encoding: 'utf-8' })).toBe('héllo ✓');
    const bytes = fs.readFileSync(f);
    expect(bytes instanceof Uint8Array).toBe(true);
    expect(Array.from(bytes.subarray(0, 3))).toEqual([104, 195, 169]);
    expect(bytes.length).toBe(10);
    fs.appendFileSync(f, new Uint8Array([33, 33]));
    expect(fs.readFileSync(f, 'utf8')).toBe('héllo ✓!!');
    expect(fs.readFileSync(f, 'base64')).toBe('aMOpbGxvIOKckyEh');
    expect(fs.readFileSync(f).length).toBe(12);
    expect(fs.readFileSync(f, 'hex')).toBe('68c3a96c6c6f20e29c932121');
  });

  it('stats files and directories', () => {
    const f = path.join(dir, 'f');
    fs.writeFileSync(f, '12345');
    const st = fs.statSync(f);
    expect(st.isFile()).toBe(true);
    expect(st.isDirectory()).toBe(false);
    expect(st.size).toBe(5);
    expect(st.mtime instanceof Date).toBe(true);
    expect(Math.abs(st.mtimeMs - Date.now()) < 60000).toBe(true);
    expect(st.mtime.getTime()).toBe(Math.floor(st.mtimeMs) === st.mtimeMs ? st.mtimeMs : st.mtime.getTime());
    expect((st.mode & 0o170000) === fs.constants.S_IFREG).toBe(true);
    expect(st instanceof fs.Stats).toBe(true);
    expect(fs.statSync(dir).isDirectory()).toBe(true);
    fs.symlinkSync(f, path.join(dir, 'link'));
    expect(fs.lstatSync(path.join(dir, 'link')).isSymbolicLink()).toBe(true);
    expect(fs.statSync(path.join(dir, 'link')).isSymbolicLink()).toBe(false);
    expect(fs.readlinkSync(path.join(dir, 'link'))).toBe(f);
    expect(fs.statSync(path.join(dir, 'nope'), { throwIfNoEntry: false })).toBe(undefined);
  });

  it('lists directories, with file types', () => {
    fs.writeFileSync(path.join(dir, 'b.txt'), '');
    fs.mkdirSync(path.join(dir, 'sub'));
    expect(fs.readdirSync(dir).sort()).toEqual(['b.txt', 'sub']);
    const entries = fs.readdirSync(dir, { withFileTypes: true }).sort((x, y) => (x.name < y.name ? -1 : 1));
    expect(entries.map(e => [e.name, e.isFile(), e.isDirectory()])).toEqual([['b.txt', true, false], ['sub', false, true]]);
    expect(entries[0] instanceof fs.Dirent).toBe(true);
    expect(entries[0].path).toBe(dir);
  });

  it('lists recursively, breadth first, as Node 20 does', () => {
    fs.mkdirSync(path.join(dir, 'sub/deeper'), { recursive: true });
    ['a', 'sub/b', 'sub/deeper/c'].forEach(f => fs.writeFileSync(path.join(dir, f), ''));
    expect(fs.readdirSync(dir, { recursive: true }).sort()).toEqual(['a', 'sub', 'sub/b', 'sub/deeper', 'sub/deeper/c']);
    const deep = fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter(d => d.name === 'c')[0];
    expect([deep.path, deep.parentPath, deep.isFile()]).toEqual([path.join(dir, 'sub/deeper'), path.join(dir, 'sub/deeper'), true]);
  });

  it('opens with numeric flags', () => {
    const f = path.join(dir, 'n');
    const c = fs.constants;
    let fd = fs.openSync(f, c.O_WRONLY | c.O_CREAT | c.O_TRUNC);
    fs.writeSync(fd, 'xyz');
    fs.closeSync(fd);
    fd = fs.openSync(f, c.O_RDONLY);
    const buf = new Uint8Array(3);
    fs.readSync(fd, buf);
    fs.closeSync(fd);
    expect(String.fromCharCode.apply(null, buf)).toBe('xyz');
    expect(errorOf(() => fs.openSync(f, c.O_WRONLY | c.O_CREAT | c.O_EXCL)).code).toBe('EEXIST');
  });

  it('makes directories recursively and returns the first one created', () => {
    expect(fs.mkdirSync(path.join(dir, 'x'))).toBe(undefined);
    expect(fs.mkdirSync(path.join(dir, 'a/b/c'), { recursive: true })).toBe(path.join(dir, 'a'));
    expect(fs.mkdirSync(path.join(dir, 'a/b/c'), { recursive: true })).toBe(undefined);
    expect(fs.existsSync(path.join(dir, 'a/b/c'))).toBe(true);
  });

  it('removes, renames and copies', () => {
    const f = path.join(dir, 'f');
    fs.writeFileSync(f, 'data');
    fs.copyFileSync(f, path.join(dir, 'g'));
    expect(fs.readFileSync(path.join(dir, 'g'), 'utf8')).toBe('data');
    fs.renameSync(path.join(dir, 'g'), path.join(dir, 'h'));
    expect(fs.existsSync(path.join(dir, 'g'))).toBe(false);
    expect(fs.existsSync(path.join(dir, 'h'))).toBe(true);
    fs.unlinkSync(path.join(dir, 'h'));
    fs.mkdirSync(path.join(dir, 'd/e'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'd/e/x'), 'x');
    fs.rmSync(path.join(dir, 'd'), { recursive: true });
    expect(fs.existsSync(path.join(dir, 'd'))).toBe(false);
    fs.rmSync(path.join(dir, 'missing'), { force: true });
    fs.mkdirSync(path.join(dir, 'empty'));
    fs.rmdirSync(path.join(dir, 'empty'));
    expect(fs.readdirSync(dir)).toEqual(['f']);
  });

  it('resolves real paths and checks access', () => {
    fs.writeFileSync(path.join(dir, 'f'), '');
    expect(fs.realpathSync(path.join(dir, '.', 'f'))).toBe(path.join(fs.realpathSync(dir), 'f'));
    expect(fs.accessSync(path.join(dir, 'f'), fs.constants.R_OK)).toBe(undefined);
    expect(fs.existsSync(path.join(dir, 'nope'))).toBe(false);
  });

  it('reads and writes through descriptors', () => {
    const f = path.join(dir, 'fd');
    const fd = fs.openSync(f, 'w+');
    expect(fs.writeSync(fd, 'abcdef')).toBe(6);
    const buf = new Uint8Array(4);
    expect(fs.readSync(fd, buf, 0, 4, 1)).toBe(4);
    expect(String.fromCharCode.apply(null, buf)).toBe('bcde');
    expect(fs.fstatSync(fd).size).toBe(6);
    fs.closeSync(fd);
    expect(errorOf(() => fs.closeSync(fd)).code).toBe('EBADF');
  });
});

describe('errors have Node\'s shape', () => {
  it('ENOENT on open', () => {
    expect(errorOf(() => fs.readFileSync('/nonexistent/x'))).toEqual({
      message: "ENOENT: no such file or directory, open '/nonexistent/x'", errno: -2, code: 'ENOENT', syscall: 'open',
      path: '/nonexistent/x', dest: undefined,
    });
  });
  it('the other codes', () => {
    fs.writeFileSync(path.join(dir, 'f'), 'x');
    fs.mkdirSync(path.join(dir, 'd'));
    fs.writeFileSync(path.join(dir, 'd/inner'), 'x');
    const at = p => path.join(dir, p);
    expect(errorOf(() => fs.readFileSync(at('d')))).toEqual({
      message: 'EISDIR: illegal operation on a directory, read', errno: -21, code: 'EISDIR', syscall: 'read',
      path: undefined, dest: undefined,
    });
    expect(errorOf(() => fs.mkdirSync(at('d'))).message).toBe(`EEXIST: file already exists, mkdir '${at('d')}'`);
    expect(errorOf(() => fs.readdirSync(at('f'))).message).toBe(`ENOTDIR: not a directory, scandir '${at('f')}'`);
    expect(errorOf(() => fs.rmdirSync(at('d'))).message).toBe(`ENOTEMPTY: directory not empty, rmdir '${at('d')}'`);
    expect(errorOf(() => fs.unlinkSync(at('d'))).message).toBe(`EISDIR: illegal operation on a directory, unlink '${at('d')}'`);
    expect(errorOf(() => fs.writeFileSync(at('d'), 'x')).message).toBe(`EISDIR: illegal operation on a directory, open '${at('d')}'`);
    expect(errorOf(() => fs.rmSync(at('nope')))).toEqual({
      message: `ENOENT: no such file or directory, lstat '${at('nope')}'`, errno: -2, code: 'ENOENT', syscall: 'lstat',
      path: at('nope'), dest: undefined,
    });
    expect(errorOf(() => fs.rmSync(at('d'))).code).toBe('ERR_FS_EISDIR');
    expect(errorOf(() => fs.renameSync(at('nope'), at('nope2')))).toEqual({
      message: `ENOENT: no such file or directory, rename '${at('nope')}' -> '${at('nope2')}'`, errno: -2,
      code: 'ENOENT', syscall: 'rename', path: at('nope'), dest: at('nope2'),
    });
    expect(errorOf(() => fs.copyFileSync(at('f'), at('f'), fs.constants.COPYFILE_EXCL)).message)
      .toBe(`EEXIST: file already exists, copyfile '${at('f')}' -> '${at('f')}'`);
    expect(errorOf(() => fs.mkdirSync(at('f/a'), { recursive: true })).message).toBe(`ENOTDIR: not a directory, mkdir '${at('f/a')}'`);
    expect(errorOf(() => fs.statSync(at('nope'))).syscall).toBe('stat');
    expect(errorOf(() => fs.accessSync(at('nope'))).message).toBe(`ENOENT: no such file or directory, access '${at('nope')}'`);
  });
  it('rejects a path of the wrong type', () => {
    const e = errorOf(() => fs.readFileSync(undefined));
    expect(e.code).toBe('ERR_INVALID_ARG_TYPE');
    expect(e.message).toBe('The "path" argument must be of type string or an instance of Buffer or URL. Received undefined');
  });
});

describe('callback API', () => {
  it('reads, writes and stats off the loop', done => {
    const f = path.join(dir, 'cb.txt');
    fs.writeFile(f, 'hello', err => {
      expect(err).toBe(null);
      fs.readFile(f, 'utf8', (err2, text) => {
        expect(err2).toBe(null);
        expect(text).toBe('hello');
        fs.stat(f, (err3, st) => {
          expect(st.size).toBe(5);
          done();
        });
      });
    });
  });
  it('passes errors to the callback', done => {
    fs.readFile(path.join(dir, 'missing'), (err, data) => {
      expect(err.code).toBe('ENOENT');
      expect(err.syscall).toBe('open');
      expect(data).toBe(undefined);
      done();
    });
  });
  it('exists', done => {
    fs.exists(dir, yes => {
      expect(yes).toBe(true);
      fs.exists(path.join(dir, 'no'), no => {
        expect(no).toBe(false);
        done();
      });
    });
  });
  it('promisifies as Node does', async () => {
    const util = require('node:util');
    expect(await util.promisify(fs.exists)(dir)).toBe(true);
    expect(await util.promisify(fs.readdir)(dir)).toEqual([]);
  });
  it('throws for a missing callback', () => {
    expect(() => fs.readFile('x')).toThrow('The "cb" argument must be of type function. Received undefined');
  });
});

describe('promises API', () => {
  it('is fs.promises', () => {
    expect(fs.promises).toBe(fsp);
  });
  it('writes, reads, lists and removes', async () => {
    const f = path.join(dir, 'p.txt');
    await fsp.writeFile(f, 'abc');
    await fsp.appendFile(f, 'def');
    expect(await fsp.readFile(f, 'utf8')).toBe('abcdef');
    expect((await fsp.stat(f)).size).toBe(6);
    await fsp.mkdir(path.join(dir, 'x/y'), { recursive: true });
    expect((await fsp.readdir(dir)).sort()).toEqual(['p.txt', 'x']);
    await fsp.rm(path.join(dir, 'x'), { recursive: true });
    await fsp.unlink(f);
    expect(await fsp.readdir(dir)).toEqual([]);
    const tmp = await fsp.mkdtemp(path.join(dir, 't-'));
    expect(/t-[A-Za-z0-9]{6}$/.test(tmp)).toBe(true);
  });
  it('rejects with Node\'s errors', async () => {
    const missing = path.join(dir, 'missing');
    await expect(fsp.readFile(missing)).rejects.toThrow(`ENOENT: no such file or directory, open '${missing}'`);
    await expect(fsp.access(missing)).rejects.toMatchObject({ code: 'ENOENT', syscall: 'access', errno: -2 });
  });
  it('opens FileHandles', async () => {
    const f = path.join(dir, 'h.txt');
    const h = await fsp.open(f, 'w+');
    await h.write('hello world');
    const { bytesRead, buffer } = await h.read(new Uint8Array(5), 0, 5, 6);
    expect(bytesRead).toBe(5);
    expect(String.fromCharCode.apply(null, buffer)).toBe('world');
    expect((await h.stat()).size).toBe(11);
    await h.close();
  });
});

describe('streams', () => {
  it('pipes a read stream into a write stream', async () => {
    const src = path.join(dir, 'src');
    const dst = path.join(dir, 'dst');
    let text = '';
    for (let i = 0; i < 5000; i++) text += 'line ' + i + '\n';
    fs.writeFileSync(src, text);
    const { pipeline } = require('node:stream/promises');
    await pipeline(fs.createReadStream(src, { highWaterMark: 1024 }), fs.createWriteStream(dst));
    expect(fs.readFileSync(dst, 'utf8')).toBe(text);
  });
  it('reads a range with an encoding', async () => {
    const f = path.join(dir, 'r');
    fs.writeFileSync(f, '0123456789');
    const chunks = [];
    for await (const chunk of fs.createReadStream(f, { start: 2, end: 5, encoding: 'utf8' })) chunks.push(chunk);
    expect(chunks.join('')).toBe('2345');
  });
  it('emits open and reports missing files as errors', done => {
    const s = fs.createReadStream(path.join(dir, 'missing'));
    s.on('error', err => {
      expect(err.code).toBe('ENOENT');
      done();
    });
  });
  it('writes with open and finish events', done => {
    const f = path.join(dir, 'w');
    const w = fs.createWriteStream(f);
    let opened = false;
    w.on('open', fd => {
      opened = typeof fd === 'number';
    });
    w.write('a');
    w.end('b', () => {
      expect(opened).toBe(true);
      expect(w.bytesWritten).toBe(2);
      expect(fs.readFileSync(f, 'utf8')).toBe('ab');
      done();
    });
  });
});
