// node:http's client: Agent (options only: the pooling is the loop's keep-alive pool, one per set of TLS
// options), ClientRequest (a Writable: headers go with the first write or the end, streamed bodies chunked unless a
// Content-Length is set) and its IncomingMessage response, read chunk by chunk as the reader asks.
'use strict';

const { Writable } = require('stream');
const { EventEmitter } = require('events');
const { Buffer } = require('buffer');
const { coded, invalidArgType } = require('llrt:errors');
const common = require('llrt:http-common');

const TLS_KEYS = ['rejectUnauthorized', 'ca', 'cert', 'key', 'servername', 'pfx', 'passphrase'];

function Agent(options) {
  if (!(this instanceof Agent)) return new Agent(options);
  EventEmitter.call(this);
  this.options = Object.assign({ __proto__: null, path: null }, options);
  this.defaultPort = this.options.defaultPort || 80;
  this.protocol = this.options.protocol || 'http:';
  this.keepAlive = !!this.options.keepAlive;
  this.keepAliveMsecs = this.options.keepAliveMsecs || 1000;
  this.maxSockets = this.options.maxSockets || Infinity;
  this.maxFreeSockets = this.options.maxFreeSockets || 256;
  this.maxTotalSockets = this.options.maxTotalSockets || Infinity;
  this.scheduling = this.options.scheduling || 'lifo';
  this.sockets = { __proto__: null };
  this.freeSockets = { __proto__: null };
  this.requests = { __proto__: null };
  this.totalSocketCount = 0;
}
Object.setPrototypeOf(Agent.prototype, EventEmitter.prototype);
Object.setPrototypeOf(Agent, EventEmitter);
Agent.defaultMaxSockets = Infinity;
Agent.prototype.getName = function (options) {
  let o = options || {};
  let name = (o.host || 'localhost') + ':';
  if (o.port) name += o.port;
  name += ':';
  if (o.localAddress) name += o.localAddress;
  if (o.family === 4 || o.family === 6) name += ':' + o.family;
  return name;
};
// the loop's pool closes idle connections itself (LLRT_NET_POOL_IDLE_TIMEOUT); nothing is held per agent
Agent.prototype.destroy = function () {};

const globalAgent = new Agent({ keepAlive: true, scheduling: 'lifo', timeout: 5000 });

function isUrl(value) {
  return value !== null && typeof value === 'object' && typeof value.href === 'string' && typeof value.protocol === 'string';
}

function urlToOptions(url) {
  let host = url.hostname;
  return {
    protocol: url.protocol,
    hostname: host.charAt(0) === '[' ? host.slice(1, -1) : host,
    hash: url.hash,
    search: url.search,
    pathname: url.pathname,
    path: `${url.pathname || ''}${url.search || ''}`,
    href: url.href,
    port: url.port !== '' ? Number(url.port) : undefined,
    auth: url.username || url.password ? `${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}` : undefined,
  };
}

// request(url[, options][, cb]) / request(options[, cb]) as Node takes them
function normalizeArgs(input, options, cb, defaults) {
  let opts;
  if (typeof input === 'string') {
    opts = urlToOptions(new URL(input));
  } else if (isUrl(input)) {
    opts = urlToOptions(input);
  } else {
    cb = options;
    options = input;
    opts = {};
  }
  if (typeof options === 'function') {
    cb = options;
    options = undefined;
  }
  if (options !== undefined && options !== null) {
    if (typeof options !== 'object') throw invalidArgType('options', 'of type object', options);
    opts = Object.assign(opts, options);
  }
  return { opts, cb, defaults };
}

function ClientRequest(input, options, cb, defaults) {
  if (!(this instanceof ClientRequest)) return new ClientRequest(input, options, cb, defaults);
  let args = normalizeArgs(input, options, cb, defaults || { protocol: 'http:', agent: globalAgent });
  let opts = args.opts;
  Writable.call(this, { decodeStrings: false, emitClose: false, autoDestroy: false });
  this[common.kHeaders] = {};
  let agent = opts.agent === undefined ? (opts._defaultAgent || args.defaults.agent) : opts.agent;
  if (agent !== false && agent !== null && agent !== undefined && typeof agent.getName !== 'function') {
    throw invalidArgType('options.agent', 'of type Agent-like Object, undefined, or false', agent);
  }
  this.agent = agent;
  let protocol = opts.protocol || (agent && agent.protocol) || args.defaults.protocol;
  if (protocol !== args.defaults.protocol) {
    throw coded(TypeError, 'ERR_INVALID_PROTOCOL', `Protocol "${protocol}" not supported. Expected "${args.defaults.protocol}"`);
  }
  if (opts.socketPath) throw coded(Error, 'ERR_NOT_SUPPORTED', 'llrt: http.request over a Unix socket (socketPath) is not supported');
  if (opts.createConnection) throw coded(Error, 'ERR_NOT_SUPPORTED', 'llrt: http.request createConnection is not supported');
  let method = opts.method === undefined || opts.method === null ? 'GET' : opts.method;
  if (typeof method !== 'string') throw invalidArgType('options.method', 'of type string', method);
  common.validateHeaderName(method, 'Method');
  this.method = method.toUpperCase();
  let path = opts.path || '/';
  if (/[\u0000-\u0020]/.test(path)) throw coded(TypeError, 'ERR_UNESCAPED_CHARACTERS', 'Request path contains unescaped characters');
  this.path = path;
  this.host = opts.hostname || (opts.host ? String(opts.host).replace(/:\d+$/, '') : 'localhost');
  let defaultPort = opts.defaultPort || (agent && agent.defaultPort) || (protocol === 'https:' ? 443 : 80);
  this.port = Number(opts.port || defaultPort);
  this.protocol = protocol;
  this.reusedSocket = false;
  this.aborted = false;
  this.res = null;
  this.timeoutMs = opts.timeout;
  this.maxHeadersCount = null;
  let tls = {};
  let agentOptions = agent && agent.options ? agent.options : {};
  TLS_KEYS.forEach(k => {
    let v = opts[k] !== undefined ? opts[k] : agentOptions[k];
    if (v !== undefined) tls[k] = v;
  });
  if (tls.pfx) throw coded(Error, 'ERR_NOT_SUPPORTED', 'llrt: https.request pfx is not supported (use key and cert)');
  this[kTls] = protocol === 'https:' ? {
    rejectUnauthorized: tls.rejectUnauthorized !== false,
    ca: tls.ca === undefined ? [] : [].concat(tls.ca).map(String),
    cert: tls.cert === undefined ? undefined : String(tls.cert),
    key: tls.key === undefined ? undefined : String(tls.key),
  } : undefined;
  let headers = opts.headers;
  if (Array.isArray(headers)) {
    for (let i = 0; i + 1 < headers.length; i += 2) this.appendHeader(headers[i], headers[i + 1]);
  } else if (headers) {
    Object.keys(headers).forEach(k => { if (headers[k] !== undefined) this.setHeader(k, headers[k]); });
  }
  if (opts.auth && !this.hasHeader('authorization')) {
    this.setHeader('Authorization', 'Basic ' + Buffer.from(String(opts.auth)).toString('base64'));
  }
  let keepAlive = agent ? agent.keepAlive : false;
  if (!keepAlive && !this.hasHeader('connection')) this.setHeader('Connection', 'close');
  this.shouldKeepAlive = keepAlive;
  this.socket = new common.SocketInfo({ remoteAddress: this.host, remotePort: this.port }, protocol === 'https:');
  this.socket.onDestroy = () => this.destroy();
  if (args.cb) this.once('response', args.cb);
  if (opts.signal) {
    let signal = opts.signal;
    let onAbort = () => this.destroy(abortError(signal.reason));
    if (signal.aborted) process.nextTick(onAbort);
    else {
      signal.addEventListener('abort', onAbort, { once: true });
      this.once('close', () => signal.removeEventListener('abort', onAbort));
    }
  }
  if (this.timeoutMs) this.setTimeout(this.timeoutMs);
  process.nextTick(() => {
    if (this.destroyed) return;
    this.emit('socket', this.socket);
    this.socket.emit('connect');
  });
}
Object.setPrototypeOf(ClientRequest.prototype, Writable.prototype);
Object.setPrototypeOf(ClientRequest, Writable);
Object.assign(ClientRequest.prototype, common.headerMethods);
const kTls = Symbol('tls');
const kHandle = Symbol('handle');
const kTimer = Symbol('timer');

function abortError(reason) {
  let err = new Error('The operation was aborted', { cause: reason });
  err.name = 'AbortError';
  err.code = 'ABORT_ERR';
  return err;
}

Object.defineProperty(ClientRequest.prototype, 'headersSent', {
  get() { return !!this[kHandle]; },
  configurable: true,
});
Object.defineProperty(ClientRequest.prototype, 'connection', {
  get() { return this.socket; },
  configurable: true,
});

ClientRequest.prototype.url = function () {
  let host = this.host.indexOf(':') >= 0 ? `[${this.host}]` : this.host;
  let scheme = this.protocol.slice(0, -1);
  let defaultPort = scheme === 'https' ? 443 : 80;
  return `${scheme}://${host}${this.port === defaultPort ? '' : ':' + this.port}${this.path}`;
};

// opens the exchange: body null + streaming false sends a request without a body; a streamed one goes chunked
// unless a Content-Length was set (the loop decides)
ClientRequest.prototype._start = function (body, streaming) {
  if (this[kHandle]) return this[kHandle];
  let headers = common.headerList(this[common.kHeaders]);
  let list = [];
  for (let i = 0; i + 1 < headers.length; i += 2) {
    if (headers[i].toLowerCase() !== 'host') list.push(headers[i], headers[i + 1]); // the loop's client sets Host from the URL
  }
  try {
    this[kHandle] = native.request(this.method, this.url(), list, body, streaming, 0, this[kTls],
      (err, head) => this._onHead(err, head));
  } catch (e) { // refused by LLRT_NET_ALLOW / LLRT_NET_DENY
    this[kHandle] = { write(b, cb) { cb(null); }, end() {}, pull(cb) { cb(null, null); }, abort() {} };
    let err = coded(Error, 'ERR_NET_REFUSED', String(e && e.message || e));
    process.nextTick(() => this._fail(err));
  }
  return this[kHandle];
};

ClientRequest.prototype._onHead = function (err, head) {
  if (this.destroyed && !this.res) return;
  if (err) {
    this._fail(common.netError(err, 'connect', this.host, this.port));
    return;
  }
  let res = new common.IncomingMessage(this.socket);
  res.req = this;
  res.statusCode = head.status;
  res.statusMessage = head.statusText || common.STATUS_CODES[head.status] || '';
  let handle = this[kHandle];
  common.fillIncoming(res, head.headers, head.version, cb => {
    this._touch();
    handle.pull(cb);
  });
  this.res = res;
  res.once('end', () => {
    this._clearTimer();
    this.socket.emit('free');
    process.nextTick(() => {
      res.emit('close');
      this._closed();
    });
  });
  res.once('error', () => this._closed());
  if (!this.emit('response', res)) res.resume(); // nobody reads it: drained, so the connection goes back to the pool
};

ClientRequest.prototype._fail = function (err) {
  if (this[kFailed]) return;
  this[kFailed] = true;
  this._clearTimer();
  this.emit('error', err);
  this._closed();
};
const kFailed = Symbol('failed');

ClientRequest.prototype._closed = function () {
  if (this[kClosed]) return;
  this[kClosed] = true;
  this._clearTimer();
  this.destroyed = true;
  this.emit('close');
};
const kClosed = Symbol('closed');

ClientRequest.prototype._write = function (chunk, encoding, cb) {
  let bytes = common.toBytes(chunk, encoding);
  this._touch();
  this._start(null, true).write(bytes, () => cb());
};

ClientRequest.prototype._final = function (cb) {
  if (this[kHandle]) this[kHandle].end();
  else this._start(null, false);
  cb();
};

// Node sets Content-Length when the whole body comes with end() and nothing was written before
ClientRequest.prototype.end = function (chunk, encoding, cb) {
  if (typeof chunk === 'function') { cb = chunk; chunk = undefined; }
  else if (typeof encoding === 'function') { cb = encoding; encoding = undefined; }
  if (chunk !== undefined && chunk !== null && !this[kHandle] && !this.hasHeader('content-length')
      && !this.hasHeader('transfer-encoding') && this.writableLength === 0) {
    let bytes = common.toBytes(chunk, encoding);
    this.setHeader('Content-Length', String(bytes.byteLength));
    chunk = bytes;
    encoding = undefined;
  }
  if (chunk !== undefined && chunk !== null) return Writable.prototype.end.call(this, chunk, encoding, cb);
  return Writable.prototype.end.call(this, cb);
};

ClientRequest.prototype.flushHeaders = function () {};
ClientRequest.prototype.setNoDelay = function () {};
ClientRequest.prototype.setSocketKeepAlive = function () {};

ClientRequest.prototype._touch = function () {
  if (this[kTimer] !== undefined) this.setTimeout(this[kTimerMs]);
};
const kTimerMs = Symbol('timeoutMs');

ClientRequest.prototype._clearTimer = function () {
  if (this[kTimer] !== undefined) clearTimeout(this[kTimer]);
  this[kTimer] = undefined;
};

// an idle timeout: 'timeout' is emitted, the request goes on until the listener destroys it (as Node's)
ClientRequest.prototype.setTimeout = function (ms, cb) {
  this._clearTimer();
  if (cb) this.once('timeout', cb);
  if (!ms || this[kClosed]) return this;
  this[kTimerMs] = ms;
  this[kTimer] = setTimeout(() => {
    this[kTimer] = undefined;
    this.emit('timeout');
    this.socket.emit('timeout');
  }, ms);
  return this;
};

ClientRequest.prototype._destroy = function (err, cb) {
  let handle = this[kHandle];
  if (!handle) this[kHandle] = handle = { write(b, done) { done(null); }, end() {}, pull(done) { done(null, null); }, abort() {} };
  handle.abort();
  let res = this.res;
  if (res && !res.complete && !res.destroyed) {
    res.aborted = true;
    res.emit('aborted');
    res.destroy(coded(Error, 'ECONNRESET', 'aborted'));
  }
  cb();
  if (!res && !this[kFailed]) {
    this[kFailed] = true;
    process.nextTick(() => {
      this.emit('error', err || coded(Error, 'ECONNRESET', 'socket hang up'));
      this._closed();
    });
  } else {
    process.nextTick(() => this._closed());
  }
};

ClientRequest.prototype.abort = function () {
  if (this.aborted) return;
  this.aborted = true;
  process.nextTick(() => this.emit('abort'));
  this[kFailed] = true; // abort() reports no error
  this.destroy();
};

function request(input, options, cb) {
  return new ClientRequest(input, options, cb);
}

function get(input, options, cb) {
  let req = request(input, options, cb);
  req.end();
  return req;
}

module.exports = { Agent, globalAgent, ClientRequest, request, get };
