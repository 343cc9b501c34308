// node:dgram: UDP sockets (udp4, udp6) over the loop: bind, send (a send before bind binds to any address, as
// Node's), 'message' (msg, rinfo), 'listening', 'close', address(), ref/unref. Connected sockets, multicast,
// broadcast, TTL and buffer sizes are not implemented: they throw ERR_NOT_SUPPORTED naming the call.
'use strict';

const { EventEmitter } = require('events');
const { Buffer } = require('buffer');
const { coded, invalidArgType, netError, notSupported } = require('llrt:errors');

const kHandle = Symbol('handle');
const BIND_STATE_UNBOUND = 0;
const BIND_STATE_BINDING = 1;
const BIND_STATE_BOUND = 2;

function notRunning() {
  return coded(Error, 'ERR_SOCKET_DGRAM_NOT_RUNNING', 'Not running');
}

function Socket(type, listener) {
  if (!(this instanceof Socket)) return new Socket(type, listener);
  EventEmitter.call(this);
  let options = type !== null && typeof type === 'object' ? type : { type };
  if (options.type !== 'udp4' && options.type !== 'udp6') {
    throw coded(TypeError, 'ERR_SOCKET_BAD_TYPE', 'Bad socket type specified. Valid types are: udp4, udp6');
  }
  this.type = options.type;
  this._state = BIND_STATE_UNBOUND;
  this._closed = false;
  this._address = null;
  this._ref = true;
  this._queue = [];
  this[kHandle] = native.socket(this.type === 'udp6', !!options.reuseAddr, (bytes, address, port) => {
    let msg = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
    this.emit('message', msg, { address, family: address.indexOf(':') >= 0 ? 'IPv6' : 'IPv4', port, size: msg.length });
  });
  if (typeof listener === 'function') this.on('message', listener);
}
Object.setPrototypeOf(Socket.prototype, EventEmitter.prototype);
Object.setPrototypeOf(Socket, EventEmitter);

// bind([port][, address][, cb]) / bind({port, address}[, cb])
Socket.prototype.bind = function () {
  let args = Array.prototype.slice.call(arguments);
  let cb = typeof args[args.length - 1] === 'function' ? args.pop() : undefined;
  let options = args[0] !== null && typeof args[0] === 'object' ? args[0] : { port: args[0], address: args[1] };
  if (options.fd !== undefined) throw notSupported('llrt: dgram bind to an fd is not supported');
  if (this._closed) throw notRunning();
  if (this._state !== BIND_STATE_UNBOUND) throw coded(Error, 'ERR_SOCKET_ALREADY_BOUND', 'Socket is already bound');
  let port = options.port === undefined || options.port === null ? 0 : Number(options.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw coded(RangeError, 'ERR_SOCKET_BAD_PORT', `options.port should be >= 0 and < 65536. Received type ${typeof options.port} (${String(options.port)}).`);
  }
  let address = typeof options.address === 'string' && options.address !== '' ? options.address
    : this.type === 'udp4' ? '0.0.0.0' : '::';
  if (address === 'localhost') address = this.type === 'udp4' ? '127.0.0.1' : '::1';
  if (cb) this.once('listening', cb);
  this._state = BIND_STATE_BINDING;
  this[kHandle].bind(address, port, (err, bound) => {
    if (this._closed) return;
    if (err) {
      this._state = BIND_STATE_UNBOUND;
      let e = netError(err, 'bind', address, port);
      e.message = `bind ${e.code} ${address}:${port}`; // Node's dgram names no description
      this.emit('error', e);
      return;
    }
    this._state = BIND_STATE_BOUND;
    let local = this[kHandle].localAddress() || address;
    this._address = { address: local, family: local.indexOf(':') >= 0 ? 'IPv6' : 'IPv4', port: bound };
    this.emit('listening');
    let queued = this._queue;
    this._queue = [];
    queued.forEach(send => send());
  });
  return this;
};

// send(msg[, offset, length], port[, address][, cb]); msg: Buffer, TypedArray, DataView, string or an array of them
Socket.prototype.send = function (msg) {
  let args = Array.prototype.slice.call(arguments, 1);
  let cb = typeof args[args.length - 1] === 'function' ? args.pop() : undefined;
  if (typeof msg !== 'string' && !ArrayBuffer.isView(msg) && !Array.isArray(msg)) {
    throw invalidArgType('buffer', 'of type string or an instance of Buffer, TypedArray, or DataView', msg);
  }
  let bytes = Array.isArray(msg) ? Buffer.concat(msg.map(toBuffer)) : toBuffer(msg);
  if (typeof args[0] === 'number' && typeof args[1] === 'number' && args.length >= 3 && !Array.isArray(msg)) {
    bytes = bytes.subarray(args[0], args[0] + args[1]);
    args = args.slice(2);
  }
  let port = args[0];
  if (!Number.isInteger(port) || port <= 0 || port > 65535) {
    throw coded(RangeError, 'ERR_SOCKET_BAD_PORT', `Port should be > 0 and < 65536. Received type ${typeof port} (${String(port)}).`);
  }
  let address = typeof args[1] === 'string' && args[1] !== '' ? args[1] : this.type === 'udp4' ? '127.0.0.1' : '::1';
  if (address === 'localhost') address = this.type === 'udp4' ? '127.0.0.1' : '::1';
  if (this._closed) throw notRunning();
  let done = e => {
    if (cb) cb(e, e ? undefined : bytes.length);
    else if (e) this.emit('error', e);
  };
  let send = () => {
    try {
      this[kHandle].send(bytes, port, address, err => done(err ? netError(err, 'send', address, port) : null));
    } catch (e) { // refused by LLRT_NET_ALLOW / LLRT_NET_DENY, reported as net and http report it
      let err = coded(Error, 'ERR_NET_REFUSED', String(e && e.message || e));
      process.nextTick(() => done(err));
    }
  };
  if (this._state === BIND_STATE_UNBOUND) this.bind(0);
  if (this._state === BIND_STATE_BINDING) this._queue.push(send);
  else send();
};

function toBuffer(part) {
  if (typeof part === 'string') return Buffer.from(part);
  if (ArrayBuffer.isView(part)) return Buffer.from(part.buffer, part.byteOffset, part.byteLength);
  throw invalidArgType('buffer list arguments', 'of type string or an instance of Buffer, TypedArray, or DataView', part);
}

Socket.prototype.address = function () {
  if (this._closed) throw notRunning();
  if (this._state !== BIND_STATE_BOUND) {
    let err = coded(Error, 'EBADF', 'getsockname EBADF');
    err.errno = -9;
    err.syscall = 'getsockname';
    throw err;
  }
  return Object.assign({}, this._address);
};

Socket.prototype.close = function (cb) {
  if (this._closed) throw notRunning();
  if (typeof cb === 'function') this.once('close', cb);
  this._closed = true;
  this._queue = [];
  this[kHandle].close(() => this.emit('close'));
  return this;
};

Socket.prototype.ref = function () {
  this._ref = true;
  this[kHandle].ref(true);
  return this;
};

Socket.prototype.unref = function () {
  this._ref = false;
  this[kHandle].ref(false);
  return this;
};

['connect', 'disconnect', 'remoteAddress', 'setBroadcast', 'setTTL', 'setMulticastTTL', 'setMulticastInterface',
  'setMulticastLoopback', 'addMembership', 'dropMembership', 'addSourceSpecificMembership',
  'dropSourceSpecificMembership', 'setRecvBufferSize', 'setSendBufferSize', 'getRecvBufferSize',
  'getSendBufferSize', 'getSendQueueSize', 'getSendQueueCount'].forEach(name => {
  Socket.prototype[name] = function () {
    throw notSupported(`llrt: dgram socket.${name} is not supported yet`);
  };
});

if (typeof Symbol.asyncDispose === 'symbol') {
  Socket.prototype[Symbol.asyncDispose] = function () {
    return this._closed ? Promise.resolve() : new Promise(resolve => this.close(resolve));
  };
}

function createSocket(type, listener) {
  return new Socket(type, listener);
}

module.exports = { Socket, createSocket };
