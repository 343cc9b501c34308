// node:fs: the callback and *Sync APIs over the operations in internal.js (llrt:fs). Streams and the
// promise API load on first use.
'use strict';
const internal = require('llrt:fs');
const { OPS, runSync, runAsync, callbackFlavour, syncFlavour, checkCallback, invalidArgType } = internal;

const fs = exports;

Object.keys(OPS).forEach(name => {
  if (name === 'realpathNative') return;
  fs[name] = callbackFlavour(name);
  fs[name + 'Sync'] = syncFlavour(name);
});
fs.realpath.native = callbackFlavour('realpathNative');
fs.realpathSync.native = syncFlavour('realpathNative');

fs.statSync = function statSync(path, options) {
  try {
    return runSync(OPS.stat(path));
  } catch (e) {
    if (options && options.throwIfNoEntry === false && e.code === 'ENOENT') return undefined;
    throw e;
  }
};
fs.lstatSync = function lstatSync(path, options) {
  try {
    return runSync(OPS.lstat(path));
  } catch (e) {
    if (options && options.throwIfNoEntry === false && e.code === 'ENOENT') return undefined;
    throw e;
  }
};

fs.existsSync = function existsSync(path) {
  try {
    runSync(OPS.access(path));
    return true;
  } catch (e) {
    return false;
  }
};
fs.exists = function exists(path, callback) {
  checkCallback(callback);
  let req;
  try {
    req = OPS.access(path);
  } catch (e) {
    return process.nextTick(() => callback(false));
  }
  runAsync(req, err => callback(!err));
};
// util.promisify(fs.exists) resolves with the boolean, as in Node (the callback has no error argument)
Object.defineProperty(fs.exists, Symbol.for('nodejs.util.promisify.custom'), {
  configurable: true,
  value: path => new Promise(resolve => fs.exists(path, resolve)),
});

// ---- descriptors: read and write move bytes between the file and the caller's buffer

function positionArg(position) {
  return typeof position === 'number' && position >= 0 ? position : -1;
}

function readRequest(fd, buffer, offset, length, position) {
  if (!ArrayBuffer.isView(buffer)) throw invalidArgType('buffer', 'an instance of Buffer, TypedArray, or DataView', buffer);
  if (offset !== null && typeof offset === 'object') {
    position = offset.position;
    length = offset.length;
    offset = offset.offset;
  }
  offset = offset || 0;
  length = length === undefined ? buffer.byteLength - offset : length;
  return {
    op: 'read',
    args: [fd, length, positionArg(position)],
    map: bytes => {
      new Uint8Array(buffer.buffer, buffer.byteOffset + offset, bytes.byteLength).set(new Uint8Array(bytes));
      return [bytes.byteLength, buffer];
    },
  };
}

// write(fd, buffer, offset, length, position) or write(fd, string, position, encoding)
function writeRequest(fd, data, a, b, c) {
  let bytes;
  let position;
  if (typeof data === 'string') {
    bytes = internal.dataArg(data, typeof b === 'string' ? b : 'utf8');
    position = a;
  } else {
    if (!ArrayBuffer.isView(data)) throw invalidArgType('buffer', 'of type string or an instance of Buffer, TypedArray, or DataView', data);
    let offset = a || 0;
    let length = b === undefined ? data.byteLength - offset : b;
    bytes = new Uint8Array(data.buffer, data.byteOffset + offset, length);
    position = c;
  }
  return { op: 'write', args: [fd, bytes, positionArg(position)], map: written => [written, data] };
}

function fdCallbackFlavour(build) {
  return function () {
    let args = Array.prototype.slice.call(arguments);
    let cb = checkCallback(args.pop());
    runAsync(build.apply(null, args), (err, result) => (err ? cb(err) : cb(null, result[0], result[1])));
  };
}

fs.read = fdCallbackFlavour(readRequest);
fs.readSync = function readSync() {
  return runSync(readRequest.apply(null, arguments))[0];
};
fs.write = fdCallbackFlavour(writeRequest);
fs.writeSync = function writeSync() {
  return runSync(writeRequest.apply(null, arguments))[0];
};
fs.fsync = (fd, callback) => process.nextTick(checkCallback(callback), null);
fs.fsyncSync = () => undefined;

fs.constants = internal.constants;
['F_OK', 'R_OK', 'W_OK', 'X_OK'].forEach(name => {
  fs[name] = internal.constants[name];
});
fs.Stats = internal.Stats;
fs.Dirent = internal.Dirent;

// An ES module import of node:fs reads every enumerable export: fs/promises is cheap to load, the stream classes
// (all of node:stream) are not, so they stay out of the import namespace (fs.ReadStream still works)
function lazy(name, enumerable, load) {
  Object.defineProperty(fs, name, { configurable: true, enumerable, get: load });
}
lazy('promises', true, () => require('fs/promises'));
lazy('ReadStream', false, () => require('llrt:fs-streams').ReadStream);
lazy('WriteStream', false, () => require('llrt:fs-streams').WriteStream);
fs.createReadStream = (path, options) => require('llrt:fs-streams').createReadStream(path, options);
fs.createWriteStream = (path, options) => require('llrt:fs-streams').createWriteStream(path, options);
