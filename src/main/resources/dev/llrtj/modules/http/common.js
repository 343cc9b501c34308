// What node:http's client and server share: METHODS, STATUS_CODES, header validation and storage
// (OutgoingMessage's setHeader/getHeader...), IncomingMessage (a Readable fed chunk by chunk from the loop), the
// socket stand-in req.socket / res.socket answer with, and network errors in Node's form.
'use strict';

const { Readable, Writable } = require('stream');
const { EventEmitter } = require('events');
const { Buffer } = require('buffer');
const { coded, invalidArgType, netError } = require('llrt:errors');

const METHODS = ['ACL', 'BIND', 'CHECKOUT', 'CONNECT', 'COPY', 'DELETE', 'GET', 'HEAD', 'LINK', 'LOCK', 'M-SEARCH',
  'MERGE', 'MKACTIVITY', 'MKCALENDAR', 'MKCOL', 'MOVE', 'NOTIFY', 'OPTIONS', 'PATCH', 'POST', 'PROPFIND',
  'PROPPATCH', 'PURGE', 'PUT', 'QUERY', 'REBIND', 'REPORT', 'SEARCH', 'SOURCE', 'SUBSCRIBE', 'TRACE', 'UNBIND',
  'UNLINK', 'UNLOCK', 'UNSUBSCRIBE'];

const STATUS_CODES = {
  100: 'Continue', 101: 'Switching Protocols', 102: 'Processing', 103: 'Early Hints', 200: 'OK', 201: 'Created',
  202: 'Accepted', 203: 'Non-Authoritative Information', 204: 'No Content', 205: 'Reset Content',
  206: 'Partial Content', 207: 'Multi-Status', 208: 'Already Reported', 226: 'IM Used', 300: 'Multiple Choices',
  301: 'Moved Permanently', 302: 'Found', 303: 'See Other', 304: 'Not Modified', 305: 'Use Proxy',
  307: 'Temporary Redirect', 308: 'Permanent Redirect', 400: 'Bad Request', 401: 'Unauthorized',
  402: 'Payment Required', 403: 'Forbidden', 404: 'Not Found', 405: 'Method Not Allowed', 406: 'Not Acceptable',
  407: 'Proxy Authentication Required', 408: 'Request Timeout', 409: 'Conflict', 410: 'Gone',
  411: 'Length Required', 412: 'Precondition Failed', 413: 'Payload Too Large', 414: 'URI Too Long',
  415: 'Unsupported Media Type', 416: 'Range Not Satisfiable', 417: 'Expectation Failed', 418: "I'm a Teapot",
  421: 'Misdirected Request', 422: 'Unprocessable Entity', 423: 'Locked', 424: 'Failed Dependency',
  425: 'Too Early', 426: 'Upgrade Required', 428: 'Precondition Required', 429: 'Too Many Requests',
  431: 'Request Header Fields Too Large', 451: 'Unavailable For Legal Reasons', 500: 'Internal Server Error',
  501: 'Not Implemented', 502: 'Bad Gateway', 503: 'Service Unavailable', 504: 'Gateway Timeout',
  505: 'HTTP Version Not Supported', 506: 'Variant Also Negotiates', 507: 'Insufficient Storage',
  508: 'Loop Detected', 509: 'Bandwidth Limit Exceeded', 510: 'Not Extended',
  511: 'Network Authentication Required',
};

const TOKEN = /^[\^_`a-zA-Z\-0-9!#$%&'*+.|~]+$/;
const INVALID_VALUE = /[^\t\x20-\x7e\x80-\xff]/;

function validateHeaderName(name, label) {
  if (typeof name !== 'string' || !name || !TOKEN.test(name)) {
    throw coded(TypeError, 'ERR_INVALID_HTTP_TOKEN', `${label || 'Header name'} must be a valid HTTP token ["${name}"]`);
  }
}

function validateHeaderValue(name, value) {
  if (value === undefined) {
    throw coded(TypeError, 'ERR_HTTP_INVALID_HEADER_VALUE', `Invalid value "${value}" for header "${name}"`);
  }
  if (INVALID_VALUE.test(String(value))) {
    throw coded(TypeError, 'ERR_INVALID_CHAR', `Invalid character in header content ["${name}"]`);
  }
}

// headers whose duplicates Node drops (first wins), and the ones it joins with '; ' instead of ', '
const SINGLE = ['age', 'authorization', 'content-length', 'content-type', 'etag', 'expires', 'from', 'host',
  'if-modified-since', 'if-unmodified-since', 'last-modified', 'location', 'max-forwards',
  'proxy-authorization', 'referer', 'retry-after', 'server', 'user-agent'];

// a flat [name, value, ...] list as IncomingMessage's headers, with Node's rules for repeats
function headersFromList(list) {
  let headers = {};
  for (let i = 0; i + 1 < list.length; i += 2) {
    let name = String(list[i]).toLowerCase();
    let value = list[i + 1];
    if (name === 'set-cookie') (headers[name] = headers[name] || []).push(value);
    else if (!(name in headers)) headers[name] = value;
    else if (SINGLE.indexOf(name) >= 0) continue;
    else headers[name] += (name === 'cookie' ? '; ' : ', ') + value;
  }
  return headers;
}

// OutgoingMessage's header store, mixed into ClientRequest and ServerResponse; names keep their case for the wire
const headerMethods = {
  setHeader(name, value) {
    if (this.headersSent) throw coded(Error, 'ERR_HTTP_HEADERS_SENT', 'Cannot set headers after they are sent to the client');
    validateHeaderName(name);
    validateHeaderValue(name, value);
    this[kHeaders][name.toLowerCase()] = [name, value];
    return this;
  },
  appendHeader(name, value) {
    let old = this.getHeader(name);
    if (old === undefined) return this.setHeader(name, value);
    return this.setHeader(name, [].concat(old, value));
  },
  getHeader(name) {
    if (typeof name !== 'string') throw invalidArgType('name', 'of type string', name);
    let entry = this[kHeaders][name.toLowerCase()];
    return entry ? entry[1] : undefined;
  },
  getHeaders() {
    let out = Object.create(null);
    let store = this[kHeaders];
    Object.keys(store).forEach(k => { out[k] = store[k][1]; });
    return out;
  },
  getHeaderNames() {
    return Object.keys(this[kHeaders]);
  },
  getRawHeaderNames() {
    let store = this[kHeaders];
    return Object.keys(store).map(k => store[k][0]);
  },
  hasHeader(name) {
    return Object.prototype.hasOwnProperty.call(this[kHeaders], String(name).toLowerCase());
  },
  removeHeader(name) {
    if (this.headersSent) throw coded(Error, 'ERR_HTTP_HEADERS_SENT', 'Cannot remove headers after they are sent to the client');
    delete this[kHeaders][String(name).toLowerCase()];
  },
};
const kHeaders = Symbol('headers');

// the store as a flat [name, value, ...] list (an array value: one line each)
function headerList(store) {
  let out = [];
  Object.keys(store).forEach(k => {
    let entry = store[k];
    [].concat(entry[1]).forEach(v => { out.push(entry[0], String(v)); });
  });
  return out;
}

// req.socket / res.socket: the connection's addresses and the socket methods libraries call (axios, express)
function SocketInfo(info, encrypted) {
  EventEmitter.call(this);
  this.remoteAddress = info.remoteAddress;
  this.remotePort = info.remotePort;
  this.remoteFamily = info.remoteAddress && info.remoteAddress.indexOf(':') >= 0 ? 'IPv6' : 'IPv4';
  this.localAddress = info.localAddress;
  this.localPort = info.localPort;
  this.encrypted = encrypted || undefined;
  this.readable = true;
  this.writable = true;
  this.destroyed = false;
}
Object.setPrototypeOf(SocketInfo.prototype, EventEmitter.prototype);
SocketInfo.prototype.setKeepAlive = function () { return this; };
SocketInfo.prototype.setNoDelay = function () { return this; };
SocketInfo.prototype.setTimeout = function (ms, cb) { if (cb) this.once('timeout', cb); return this; };
SocketInfo.prototype.ref = function () { return this; };
SocketInfo.prototype.unref = function () { return this; };
SocketInfo.prototype.address = function () {
  return { address: this.localAddress, family: this.remoteFamily, port: this.localPort };
};
SocketInfo.prototype.destroy = function () {
  if (this.onDestroy) this.onDestroy();
  this.destroyed = true;
  return this;
};

function IncomingMessage(socket) {
  if (!(this instanceof IncomingMessage)) return new IncomingMessage(socket);
  Readable.call(this, { autoDestroy: true });
  this.socket = socket;
  this.httpVersionMajor = null;
  this.httpVersionMinor = null;
  this.httpVersion = null;
  this.complete = false;
  this.rawHeaders = [];
  this.rawTrailers = [];
  this.joinDuplicateHeaders = false;
  this.aborted = false;
  this.upgrade = null;
  this.url = '';
  this.method = null;
  this.statusCode = null;
  this.statusMessage = null;
  this.headers = {};
  this.trailers = {};
  this.headersDistinct = {};
  this.trailersDistinct = {};
  this.once('end', () => { this.complete = true; });
}
Object.setPrototypeOf(IncomingMessage.prototype, Readable.prototype);
Object.setPrototypeOf(IncomingMessage, Readable);
Object.defineProperty(IncomingMessage.prototype, 'connection', {
  get() { return this.socket; },
  set(v) { this.socket = v; },
  configurable: true,
});
IncomingMessage.prototype.setTimeout = function (ms, cb) {
  if (this.socket && this.socket.setTimeout) this.socket.setTimeout(ms, cb);
  return this;
};
IncomingMessage.prototype._read = function () {
  let pull = this[kPull];
  if (!pull) {
    this.push(null);
    return;
  }
  pull((err, bytes) => {
    if (err) {
      this.aborted = true;
      this.emit('aborted');
      this.destroy(coded(Error, 'ECONNRESET', 'aborted'));
    } else if (bytes) {
      this.push(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    } else {
      this.push(null);
    }
  });
};
const kPull = Symbol('pull');

// fills an IncomingMessage from a head the loop delivered; pull(cb) reads the body a chunk at a time
function fillIncoming(msg, list, version, pull) {
  msg.rawHeaders = list.slice();
  msg.headers = headersFromList(list);
  let distinct = {};
  for (let i = 0; i + 1 < list.length; i += 2) {
    let name = String(list[i]).toLowerCase();
    (distinct[name] = distinct[name] || []).push(list[i + 1]);
  }
  msg.headersDistinct = distinct;
  let v = version === '1.0' || version === 'http/1.0' ? '1.0' : '1.1';
  msg.httpVersion = v;
  msg.httpVersionMajor = 1;
  msg.httpVersionMinor = v === '1.0' ? 0 : 1;
  msg[kPull] = pull;
}

// the base Node's ClientRequest and ServerResponse share; here for libraries that subclass or check it
function OutgoingMessage() {
  if (!(this instanceof OutgoingMessage)) return new OutgoingMessage();
  Writable.call(this);
  this[kHeaders] = {};
}
Object.setPrototypeOf(OutgoingMessage.prototype, Writable.prototype);
Object.setPrototypeOf(OutgoingMessage, Writable);
Object.assign(OutgoingMessage.prototype, headerMethods);

function toBytes(chunk, encoding) {
  if (typeof chunk === 'string') return Buffer.from(chunk, encoding || 'utf8');
  if (chunk instanceof Uint8Array) return chunk;
  if (ArrayBuffer.isView(chunk)) return new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength);
  throw invalidArgType('chunk', 'of type string or an instance of Buffer or Uint8Array', chunk);
}

module.exports = {
  METHODS, STATUS_CODES, validateHeaderName, validateHeaderValue, headersFromList, headerMethods, kHeaders,
  headerList, SocketInfo, IncomingMessage, OutgoingMessage, fillIncoming, netError, toBytes, kPull,
};
