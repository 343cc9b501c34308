// node:tty: isatty(fd) from the descriptor itself; WriteStream/ReadStream over the process's stdio (a Lambda
// function's stdio is never a terminal, `llrt file.js` in a shell may be). Window size: COLUMNS/LINES, else 80x24.
'use strict';

const { Writable, Readable } = require('stream');
const { coded } = require('llrt:errors');

function isatty(fd) {
  return Number.isInteger(fd) && fd >= 0 && fd <= 2147483647 && native.isatty(fd);
}

function size(name, fallback) {
  let v = Number(process.env[name]);
  return Number.isInteger(v) && v > 0 ? v : fallback;
}

function WriteStream(fd) {
  if (!(this instanceof WriteStream)) return new WriteStream(fd);
  if (fd !== 1 && fd !== 2) throw coded(Error, 'ERR_NOT_SUPPORTED', `llrt: tty.WriteStream on fd ${fd} is not supported (only 1 and 2)`);
  Writable.call(this);
  this.fd = fd;
  this.isTTY = true;
  this.columns = size('COLUMNS', 80);
  this.rows = size('LINES', 24);
}
Object.setPrototypeOf(WriteStream.prototype, Writable.prototype);
Object.setPrototypeOf(WriteStream, Writable);
WriteStream.prototype._write = function (chunk, encoding, cb) {
  // straight to the descriptor: process.stdout may be this very stream
  require('fs').writeSync(this.fd, chunk);
  cb();
};
WriteStream.prototype.getWindowSize = function () { return [this.columns, this.rows]; };
// COLORTERM / TERM as Node reads them, without Node's table of CI services
WriteStream.prototype.getColorDepth = function (env) {
  let e = env || process.env;
  if (e.FORCE_COLOR !== undefined) return { '': 4, 1: 4, 2: 8, 3: 24, true: 4, false: 1, 0: 1 }[e.FORCE_COLOR] || 4;
  if (e.NO_COLOR !== undefined || e.NODE_DISABLE_COLORS !== undefined || e.TERM === 'dumb') return 1;
  if (e.COLORTERM === 'truecolor' || e.COLORTERM === '24bit') return 24;
  if (/-256(color)?$/.test(e.TERM || '')) return 8;
  return e.TERM ? 4 : 1;
};
WriteStream.prototype.hasColors = function (count, env) {
  if (typeof count === 'object') { env = count; count = 16; }
  return 2 ** this.getColorDepth(env) >= (count === undefined ? 16 : count);
};
['clearLine', 'clearScreenDown', 'cursorTo', 'moveCursor'].forEach(name => {
  WriteStream.prototype[name] = function () {
    let cb = arguments[arguments.length - 1];
    if (typeof cb === 'function') process.nextTick(cb);
    return true;
  };
});

function ReadStream(fd) {
  if (!(this instanceof ReadStream)) return new ReadStream(fd);
  throw coded(Error, 'ERR_NOT_SUPPORTED', 'llrt: tty.ReadStream is not supported (stdin is not a terminal in Lambda)');
}
Object.setPrototypeOf(ReadStream.prototype, Readable.prototype);

module.exports = { isatty, WriteStream, ReadStream };
