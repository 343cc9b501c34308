// The shared part of node:fs and node:fs/promises (built-in llrt:fs): each operation is described once (which
// binding op, which arguments, how the result maps back) and run in three flavours: inline (*Sync), with a
// callback, or as a Promise. `native` is the Java binding (modules/fs/FsBinding.java).
'use strict';

// a null-prototype object, not frozen, as Node has it
const constants = Object.assign(Object.create(null), {
  UV_FS_SYMLINK_DIR: 1, UV_FS_SYMLINK_JUNCTION: 2, O_RDONLY: 0, O_WRONLY: 1, O_RDWR: 2, UV_DIRENT_UNKNOWN: 0,
  UV_DIRENT_FILE: 1, UV_DIRENT_DIR: 2, UV_DIRENT_LINK: 3, UV_DIRENT_FIFO: 4, UV_DIRENT_SOCKET: 5, UV_DIRENT_CHAR: 6,
  UV_DIRENT_BLOCK: 7, S_IFMT: 61440, S_IFREG: 32768, S_IFDIR: 16384, S_IFCHR: 8192, S_IFBLK: 24576, S_IFIFO: 4096,
  S_IFLNK: 40960, S_IFSOCK: 49152, O_CREAT: 64, O_EXCL: 128, UV_FS_O_FILEMAP: 0, O_NOCTTY: 256, O_TRUNC: 512,
  O_APPEND: 1024, O_DIRECTORY: 65536, O_NOATIME: 262144, O_NOFOLLOW: 131072, O_SYNC: 1052672, O_DSYNC: 4096,
  O_DIRECT: 16384, O_NONBLOCK: 2048, S_IRWXU: 448, S_IRUSR: 256, S_IWUSR: 128, S_IXUSR: 64, S_IRWXG: 56, S_IRGRP: 32,
  S_IWGRP: 16, S_IXGRP: 8, S_IRWXO: 7, S_IROTH: 4, S_IWOTH: 2, S_IXOTH: 1, F_OK: 0, R_OK: 4, W_OK: 2, X_OK: 1,
  UV_FS_COPYFILE_EXCL: 1, COPYFILE_EXCL: 1, UV_FS_COPYFILE_FICLONE: 2, COPYFILE_FICLONE: 2,
  UV_FS_COPYFILE_FICLONE_FORCE: 4, COPYFILE_FICLONE_FORCE: 4,
});

function bufferClass() {
  return require('buffer').Buffer;
}

function describe(value) {
  if (value === null || value === undefined) return ' Received ' + value;
  if (typeof value === 'function') return ` Received function ${value.name}`;
  if (typeof value === 'object') return ' Received an instance of ' + ((value.constructor && value.constructor.name) || 'Object');
  let shown = typeof value === 'string' ? `'${value.length > 25 ? value.slice(0, 25) + '...' : value}'` : String(value);
  return ` Received type ${typeof value} (${shown})`;
}

function invalidArgType(name, expected, value) {
  let err = new TypeError(`The "${name}" argument must be ${expected}.${describe(value)}`);
  err.code = 'ERR_INVALID_ARG_TYPE';
  return err;
}

function toPath(value, name) {
  let path;
  if (typeof value === 'string') path = value;
  else if (value instanceof Uint8Array) path = bufferClass().from(value.buffer, value.byteOffset, value.byteLength).toString();
  else if (value && typeof value === 'object' && typeof value.href === 'string' && value.protocol === 'file:') {
    path = decodeURIComponent(value.pathname);
  } else throw invalidArgType(name || 'path', 'of type string or an instance of Buffer or URL', value);
  if (path.indexOf('\0') !== -1) throw nullBytes(name || 'path', value, path);
  return path;
}

// Node's check before any system call: no file name holds a NUL (and Java's paths refuse one)
function nullBytes(name, value, path) {
  let hex = (code) => code.toString(16).padStart(2, '0');
  let shown = value instanceof Uint8Array
    ? `<Buffer ${Array.prototype.map.call(value, hex).join(' ')}>`
    : `'${path.replace(/[\x00-\x1f\x7f]/g, (c) => '\\x' + hex(c.charCodeAt(0)).toUpperCase())}'`;
  let err = new TypeError(`The argument '${name}' must be a string, Uint8Array, or URL without null bytes. Received ${shown}`);
  err.code = 'ERR_INVALID_ARG_VALUE';
  return err;
}

function encodingOf(options, fallback) {
  if (typeof options === 'string') return options;
  return options && options.encoding ? options.encoding : fallback || null;
}

function isUtf8(encoding) {
  return encoding === 'utf8' || encoding === 'utf-8' || encoding === 'UTF-8' || encoding === 'UTF8';
}

// file contents as Node returns them: a Buffer, or a string in the asked encoding
function decode(data, encoding) {
  if (typeof data === 'string') return data;
  let buffer = bufferClass().from(data);
  return encoding && encoding !== 'buffer' ? buffer.toString(encoding) : buffer;
}

// what writeFile and write take: a string (UTF-8 is encoded in Java) or bytes
function dataArg(data, encoding) {
  if (typeof data === 'string') return !encoding || isUtf8(encoding) ? data : bufferClass().from(data, encoding);
  if (ArrayBuffer.isView(data)) return data;
  throw invalidArgType('data', 'of type string or an instance of Buffer, TypedArray, or DataView', data);
}

function modeArg(mode, fallback) {
  if (mode === undefined || mode === null) return fallback;
  return typeof mode === 'string' ? parseInt(mode, 8) : mode;
}

// O_* numbers as the flag strings the binding takes (O_SYNC and the like do not change how Java writes)
function flagsArg(flags) {
  if (flags === undefined || flags === null) return 'r';
  if (typeof flags === 'string') return flags;
  let access = flags & 3;
  let base = access === constants.O_RDONLY ? 'r' : flags & constants.O_APPEND ? 'a' : 'w';
  if (base === 'w' && !(flags & constants.O_TRUNC) && !(flags & constants.O_CREAT)) base = 'r';
  let plus = access === constants.O_RDWR || (base === 'r' && access === constants.O_WRONLY) ? '+' : '';
  return base + (flags & constants.O_EXCL ? 'x' : '') + plus;
}

function timeArg(time) {
  if (time instanceof Date) return time.getTime() / 1000;
  return typeof time === 'string' ? Number(time) : time;
}

// ---- Stats and Dirent

function Stats(n) {
  let names = ['dev', 'mode', 'nlink', 'uid', 'gid', 'rdev', 'blksize', 'ino', 'size', 'blocks',
    'atimeMs', 'mtimeMs', 'ctimeMs', 'birthtimeMs'];
  for (let i = 0; i < names.length; i++) this[names[i]] = n[i];
  this.atime = new Date(n[10]);
  this.mtime = new Date(n[11]);
  this.ctime = new Date(n[12]);
  this.birthtime = new Date(n[13]);
}

function hasType(mode, type) {
  return (mode & constants.S_IFMT) === type;
}

function defineTypeChecks(proto, typeOf) {
  let checks = {
    isFile: constants.S_IFREG, isDirectory: constants.S_IFDIR, isSymbolicLink: constants.S_IFLNK,
    isFIFO: constants.S_IFIFO, isSocket: constants.S_IFSOCK, isCharacterDevice: constants.S_IFCHR,
    isBlockDevice: constants.S_IFBLK,
  };
  Object.keys(checks).forEach(name => {
    Object.defineProperty(proto, name, {
      configurable: true, writable: true, value: function () { return hasType(typeOf(this), checks[name]); },
    });
  });
}
defineTypeChecks(Stats.prototype, stats => stats.mode);

const kType = Symbol('type');
const DIRENT_MODES = [0, constants.S_IFREG, constants.S_IFDIR, constants.S_IFLNK, constants.S_IFIFO,
  constants.S_IFSOCK, constants.S_IFCHR, constants.S_IFBLK];

function Dirent(name, type, dir) {
  this.name = name;
  this.parentPath = dir;
  this.path = dir;
  this[kType] = type;
}
defineTypeChecks(Dirent.prototype, dirent => DIRENT_MODES[dirent[kType]] || 0);

// ---- operations: each returns { op, args, map } for the binding

function request(op, args, map) {
  return { op, args, map: map || (x => x) };
}

function readdirResult(options) {
  let encoding = encodingOf(options);
  let named = name => (encoding === 'buffer' ? bufferClass().from(name) : name);
  return options && options.withFileTypes
    ? lists => lists[0].map((name, i) => new Dirent(named(name), lists[1][i], lists[2][i]))
    : names => names.map(named);
}

const OPS = {
  readFile(path, options) {
    let encoding = encodingOf(options);
    return request('readFile', [toPath(path), isUtf8(encoding) ? 'utf8' : null], data => decode(data, encoding));
  },
  writeFile(path, data, options) {
    let flag = (options && typeof options === 'object' && options.flag) || 'w';
    let mode = modeArg(options && typeof options === 'object' ? options.mode : undefined, 0o666);
    return request('writeFile', [toPath(path), dataArg(data, encodingOf(options, 'utf8')), flag, mode]);
  },
  appendFile(path, data, options) {
    let flag = (options && typeof options === 'object' && options.flag) || 'a';
    let mode = modeArg(options && typeof options === 'object' ? options.mode : undefined, 0o666);
    return request('writeFile', [toPath(path), dataArg(data, encodingOf(options, 'utf8')), flag, mode]);
  },
  stat(path) {
    return request('stat', [toPath(path)], n => new Stats(n));
  },
  lstat(path) {
    return request('lstat', [toPath(path)], n => new Stats(n));
  },
  readdir(path, options) {
    let dir = toPath(path);
    let flags = [!!(options && options.withFileTypes), !!(options && options.recursive)];
    return request('readdir', [dir, flags[0], flags[1]], readdirResult(options));
  },
  mkdir(path, options) {
    let recursive = !!(options && typeof options === 'object' && options.recursive);
    let mode = modeArg(typeof options === 'object' && options ? options.mode : options, -1);
    return request('mkdir', [toPath(path), recursive, mode]);
  },
  rmdir(path, options) {
    if (options && options.recursive) return request('rm', [toPath(path), true, false]);
    return request('rmdir', [toPath(path)]);
  },
  rm(path, options) {
    return request('rm', [toPath(path), !!(options && options.recursive), !!(options && options.force)]);
  },
  unlink(path) {
    return request('unlink', [toPath(path)]);
  },
  rename(oldPath, newPath) {
    return request('rename', [toPath(oldPath, 'oldPath'), toPath(newPath, 'newPath')]);
  },
  copyFile(src, dest, mode) {
    return request('copyFile', [toPath(src, 'src'), toPath(dest, 'dest'), mode || 0]);
  },
  access(path, mode) {
    return request('access', [toPath(path), mode === undefined ? constants.F_OK : mode]);
  },
  realpath(path, options) {
    let encoding = encodingOf(options);
    return request('realpath', [toPath(path), false], p => (encoding === 'buffer' ? bufferClass().from(p) : p));
  },
  realpathNative(path) {
    return request('realpath', [toPath(path), true]);
  },
  mkdtemp(prefix) {
    return request('mkdtemp', [toPath(prefix, 'prefix')]);
  },
  symlink(target, path) {
    return request('symlink', [toPath(target, 'target'), toPath(path)]);
  },
  readlink(path) {
    return request('readlink', [toPath(path)]);
  },
  chmod(path, mode) {
    return request('chmod', [toPath(path), modeArg(mode, 0)]);
  },
  truncate(path, len) {
    return request('truncate', [toPath(path), len || 0]);
  },
  utimes(path, atime, mtime) {
    return request('utimes', [toPath(path), timeArg(atime), timeArg(mtime)]);
  },
  open(path, flags, mode) {
    return request('open', [toPath(path), flagsArg(flags), modeArg(mode, 0o666)]);
  },
  close(fd) {
    return request('close', [fd]);
  },
  fstat(fd) {
    return request('fstat', [fd], n => new Stats(n));
  },
};

function runSync(req) {
  return req.map(native.run(req.op, req.args));
}

// the callback runs in the AsyncLocalStorage stores of the call, as in Node (bootstrap.js's asyncContext)
const inContext = globalThis[Symbol.for('llrt.asyncContext')].bind;

function runAsync(req, callback) {
  callback = inContext(callback);
  native.start(req.op, req.args, (err, result) => {
    if (err) return callback(err);
    let value;
    try {
      value = req.map(result);
    } catch (e) {
      return callback(e);
    }
    callback(null, value);
  });
}

function runPromise(req) {
  return new Promise((resolve, reject) => runAsync(req, (err, value) => (err ? reject(err) : resolve(value))));
}

function checkCallback(cb) {
  if (typeof cb !== 'function') throw invalidArgType('cb', 'of type function', cb);
  return cb;
}

// fs.x(...args, callback): the callback is the last argument; the options before it are optional
function callbackFlavour(name) {
  return function () {
    let args = Array.prototype.slice.call(arguments);
    // Node names the value where the callback should be: the last argument, or undefined after the path alone
    let cb = checkCallback(args.length > 1 || typeof args[0] === 'function' ? args.pop() : undefined);
    runAsync(OPS[name].apply(null, args), cb);
  };
}

function syncFlavour(name) {
  return function () {
    return runSync(OPS[name].apply(null, arguments));
  };
}

function promiseFlavour(name) {
  return function () {
    try {
      return runPromise(OPS[name].apply(null, arguments));
    } catch (e) {
      return Promise.reject(e);
    }
  };
}

module.exports = {
  constants, OPS, Stats, Dirent, runSync, runAsync, runPromise, callbackFlavour, syncFlavour, promiseFlavour,
  checkCallback, invalidArgType, toPath, dataArg, encodingOf, decode, bufferClass,
};
