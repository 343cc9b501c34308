// node:net's Socket (llrt:net-socket): a Duplex over one loop connection, bytes read as the consumer reads, the
// connection paused while the readable buffer is full. Its Server is server.js. node:tls builds TLSSocket on it
// through kTls. Unix socket paths are not supported.
'use strict';

const { Duplex } = require('stream');
const { Buffer } = require('buffer');
const { coded, invalidArgType, netError, notSupported } = require('llrt:errors');

const kHandle = Symbol('handle');
const kTls = Symbol('tls');
const kClosed = Symbol('closed');
const kGotEnd = Symbol('gotEnd');
const kTimer = Symbol('timer');
const kOnClosed = Symbol('onClosed');
const kWantRead = Symbol('wantRead');

function badPort(port, name) {
  return coded(RangeError, 'ERR_SOCKET_BAD_PORT', `${name} should be >= 0 and < 65536. Received ${describePort(port)}.`);
}

function describePort(port) {
  return typeof port === 'string' ? `type string ('${port}')` : `type ${typeof port} (${String(port)})`;
}

function checkPort(port, name) {
  if ((typeof port !== 'number' && typeof port !== 'string') || (typeof port === 'string' && port.trim() === '')) throw badPort(port, name);
  let n = Number(port);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw badPort(port, name);
  return n;
}

function familyOf(address) {
  return address && address.indexOf(':') >= 0 ? 'IPv6' : 'IPv4';
}

function Socket(options) {
  if (!(this instanceof Socket)) return new Socket(options);
  let opts = options || {};
  if (opts.fd !== undefined || opts.handle !== undefined) throw notSupported('llrt: net.Socket over an fd or handle is not supported');
  Duplex.call(this, { allowHalfOpen: !!opts.allowHalfOpen, emitClose: false, autoDestroy: true, decodeStrings: false,
    highWaterMark: opts.highWaterMark, signal: opts.signal });
  this.connecting = false;
  this.bytesRead = 0;
  this.bytesWritten = 0;
  this.timeout = undefined;
  this.remoteAddress = undefined;
  this.remotePort = undefined;
  this.remoteFamily = undefined;
  this.localAddress = undefined;
  this.localPort = undefined;
  this.server = null;
  this._host = null;
  this[kHandle] = null;
  this[kClosed] = false;
  this[kGotEnd] = false;
  this[kTimer] = null;
  this[kOnClosed] = null;
  this[kTls] = null;
  this._ref = true;
  this._noDelay = opts.noDelay === true;
  this._keepAlive = opts.keepAlive === true;
}
Object.setPrototypeOf(Socket.prototype, Duplex.prototype);
Object.setPrototypeOf(Socket, Duplex);

Object.defineProperty(Socket.prototype, 'pending', { get() { return !this[kHandle] || this.connecting; } });
Object.defineProperty(Socket.prototype, 'readyState', {
  get() {
    if (this.connecting) return 'opening';
    if (this.readable && this.writable) return 'open';
    if (this.readable) return 'readOnly';
    if (this.writable) return 'writeOnly';
    return 'closed';
  },
});
Object.defineProperty(Socket.prototype, 'bufferSize', { get() { return this.writableLength; } });

// connect(port[, host][, cb]) / connect({port, host, timeout, noDelay, keepAlive}[, cb])
Socket.prototype.connect = function () {
  let args = Array.prototype.slice.call(arguments);
  let cb = typeof args[args.length - 1] === 'function' ? args.pop() : undefined;
  let options = args[0] !== null && typeof args[0] === 'object' ? args[0] : { port: args[0], host: args[1] };
  if (options.path !== undefined || (typeof options.port === 'string' && !/^\s*\d+\s*$/.test(options.port) && args[0] === options.port)) {
    throw notSupported('llrt: net connections to a Unix socket path are not supported');
  }
  if (options.port === undefined || options.port === null) {
    throw coded(TypeError, 'ERR_MISSING_ARGS', 'The "options" or "port" or "path" argument must be specified');
  }
  let port = checkPort(options.port, 'Port'); // Node's connect says "Port", its listen "options.port"
  let host = options.host === undefined || options.host === null ? 'localhost' : String(options.host);
  if (this.connecting || this[kHandle]) throw coded(Error, 'ERR_SOCKET_CONNECTING', 'Socket is already connected');
  if (options.timeout) this.setTimeout(options.timeout);
  if (options.noDelay !== undefined) this._noDelay = !!options.noDelay;
  if (options.keepAlive !== undefined) this._keepAlive = !!options.keepAlive;
  if (cb) this.once(this[kTls] ? 'secureConnect' : 'connect', cb);
  this.connecting = true;
  this._host = host;
  // Node tries localhost's addresses; the loop asks the JDK, which answers 127.0.0.1 first: one spelling for errors
  let target = host === 'localhost' ? '127.0.0.1' : host;
  let tls = this[kTls] ? Object.assign({}, this[kTls]) : null; // servername, ca, client key pair, ALPN (tls.js)
  try {
    native.connect(target, port, tls, 0, (err, handle) => {
      this.connecting = false;
      if (this.destroyed) {
        if (handle) handle.destroy();
        return;
      }
      if (err) {
        this.destroy(netError(err, 'connect', target, port));
        return;
      }
      this._attach(handle);
      this.emit('connect');
      if (this[kTls] && this._secured(handle) === false) return;
      this.emit('ready');
      this.read(0); // start reading, as Node does, until the buffer is full
    });
  } catch (e) { // refused by LLRT_NET_ALLOW / LLRT_NET_DENY, as node:http reports it; or a TLS key unreadable
    let message = String(e && e.message || e);
    let keyError = message.indexOf('llrt: the TLS client key cannot be used') >= 0;
    let err = coded(Error, keyError ? 'ERR_INVALID_ARG_VALUE' : 'ERR_NET_REFUSED', keyError ? message.slice(message.indexOf('llrt: the TLS')) : message);
    process.nextTick(() => {
      this.connecting = false;
      this.destroy(err);
    });
  }
  return this;
};

// a loop connection becomes this socket's: addresses, options, events
Socket.prototype._attach = function (handle) {
  this[kHandle] = handle;
  this.remoteAddress = handle.remoteAddress;
  this.remotePort = handle.remotePort;
  this.remoteFamily = familyOf(handle.remoteAddress);
  this.localAddress = handle.localAddress;
  this.localPort = handle.localPort;
  if (!this._ref) handle.ref(false);
  if (this._noDelay === false) handle.setOption('noDelay', false);
  if (this._keepAlive) handle.setOption('keepAlive', true);
  if (this[kWantRead]) handle.resume();
  handle.listen((type, value) => {
    if (this.destroyed && type !== 'close') return; // what arrives after destroy() is nobody's
    if (type === 'data') {
      this.bytesRead += value.length;
      this._touch();
      if (!this.push(Buffer.from(value.buffer, value.byteOffset, value.length))) handle.pause();
    } else if (type === 'end') {
      this[kGotEnd] = true;
      this.push(null);
      this.read(0); // as Node: with nothing buffered, 'end' comes even if nobody reads

    } else if (type === 'error') {
      this.destroy(readError(value));
    } else if (type === 'close') {
      this[kClosed] = true;
      if (this[kOnClosed]) this[kOnClosed]();
      else if (!this[kGotEnd] && !this.destroyed) this.destroy();
    }
  });
};

function readError(failure) {
  let code = failure.code || 'ECONNRESET';
  let err = new Error(`read ${code}`);
  err.errno = code === 'ECONNRESET' ? -104 : undefined;
  err.code = code;
  err.syscall = 'read';
  return err;
}

// a read asked for before the connection exists is remembered: the stream will not ask again until a push
Socket.prototype._read = function () {
  if (!this[kHandle]) this[kWantRead] = true;
  else if (!this[kClosed]) this[kHandle].resume();
};

Socket.prototype._write = function (chunk, encoding, cb) {
  if (this.connecting) {
    let onClose = () => cb(coded(Error, 'ERR_SOCKET_CLOSED_BEFORE_CONNECTION', 'Socket closed before the connection was established'));
    this.once('close', onClose);
    this.once('ready', () => {
      this.removeListener('close', onClose);
      this._write(chunk, encoding, cb);
    });
    return;
  }
  if (!this[kHandle]) {
    cb(coded(Error, 'ERR_SOCKET_CLOSED', 'Socket is closed'));
    return;
  }
  let bytes = typeof chunk === 'string' ? Buffer.from(chunk, encoding) : chunk;
  this._touch();
  this[kHandle].write(bytes, err => {
    if (err) {
      cb(Object.assign(coded(Error, 'EPIPE', 'This socket has been ended by the other party'), { cause: err.message }));
      return;
    }
    this.bytesWritten += bytes.length;
    cb();
  });
};

Socket.prototype._final = function (cb) {
  if (this.connecting) {
    this.once('ready', () => this._final(cb));
    return;
  }
  if (!this[kHandle]) {
    cb();
    return;
  }
  this[kHandle].end(() => cb());
};

// waits for the loop's close, so 'close' follows the connection's end; emitted by hand (emitClose is off) with
// hadError, after 'error'
Socket.prototype._destroy = function (err, cb) {
  this._clearTimer();
  this.connecting = false;
  let handle = this[kHandle];
  let finish = () => {
    this[kOnClosed] = null;
    cb(err);
    process.nextTick(() => this.emit('close', !!err));
  };
  if (!handle || this[kClosed]) {
    finish();
    return;
  }
  this[kOnClosed] = finish;
  handle.destroy();
};

Socket.prototype.setTimeout = function (ms, cb) {
  if (typeof ms !== 'number' || !(ms >= 0)) throw invalidArgType('msecs', 'of type number', ms);
  this.timeout = ms;
  if (cb) {
    if (ms === 0) this.removeListener('timeout', cb);
    else this.once('timeout', cb);
  }
  this._clearTimer();
  if (ms > 0 && !this.destroyed) this._touch();
  return this;
};

// the idle timer restarts with every read and write, as Node's does; it never keeps the process alive by itself
Socket.prototype._touch = function () {
  if (!this.timeout || this.destroyed) return;
  this._clearTimer();
  this[kTimer] = setTimeout(() => {
    this[kTimer] = null;
    this.emit('timeout');
  }, this.timeout);
  if (this[kTimer].unref) this[kTimer].unref();
};

Socket.prototype._clearTimer = function () {
  if (this[kTimer]) clearTimeout(this[kTimer]);
  this[kTimer] = null;
};

Socket.prototype.setNoDelay = function (noDelay) {
  this._noDelay = noDelay === undefined ? true : !!noDelay;
  if (this[kHandle] && !this[kClosed]) this[kHandle].setOption('noDelay', this._noDelay);
  return this;
};

Socket.prototype.setKeepAlive = function (enable) {
  this._keepAlive = !!enable;
  if (this[kHandle] && !this[kClosed]) this[kHandle].setOption('keepAlive', this._keepAlive);
  return this;
};

Socket.prototype.address = function () {
  return this.localAddress === undefined ? {} : { address: this.localAddress, family: familyOf(this.localAddress), port: this.localPort };
};

Socket.prototype.ref = function () {
  this._ref = true;
  if (this[kHandle]) this[kHandle].ref(true);
  return this;
};

Socket.prototype.unref = function () {
  this._ref = false;
  if (this[kHandle]) this[kHandle].ref(false);
  return this;
};

Socket.prototype.destroySoon = function () {
  if (this.writable) this.end();
  if (this.writableFinished) this.destroy();
  else this.once('finish', () => this.destroy());
};

Socket.prototype.resetAndDestroy = function () {
  return this.destroy();
};

// what server.js builds on: the loop's listen, the port checks
module.exports = { Socket, kTls, kHandle, checkPort, familyOf, listen: function () { return native.listen.apply(native, arguments); } };
