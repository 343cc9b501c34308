// Node's readline without a terminal: an Interface reads its input stream (a Readable: a file, a child's stdout,
// process.stdin), splits it into lines as Node does (\n, \r\n, a lone \r; a \r\n split across chunks within
// crlfDelay is one ending), emits 'line' for each and 'close' at the end, and answers question() with the next line.
// Terminal editing (history, completion, keypress decoding) is not there: such options throw ERR_NOT_SUPPORTED.
'use strict';

const EventEmitter = require('events');
const { StringDecoder } = require('string_decoder');
const errors = require('llrt:errors');

const LINE_ENDING = /\r?\n|\r(?!\n)/g;

function notSupported(what) {
  return errors.notSupported(`readline: ${what} is not supported by llrt-java (no terminal editing)`);
}

function Interface(input, output, completer, terminal) {
  if (!(this instanceof Interface)) return new Interface(input, output, completer, terminal);
  EventEmitter.call(this);
  let options = input && typeof input.on === 'function' && input.input === undefined
    ? { input, output, completer, terminal } : (input || {});
  if (!options.input || typeof options.input.on !== 'function') {
    throw errors.invalidArgType('input', 'an instance of Readable', options.input);
  }
  if (options.completer !== undefined && options.completer !== null) throw notSupported('completer');
  if (options.terminal === true) throw notSupported('terminal: true');
  let delay = options.crlfDelay === undefined ? 100 : Number(options.crlfDelay);
  this.input = options.input;
  this.output = options.output;
  this.terminal = false;
  this.crlfDelay = Math.max(100, isNaN(delay) ? 100 : delay);
  this.line = '';
  this.cursor = 0;
  this.closed = false;
  this.paused = false;
  this._prompt = options.prompt === undefined ? '> ' : String(options.prompt);
  this._buffer = null;
  this._sawReturnAt = 0;
  this._questionCallback = null;
  this._decoder = new StringDecoder('utf8');
  let self = this;
  this._onData = function (chunk) {
    self._write(typeof chunk === 'string' ? chunk : self._decoder.write(chunk));
  };
  this._onEnd = function () {
    let rest = self._decoder.end();
    if (rest) self._write(rest);
    if (typeof self._buffer === 'string' && self._buffer.length > 0) self._emitLine(self._buffer);
    self._buffer = null;
    self.close();
  };
  this.input.on('data', this._onData);
  this.input.on('end', this._onEnd);
  if (options.signal) {
    if (options.signal.aborted) {
      this.close();
    } else {
      options.signal.addEventListener('abort', () => self.close(), { once: true });
    }
  }
  if (typeof this.input.resume === 'function') this.input.resume();
}
Object.setPrototypeOf(Interface.prototype, EventEmitter.prototype);
Object.setPrototypeOf(Interface, EventEmitter);

Interface.prototype._emitLine = function (line) {
  if (this._questionCallback) {
    let cb = this._questionCallback;
    this._questionCallback = null;
    cb(line);
  } else {
    this.emit('line', line);
  }
};

Interface.prototype._write = function (string) {
  if (this.closed) return;
  if (this._sawReturnAt && Date.now() - this._sawReturnAt <= this.crlfDelay) {
    if (string.charCodeAt(0) === 10) string = string.slice(1);
  }
  this._sawReturnAt = 0;
  LINE_ENDING.lastIndex = 0;
  if (!LINE_ENDING.test(string)) {
    if (string) this._buffer = this._buffer ? this._buffer + string : string;
    return;
  }
  if (this._buffer) {
    string = this._buffer + string;
    this._buffer = null;
  }
  this._sawReturnAt = string.endsWith('\r') ? Date.now() : 0;
  let lines = [];
  let start = 0;
  let match;
  LINE_ENDING.lastIndex = 0;
  while ((match = LINE_ENDING.exec(string)) !== null) {
    lines.push(string.slice(start, match.index));
    start = LINE_ENDING.lastIndex;
  }
  this._buffer = string.slice(start);
  for (let i = 0; i < lines.length; i++) {
    this._emitLine(lines[i]);
    if (this.closed) return;
  }
};

Interface.prototype.close = function () {
  if (this.closed) return;
  this.pause();
  this.input.removeListener('data', this._onData);
  this.input.removeListener('end', this._onEnd);
  this.closed = true;
  this.emit('close');
};

Interface.prototype.pause = function () {
  if (this.paused || this.closed) return this;
  if (typeof this.input.pause === 'function') this.input.pause();
  this.paused = true;
  this.emit('pause');
  return this;
};

Interface.prototype.resume = function () {
  if (!this.paused || this.closed) return this;
  if (typeof this.input.resume === 'function') this.input.resume();
  this.paused = false;
  this.emit('resume');
  return this;
};

Interface.prototype.write = function (data) {
  if (this.closed) throw errors.coded(Error, 'ERR_USE_AFTER_CLOSE', 'readline was closed');
  if (this.paused) this.resume();
  if (data !== undefined && data !== null) this._write(String(data));
};

Interface.prototype.setPrompt = function (prompt) {
  this._prompt = String(prompt);
};

Interface.prototype.getPrompt = function () {
  return this._prompt;
};

Interface.prototype.prompt = function () {
  if (this.closed) throw errors.coded(Error, 'ERR_USE_AFTER_CLOSE', 'readline was closed');
  if (this.paused) this.resume();
  if (this.output && typeof this.output.write === 'function') this.output.write(this._prompt);
};

Interface.prototype.question = function (query, options, cb) {
  if (typeof options === 'function') {
    cb = options;
    options = {};
  }
  if (this.closed) throw errors.coded(Error, 'ERR_USE_AFTER_CLOSE', 'readline was closed');
  if (typeof cb !== 'function') return;
  if (this._questionCallback) {
    this.prompt();
    return;
  }
  let signal = options && options.signal;
  if (signal && signal.aborted) return;
  this._questionCallback = cb;
  if (signal) {
    let self = this;
    signal.addEventListener('abort', () => {
      if (self._questionCallback === cb) self._questionCallback = null;
    }, { once: true });
  }
  if (this.paused) this.resume();
  if (this.output && typeof this.output.write === 'function') this.output.write(String(query));
};

Interface.prototype.getCursorPos = function () {
  return { rows: 0, cols: this.cursor };
};

// for await (const line of rl): the lines from the moment the iterator is made, as in Node, the input paused while
// more than a few wait unread.
Interface.prototype[Symbol.asyncIterator] = function () {
  let self = this;
  let queue = [];
  let waiting = [];
  let done = this.closed;
  function settle() {
    while (waiting.length > 0 && (queue.length > 0 || done)) {
      let w = waiting.shift();
      if (queue.length > 0) w({ value: queue.shift(), done: false });
      else w({ value: undefined, done: true });
    }
    if (!done && queue.length === 0 && self.paused) self.resume();
  }
  function onLine(line) {
    queue.push(line);
    if (queue.length > 16) self.pause();
    settle();
  }
  function onClose() {
    done = true;
    self.removeListener('line', onLine);
    settle();
  }
  if (!done) {
    this.on('line', onLine);
    this.once('close', onClose);
  }
  return {
    next() {
      return new Promise(resolve => {
        waiting.push(resolve);
        settle();
      });
    },
    return() {
      self.close();
      return Promise.resolve({ value: undefined, done: true });
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
};

function createInterface(input, output, completer, terminal) {
  return new Interface(input, output, completer, terminal);
}

// Cursor control writes the ANSI sequences Node writes; they only mean something on a terminal.
const CSI = '\x1b[';
function writeTo(stream, data, callback) {
  if (stream === null || stream === undefined || data === '') {
    if (typeof callback === 'function') queueMicrotask(callback);
    return true;
  }
  return stream.write(data, callback);
}

function clearLine(stream, dir, callback) {
  let code = dir < 0 ? CSI + '1K' : dir > 0 ? CSI + '0K' : CSI + '2K';
  return writeTo(stream, code, callback);
}

function clearScreenDown(stream, callback) {
  return writeTo(stream, CSI + '0J', callback);
}

function cursorTo(stream, x, y, callback) {
  if (typeof y === 'function') {
    callback = y;
    y = undefined;
  }
  if (Number.isNaN(x)) throw errors.invalidArgValue('x', x);
  if (Number.isNaN(y)) throw errors.invalidArgValue('y', y);
  if (typeof x !== 'number') return writeTo(stream, '', callback);
  let data = typeof y !== 'number' ? CSI + (x + 1) + 'G' : CSI + (y + 1) + ';' + (x + 1) + 'H';
  return writeTo(stream, data, callback);
}

function moveCursor(stream, dx, dy, callback) {
  let data = '';
  if (dx < 0) data += CSI + -dx + 'D';
  else if (dx > 0) data += CSI + dx + 'C';
  if (dy < 0) data += CSI + -dy + 'A';
  else if (dy > 0) data += CSI + dy + 'B';
  return writeTo(stream, data, callback);
}

function emitKeypressEvents() {
  throw notSupported('emitKeypressEvents');
}

module.exports = {
  Interface,
  createInterface,
  clearLine,
  clearScreenDown,
  cursorTo,
  moveCursor,
  emitKeypressEvents,
};
