// node:net's Server (llrt:net-server): a listening loop server whose connections arrive as Sockets; node:tls's
// Server builds on it through kTls and by overriding _socketFor/_connected. Apart from socket.js because a server's
// life (listen, accept, close after its last connection) is its own; each connection is socket.js's.
'use strict';

const { EventEmitter } = require('events');
const { coded, invalidArgType, netError, notSupported } = require('llrt:errors');
const { Socket, kTls, checkPort, familyOf, listen } = require('llrt:net-socket');

function Server(options, connectionListener) {
  if (!(this instanceof Server)) return new Server(options, connectionListener);
  if (typeof options === 'function') {
    connectionListener = options;
    options = {};
  }
  if (options !== undefined && options !== null && typeof options !== 'object') throw invalidArgType('options', 'of type object', options);
  EventEmitter.call(this);
  let opts = options || {};
  this.allowHalfOpen = !!opts.allowHalfOpen;
  this.pauseOnConnect = !!opts.pauseOnConnect;
  this.noDelay = opts.noDelay !== false;
  this.keepAlive = !!opts.keepAlive;
  this.listening = false;
  this.maxConnections = undefined;
  this._connections = 0;
  this._address = null;
  this._listener = null;
  this._closing = null;
  this._ref = true;
  this[kTls] = null;
  if (connectionListener) this.on('connection', connectionListener);
}
Object.setPrototypeOf(Server.prototype, EventEmitter.prototype);
Object.setPrototypeOf(Server, EventEmitter);

// listen(port[, host][, backlog][, cb]) / listen({port, host}[, cb]) / listen([cb])
Server.prototype.listen = function () {
  let args = Array.prototype.slice.call(arguments);
  let cb = typeof args[args.length - 1] === 'function' ? args.pop() : undefined;
  let options = args[0] !== null && typeof args[0] === 'object' ? args[0] : { port: args[0], host: typeof args[1] === 'string' ? args[1] : undefined };
  if (options.path !== undefined || (typeof options.port === 'string' && !/^\d+$/.test(options.port))) {
    throw notSupported('llrt: server.listen on a Unix socket path is not supported');
  }
  let port = options.port === undefined || options.port === null ? 0 : checkPort(options.port, 'options.port');
  if (this._listener) throw coded(Error, 'ERR_SERVER_ALREADY_LISTEN', 'Listen method has been called more than once without closing.');
  if (cb) this.once('listening', cb);
  let host = options.host === undefined || options.host === null ? '::' : String(options.host) === 'localhost' ? '127.0.0.1' : String(options.host);
  this._listener = listen(host, port, this[kTls], (none, handle) => this._accept(handle), (err, bound) => {
    if (err) {
      this._listener = null;
      this.emit('error', netError(err, 'listen', host, port));
      return;
    }
    this.listening = true;
    this._address = { address: host, family: familyOf(host), port: bound };
    this.emit('listening');
  });
  if (!this._ref) this._listener.ref(false);
  return this;
};

Server.prototype._accept = function (handle) {
  if (!this.listening) {
    handle.destroy();
    return;
  }
  let socket = this._socketFor(handle);
  socket._noDelay = this.noDelay;
  socket._keepAlive = this.keepAlive;
  socket._attach(handle);
  socket.server = this;
  this._connections++;
  socket.once('close', () => {
    this._connections--;
    if (this._connections === 0 && this._closing) this._closing();
  });
  this._connected(socket);
};

// a plain server's connection is ready at once; node:tls overrides both
Server.prototype._socketFor = function () {
  return new Socket({ allowHalfOpen: this.allowHalfOpen });
};

Server.prototype._connected = function (socket) {
  this.emit('connection', socket);
  if (!this.pauseOnConnect) socket.read(0);
};

Server.prototype.address = function () {
  return this.listening ? Object.assign({}, this._address) : null;
};

Server.prototype.close = function (cb) {
  let listener = this._listener;
  if (typeof cb === 'function') {
    if (listener) this.once('close', cb);
    else this.once('close', () => cb(coded(Error, 'ERR_SERVER_NOT_RUNNING', 'Server is not running.')));
  }
  this._listener = null;
  this.listening = false;
  // the loop's close completes when the last connection's channel closed; 'close' waits for its socket's 'close' too
  let emitClose = () => {
    this._closing = null;
    this.emit('close');
  };
  if (listener) listener.close(() => { if (this._connections === 0) emitClose(); else this._closing = emitClose; });
  else process.nextTick(emitClose);
  return this;
};

Server.prototype.getConnections = function (cb) {
  process.nextTick(() => cb(null, this._connections));
  return this;
};

Server.prototype.ref = function () {
  this._ref = true;
  if (this._listener) this._listener.ref(true);
  return this;
};

Server.prototype.unref = function () {
  this._ref = false;
  if (this._listener) this._listener.ref(false);
  return this;
};

if (typeof Symbol.asyncDispose === 'symbol') {
  Server.prototype[Symbol.asyncDispose] = function () {
    return new Promise(resolve => this.close(() => resolve()));
  };
}

module.exports = { Server };
