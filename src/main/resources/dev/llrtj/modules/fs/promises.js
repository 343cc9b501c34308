// node:fs/promises: the operations of internal.js (llrt:fs) as Promises, and FileHandle for open()
'use strict';
const internal = require('llrt:fs');
const { OPS, runPromise, promiseFlavour } = internal;

Object.keys(OPS).forEach(name => {
  if (name === 'realpathNative' || name === 'open' || name === 'close' || name === 'fstat') return;
  exports[name] = promiseFlavour(name);
});
exports.constants = internal.constants;

function FileHandle(fd) {
  this.fd = fd;
}
FileHandle.prototype.stat = function () {
  return runPromise(OPS.fstat(this.fd));
};
FileHandle.prototype.close = function () {
  return runPromise(OPS.close(this.fd));
};
FileHandle.prototype.read = function (buffer, offset, length, position) {
  let fs = require('fs');
  let fd = this.fd;
  buffer = buffer || internal.bufferClass().alloc(16384);
  return new Promise((resolve, reject) => {
    fs.read(fd, buffer, offset, length, position, (err, bytesRead) => (err ? reject(err) : resolve({ bytesRead, buffer })));
  });
};
FileHandle.prototype.write = function (data, a, b, c) {
  let fs = require('fs');
  let fd = this.fd;
  return new Promise((resolve, reject) => {
    fs.write(fd, data, a, b, c, (err, bytesWritten) => (err ? reject(err) : resolve({ bytesWritten, buffer: data })));
  });
};
FileHandle.prototype.readFile = function (options) {
  let self = this;
  let chunks = [];
  let Buffer = internal.bufferClass();
  function next() {
    return self.read(Buffer.alloc(65536), 0, 65536, null).then(r => {
      if (r.bytesRead === 0) return internal.decode(Buffer.concat(chunks), internal.encodingOf(options));
      chunks.push(r.buffer.subarray(0, r.bytesRead));
      return next();
    });
  }
  return next();
};
FileHandle.prototype.writeFile = function (data, options) {
  return this.write(internal.dataArg(data, internal.encodingOf(options, 'utf8')), 0, undefined, null).then(() => undefined);
};
FileHandle.prototype.appendFile = FileHandle.prototype.writeFile;
FileHandle.prototype.createReadStream = function (options) {
  return require('fs').createReadStream(null, Object.assign({}, options, { fd: this.fd }));
};
FileHandle.prototype.createWriteStream = function (options) {
  return require('fs').createWriteStream(null, Object.assign({}, options, { fd: this.fd }));
};

exports.open = function open(path, flags, mode) {
  try {
    return runPromise(OPS.open(path, flags, mode)).then(fd => new FileHandle(fd));
  } catch (e) {
    return Promise.reject(e);
  }
};
