// node:http's server: Server on the loop's Vert.x HTTP server (a listening, ref'd server keeps the process alive;
// closed, it does not), each request an IncomingMessage (its body read as the handler reads it) and a
// ServerResponse (a Writable: headers with the first write or the end, chunked unless a Content-Length is known).
// A ServerResponse given a socket of its own (assignSocket, as serverless-http does) writes Node's wire text to it.
'use strict';

const { Writable } = require('stream');
const { EventEmitter } = require('events');
const { Buffer } = require('buffer');
const { coded, invalidArgType } = require('llrt:errors');
const common = require('llrt:http-common');

const kHandle = Symbol('handle');
const kTls = Symbol('tls');
const kListener = Symbol('listener');
const kAddress = Symbol('address');

function Server(options, requestListener) {
  if (!(this instanceof Server)) return new Server(options, requestListener);
  if (typeof options === 'function') {
    requestListener = options;
    options = {};
  }
  if (options !== undefined && options !== null && typeof options !== 'object') throw invalidArgType('options', 'of type object', options);
  EventEmitter.call(this);
  this.listening = false;
  this.timeout = 0;
  this.keepAliveTimeout = 5000;
  this.headersTimeout = 60000;
  this.requestTimeout = 300000;
  this.maxHeadersCount = null;
  this.maxRequestsPerSocket = 0;
  this[kTls] = null;
  this[kListener] = null;
  this[kRef] = true;
  if (requestListener) this.on('request', requestListener);
}
Object.setPrototypeOf(Server.prototype, EventEmitter.prototype);
Object.setPrototypeOf(Server, EventEmitter);
const kRef = Symbol('ref');

// listen(port[, host][, backlog][, cb]) / listen({port, host}[, cb]) / listen([cb])
Server.prototype.listen = function () {
  let args = Array.prototype.slice.call(arguments);
  let cb = typeof args[args.length - 1] === 'function' ? args.pop() : undefined;
  let port = 0;
  let host;
  let first = args[0];
  if (first !== null && typeof first === 'object') {
    if (first.path !== undefined) throw coded(Error, 'ERR_NOT_SUPPORTED', 'llrt: server.listen on a Unix socket path is not supported');
    port = first.port;
    host = first.host;
  } else {
    port = first;
    host = typeof args[1] === 'string' ? args[1] : undefined;
  }
  if (typeof port === 'string' && !/^\d+$/.test(port)) {
    throw coded(Error, 'ERR_NOT_SUPPORTED', 'llrt: server.listen on a Unix socket path is not supported');
  }
  port = port === undefined || port === null ? 0 : Number(port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw coded(RangeError, 'ERR_SOCKET_BAD_PORT', `options.port should be >= 0 and < 65536. Received ${first}.`);
  }
  if (this[kListener]) throw coded(Error, 'ERR_SERVER_ALREADY_LISTEN', 'Listen method has been called more than once without closing.');
  if (cb) this.once('listening', cb);
  let bindHost = host === undefined || host === null ? '::' : String(host) === 'localhost' ? '127.0.0.1' : String(host);
  let tls = this[kTls];
  this[kListener] = native.listen(bindHost, port, tls, (handle, head) => this._request(handle, head), (err, bound) => {
    if (err) {
      this[kListener] = null;
      this.emit('error', common.netError(err, 'listen', bindHost, port));
      return;
    }
    this.listening = true;
    this[kAddress] = { address: bindHost, family: bindHost.indexOf(':') >= 0 ? 'IPv6' : 'IPv4', port: bound };
    this.emit('listening');
  });
  if (!this[kRef]) this[kListener].ref(false);
  return this;
};

Server.prototype.address = function () {
  return this.listening ? Object.assign({}, this[kAddress]) : null;
};

Server.prototype.close = function (cb) {
  let listener = this[kListener];
  if (typeof cb === 'function') {
    if (listener) this.once('close', cb);
    else this.once('close', () => cb(coded(Error, 'ERR_SERVER_NOT_RUNNING', 'Server is not running.')));
  }
  this[kListener] = null;
  this.listening = false;
  if (listener) listener.close(() => this.emit('close'));
  else process.nextTick(() => this.emit('close'));
  return this;
};

// the loop's server closes every connection on close(): nothing is left to close one by one
Server.prototype.closeAllConnections = function () {};
Server.prototype.closeIdleConnections = function () {};
Server.prototype.setTimeout = function (ms, cb) {
  this.timeout = ms;
  if (cb) this.on('timeout', cb);
  return this;
};
Server.prototype.ref = function () {
  this[kRef] = true;
  if (this[kListener]) this[kListener].ref(true);
  return this;
};
Server.prototype.unref = function () {
  this[kRef] = false;
  if (this[kListener]) this[kListener].ref(false);
  return this;
};
Server.prototype.getConnections = function (cb) {
  process.nextTick(() => cb(null, 0));
  return this;
};
if (typeof Symbol.asyncDispose === 'symbol') {
  Server.prototype[Symbol.asyncDispose] = function () {
    return new Promise(resolve => this.close(() => resolve()));
  };
}

Server.prototype._request = function (handle, head) {
  let socket = new common.SocketInfo(head, !!this[kTls]);
  let req = new common.IncomingMessage(socket);
  req.method = head.method;
  req.url = head.url;
  common.fillIncoming(req, head.headers, head.version, cb => handle.pull(cb));
  let res = new ServerResponse(req);
  res[kHandle] = handle;
  res.socket = socket;
  socket.onDestroy = () => handle.destroy();
  handle.onClose(() => {
    socket.writable = false;
    socket.destroyed = true;
    if (!req.complete) {
      req.aborted = true;
      req.emit('aborted');
    }
    socket.emit('close', true);
    res._closed();
  });
  this.emit('request', req, res);
};

function ServerResponse(req, options) {
  if (!(this instanceof ServerResponse)) return new ServerResponse(req, options);
  Writable.call(this, { decodeStrings: false, emitClose: false, autoDestroy: false });
  this[common.kHeaders] = {};
  this.req = req;
  this.statusCode = 200;
  this.statusMessage = undefined;
  this.sendDate = true;
  this.finished = false;
  this.chunkedEncoding = false;
  this.useChunkedEncodingByDefault = true;
  this.shouldKeepAlive = true;
  this.strictContentLength = false;
  this._header = null;
  this.socket = null;
  this._hasBody = !(req && req.method === 'HEAD');
}
Object.setPrototypeOf(ServerResponse.prototype, Writable.prototype);
Object.setPrototypeOf(ServerResponse, Writable);
Object.assign(ServerResponse.prototype, common.headerMethods);

Object.defineProperty(ServerResponse.prototype, 'headersSent', {
  get() { return !!this._header; },
  configurable: true,
});
Object.defineProperty(ServerResponse.prototype, 'connection', {
  get() { return this.socket; },
  configurable: true,
});

ServerResponse.prototype.assignSocket = function (socket) {
  this.socket = socket;
  this.emit('socket', socket);
};
ServerResponse.prototype.detachSocket = function () {
  this.socket = null;
};

ServerResponse.prototype.writeHead = function (statusCode, reason, headers) {
  if (this._header) throw coded(Error, 'ERR_HTTP_HEADERS_SENT', 'Cannot write headers after they are sent to the client');
  let status = Number(statusCode);
  if (!Number.isInteger(status) || status < 100 || status > 999) {
    throw coded(RangeError, 'ERR_HTTP_INVALID_STATUS_CODE', `Invalid status code: ${statusCode}`);
  }
  if (typeof reason !== 'string') {
    headers = reason;
    reason = undefined;
  }
  this.statusCode = status;
  if (reason !== undefined) this.statusMessage = reason;
  if (Array.isArray(headers)) {
    for (let i = 0; i + 1 < headers.length; i += 2) this.appendHeader(headers[i], headers[i + 1]);
  } else if (headers) {
    Object.keys(headers).forEach(k => { if (headers[k] !== undefined) this.setHeader(k, headers[k]); });
  }
  this._storeHeader();
  return this;
};

ServerResponse.prototype.writeContinue = function () {}; // the loop's server answers Expect: 100-continue itself
ServerResponse.prototype.writeProcessing = function () {};
ServerResponse.prototype.flushHeaders = function () { if (!this._header) this._storeHeader(); };
ServerResponse.prototype.setTimeout = function (ms, cb) {
  if (cb) this.once('timeout', cb);
  return this;
};
ServerResponse.prototype.addTrailers = function () {
  throw coded(Error, 'ERR_NOT_SUPPORTED', 'llrt: response.addTrailers is not supported');
};

// fixes the status line and headers; the loop sends them with the first chunk or the end
ServerResponse.prototype._storeHeader = function () {
  if (this.sendDate && !this.hasHeader('date')) this.setHeader('Date', new Date().toUTCString());
  let message = this.statusMessage || common.STATUS_CODES[this.statusCode] || 'unknown';
  this.statusMessage = message;
  let list = common.headerList(this[common.kHeaders]);
  let handle = this[kHandle];
  if (handle) {
    handle.writeHead(this.statusCode, message, list);
    this._header = true;
    return;
  }
  let text = `HTTP/1.1 ${this.statusCode} ${message}\r\n`;
  for (let i = 0; i + 1 < list.length; i += 2) text += `${list[i]}: ${list[i + 1]}\r\n`;
  this._header = text + '\r\n';
  if (this.socket && typeof this.socket.write === 'function') this.socket.write(this._header);
};

ServerResponse.prototype._bodyAllowed = function () {
  return this._hasBody && this.statusCode !== 204 && this.statusCode !== 304 && !(this.statusCode >= 100 && this.statusCode < 200);
};

ServerResponse.prototype._write = function (chunk, encoding, cb) {
  let bytes = common.toBytes(chunk, encoding);
  if (!this._header) this._storeHeader();
  if (!this._bodyAllowed()) return cb();
  let handle = this[kHandle];
  if (handle) handle.write(bytes, () => cb());
  else {
    if (this.socket && typeof this.socket.write === 'function') this.socket.write(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    cb();
  }
};

ServerResponse.prototype._final = function (cb) {
  if (!this._header) this._storeHeader();
  let handle = this[kHandle];
  if (!handle) return cb();
  handle.end(null, () => {
    cb();
  });
};

ServerResponse.prototype.end = function (chunk, encoding, cb) {
  if (typeof chunk === 'function') { cb = chunk; chunk = undefined; }
  else if (typeof encoding === 'function') { cb = encoding; encoding = undefined; }
  if (this.writableEnded) {
    if (cb) process.nextTick(cb);
    return this;
  }
  this.finished = true;
  if (chunk !== undefined && chunk !== null) {
    let bytes = common.toBytes(chunk, encoding);
    if (!this._header && !this.hasHeader('content-length') && !this.hasHeader('transfer-encoding') && this.writableLength === 0) {
      if (this._bodyAllowed()) this.setHeader('Content-Length', String(bytes.byteLength));
    }
    Writable.prototype.end.call(this, bytes, undefined, cb);
  } else {
    if (!this._header && !this.hasHeader('content-length') && this.writableLength === 0 && this._bodyAllowed()
        && !this.hasHeader('transfer-encoding')) {
      this.setHeader('Content-Length', '0');
    }
    Writable.prototype.end.call(this, cb);
  }
  this.once('finish', () => process.nextTick(() => this._closed()));
  return this;
};

ServerResponse.prototype._closed = function () {
  if (this[kClosed]) return;
  this[kClosed] = true;
  this.emit('close');
};
const kClosed = Symbol('closed');

ServerResponse.prototype._destroy = function (err, cb) {
  if (this[kHandle]) this[kHandle].destroy();
  cb(err);
  process.nextTick(() => this._closed());
};

function createServer(options, requestListener) {
  return new Server(options, requestListener);
}

module.exports = { Server, ServerResponse, createServer, kTls };
