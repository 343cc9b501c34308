// fs.ReadStream and fs.WriteStream (built-in llrt:fs-streams): node:stream classes over the fd operations of node:fs
'use strict';
const fs = require('fs');
const { Readable, Writable } = require('stream');
const { toPath, bufferClass } = require('llrt:fs');

const DEFAULT_HIGH_WATER_MARK = 64 * 1024;

function normalize(options) {
  return typeof options === 'string' ? { encoding: options } : options || {};
}

function opener(stream, flags, mode) {
  return callback => {
    if (typeof stream.fd === 'number') return callback();
    fs.open(stream.path, flags, mode, (err, fd) => {
      if (err) return callback(err);
      stream.fd = fd;
      stream.emit('open', fd);
      stream.emit('ready');
      callback();
    });
  };
}

function closer(stream) {
  return (err, callback) => {
    if (typeof stream.fd !== 'number' || stream._autoClose === false) return callback(err);
    fs.close(stream.fd, closeErr => {
      stream.fd = null;
      callback(err || closeErr);
    });
  };
}

function ReadStream(path, options) {
  if (!(this instanceof ReadStream)) return new ReadStream(path, options);
  let opts = normalize(options);
  this.path = opts.fd === undefined ? toPath(path) : path;
  this.fd = opts.fd === undefined ? null : opts.fd;
  this.flags = opts.flags || 'r';
  this.mode = opts.mode || 0o666;
  this.start = opts.start;
  this.end = opts.end === undefined ? Infinity : opts.end;
  this.pos = opts.start;
  this.bytesRead = 0;
  this._autoClose = opts.autoClose !== false;
  Readable.call(this, {
    highWaterMark: opts.highWaterMark || DEFAULT_HIGH_WATER_MARK,
    encoding: opts.encoding,
    emitClose: opts.emitClose !== false,
    signal: opts.signal,
    construct: opener(this, this.flags, this.mode),
    destroy: closer(this),
  });
}
ReadStream.prototype = Object.create(Readable.prototype, { constructor: { value: ReadStream, writable: true, configurable: true } });
Object.setPrototypeOf(ReadStream, Readable);
Object.defineProperty(ReadStream.prototype, 'pending', { configurable: true, get() { return this.fd === null; } });
ReadStream.prototype._read = function (n) {
  let self = this;
  let want = n;
  if (this.end !== Infinity) want = Math.min(n, this.end - (this.pos === undefined ? this.bytesRead : this.pos) + 1);
  if (want <= 0) return this.push(null);
  let buffer = bufferClass().alloc(want);
  fs.read(this.fd, buffer, 0, want, this.pos === undefined ? null : this.pos, (err, bytesRead) => {
    if (err) return self.destroy(err);
    if (self.pos !== undefined) self.pos += bytesRead;
    self.bytesRead += bytesRead;
    self.push(bytesRead > 0 ? buffer.subarray(0, bytesRead) : null);
  });
};
ReadStream.prototype.close = function (callback) {
  if (typeof callback === 'function') require('stream').finished(this, callback);
  this.destroy();
};

function WriteStream(path, options) {
  if (!(this instanceof WriteStream)) return new WriteStream(path, options);
  let opts = normalize(options);
  this.path = opts.fd === undefined ? toPath(path) : path;
  this.fd = opts.fd === undefined ? null : opts.fd;
  this.flags = opts.flags || 'w';
  this.mode = opts.mode || 0o666;
  this.start = opts.start;
  this.pos = opts.start;
  this.bytesWritten = 0;
  this._autoClose = opts.autoClose !== false;
  Writable.call(this, {
    highWaterMark: opts.highWaterMark,
    decodeStrings: true,
    defaultEncoding: opts.encoding || 'utf8',
    emitClose: opts.emitClose !== false,
    signal: opts.signal,
    construct: opener(this, this.flags, this.mode),
    destroy: closer(this),
  });
}
WriteStream.prototype = Object.create(Writable.prototype, { constructor: { value: WriteStream, writable: true, configurable: true } });
Object.setPrototypeOf(WriteStream, Writable);
Object.defineProperty(WriteStream.prototype, 'pending', { configurable: true, get() { return this.fd === null; } });
WriteStream.prototype._write = function (chunk, encoding, callback) {
  let self = this;
  fs.write(this.fd, chunk, 0, chunk.length, this.pos === undefined ? null : this.pos, (err, written) => {
    if (err) return callback(err);
    if (self.pos !== undefined) self.pos += written;
    self.bytesWritten += written;
    callback();
  });
};
WriteStream.prototype.close = function (callback) {
  if (typeof callback === 'function') require('stream').finished(this, err => callback(err && err.code === 'ERR_STREAM_PREMATURE_CLOSE' ? null : err));
  if (!this.writableEnded) this.end();
  else this.destroy();
};

module.exports = {
  ReadStream,
  WriteStream,
  createReadStream: (path, options) => new ReadStream(path, options),
  createWriteStream: (path, options) => new WriteStream(path, options),
};
