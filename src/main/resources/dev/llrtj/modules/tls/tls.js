// node:tls: connect/TLSSocket (a net.Socket whose connection is TLS: Node's verdict on the peer as authorized /
// authorizationError, rejectUnauthorized, servername, ca; the default trust is the JDK's roots plus
// LLRT_EXTRA_CA_CERTS, as fetch's), createServer/Server with key and cert, getPeerCertificate's common fields,
// rootCertificates; on connect, client certificates (cert/key PEM, pfx/passphrase), ALPNProtocols (alpnProtocol) and a
// custom checkServerIdentity(hostname, cert), called as Node calls it once the chain is trusted. Wrapping an existing
// socket, session resumption and createSecureContext's other options are not implemented.
'use strict';

const { Buffer } = require('buffer');
const { coded, notSupported, notSupportedFunction } = require('llrt:errors');
const { Socket, kTls, kHandle } = require('llrt:net-socket');
const { Server: NetServer } = require('llrt:net-server');

let roots;

function pem(value) {
  if (value === undefined || value === null) return undefined;
  if (Array.isArray(value)) return value.map(v => Buffer.isBuffer(v) || ArrayBuffer.isView(v) ? Buffer.from(v).toString('latin1') : String(v));
  return Buffer.isBuffer(value) || ArrayBuffer.isView(value) ? Buffer.from(value).toString('latin1') : String(value);
}

function rejectUnauthorizedDefault(options) {
  if (options.rejectUnauthorized !== undefined) return options.rejectUnauthorized !== false;
  return process.env.NODE_TLS_REJECT_UNAUTHORIZED !== '0';
}

// what connect sends of Node's client options: key pairs (cert[i] with key[i], a PEM's certificates a chain),
// pfx (its first entry if an array) and passphrase, ALPN protocols, and whether JS checks the host name
function clientOptions(opts) {
  let out = { certs: [], keys: [], alpn: [], customIdentity: typeof opts.checkServerIdentity === 'function' };
  let keys = pem(opts.key);
  let certs = pem(opts.cert);
  if (keys !== undefined || certs !== undefined) {
    keys = [].concat(keys === undefined ? [] : keys).map(k => (k && typeof k === 'object' && k.pem !== undefined ? pem(k.pem) : k));
    certs = [].concat(certs === undefined ? [] : certs);
    if (!keys.length || !certs.length) throw coded(Error, 'ERR_TLS_CERT_KEY_MISMATCH', 'llrt: tls needs both cert and key');
    if (certs.length !== keys.length) certs = [certs.join('\n')];
    out.certs = certs;
    out.keys = keys;
  }
  if (opts.pfx !== undefined && opts.pfx !== null) {
    let pfx = Array.isArray(opts.pfx) ? opts.pfx[0] : opts.pfx;
    if (pfx && pfx.buf !== undefined) pfx = pfx.buf;
    out.pfx = typeof pfx === 'string' ? Buffer.from(pfx, 'latin1') : new Uint8Array(pfx.buffer || pfx, pfx.byteOffset || 0, pfx.byteLength);
    if (opts.passphrase !== undefined) out.passphrase = String(opts.passphrase);
  }
  if (opts.ALPNProtocols !== undefined) out.alpn = alpnList(opts.ALPNProtocols);
  return out;
}

// ALPNProtocols: strings, Buffers, or one Buffer in wire format (length-prefixed names), as Node takes them
function alpnList(value) {
  if (Array.isArray(value)) return value.map(v => (typeof v === 'string' ? v : Buffer.from(v).toString('latin1')));
  let bytes = Buffer.from(value.buffer || value, value.byteOffset || 0, value.byteLength);
  let out = [];
  for (let i = 0; i < bytes.length; i += bytes[i] + 1) out.push(bytes.toString('latin1', i + 1, i + 1 + bytes[i]));
  return out;
}

function TLSSocket(socket, options) {
  if (!(this instanceof TLSSocket)) return new TLSSocket(socket, options);
  if (socket) throw notSupported('llrt: tls.TLSSocket over an existing socket is not supported (use tls.connect)');
  let opts = options || {};
  Socket.call(this, opts);
  let ca = pem(opts.ca !== undefined ? opts.ca : opts.secureContext && opts.secureContext.ca);
  this[kTls] = Object.assign({ servername: opts.servername, ca: ca === undefined ? [] : [].concat(ca),
    rejectUnauthorized: rejectUnauthorizedDefault(opts) }, clientOptions(opts));
  this.encrypted = true;
  this.authorized = false;
  this.authorizationError = null;
  this.alpnProtocol = false;
  this.servername = null;
}
Object.setPrototypeOf(TLSSocket.prototype, Socket.prototype);
Object.setPrototypeOf(TLSSocket, Socket);

// the connection is up and its handshake done: Node's verdict decides between 'secureConnect' and an error
TLSSocket.prototype._secured = function (handle) {
  let failure = handle.authorizationError;
  this.servername = this[kTls].servername || null;
  this.alpnProtocol = handle.alpnProtocol === undefined ? false : handle.alpnProtocol;
  // Node asks a custom checkServerIdentity(hostname, detailed peer certificate) once the chain is trusted
  if (!failure && this[kTls].customIdentity) {
    let hostname = this[kTls].servername || this._host || 'localhost';
    let verdict = this[kTls].checkServerIdentity(hostname, this.getPeerCertificate(true));
    if (verdict) {
      this.authorized = false;
      this.authorizationError = verdict.code || verdict.message;
      if (this[kTls].rejectUnauthorized) {
        this.destroy(verdict);
        return false;
      }
      this.emit('secureConnect');
      return true;
    }
  }
  if (failure) {
    this.authorized = false;
    this.authorizationError = failure.code;
    if (this[kTls].rejectUnauthorized) {
      let err = new Error(failure.message);
      err.code = failure.code;
      if (failure.code === 'ERR_TLS_CERT_ALTNAME_INVALID') {
        err.reason = failure.message.replace(/^Hostname\/IP does not match certificate's altnames: /, '');
        err.host = this[kTls].servername || this._host;
      }
      this.destroy(err);
      return false;
    }
  } else {
    this.authorized = true;
  }
  this.emit('secureConnect');
  return true;
};

TLSSocket.prototype.getPeerCertificate = function (detailed) {
  let chain = this[kHandle] ? this[kHandle].peerCertificates() : [];
  if (chain.length === 0) return {};
  let certs = Array.prototype.map.call(chain, toCertificate);
  if (detailed) {
    for (let i = 0; i < certs.length; i++) certs[i].issuerCertificate = certs[i + 1] || certs[i];
  }
  return certs[0];
};

function toCertificate(c) {
  let out = { subject: distinguishedName(c.subject), issuer: distinguishedName(c.issuer) };
  if (c.subjectaltname) out.subjectaltname = c.subjectaltname;
  out.valid_from = c.valid_from;
  out.valid_to = c.valid_to;
  out.fingerprint = c.fingerprint;
  out.fingerprint256 = c.fingerprint256;
  out.serialNumber = c.serialNumber;
  out.raw = Buffer.from(c.raw.buffer, c.raw.byteOffset, c.raw.length);
  return out;
}

// RFC 2253 text ("CN=a,O=b\, c") as Node's object of fields ({ CN: 'a', O: 'b, c' })
function distinguishedName(text) {
  let out = Object.create(null);
  let parts = String(text).split(/,(?=(?:[^\\]|\\\\)*?(?:[A-Za-z0-9.]+=))/);
  parts.reverse().forEach(part => {
    let eq = part.indexOf('=');
    if (eq > 0) out[part.slice(0, eq).trim()] = part.slice(eq + 1).replace(/\\(.)/g, '$1');
  });
  return out;
}

TLSSocket.prototype.getProtocol = function () {
  return this[kHandle] ? this[kHandle].protocol || null : null;
};

TLSSocket.prototype.getCipher = function () {
  let handle = this[kHandle];
  if (!handle || !handle.cipher) return undefined;
  // the JDK knows IANA names only; for TLS 1.3 they are OpenSSL's too
  return { name: handle.cipher, standardName: handle.cipher, version: handle.protocol };
};

TLSSocket.prototype.getSession = function () { return undefined; };
TLSSocket.prototype.isSessionReused = function () { return false; };
TLSSocket.prototype.setServername = function (name) { this[kTls].servername = name; };
['renegotiate', 'exportKeyingMaterial', 'getFinished', 'getPeerFinished', 'getEphemeralKeyInfo',
  'getSharedSigalgs', 'getTLSTicket', 'setMaxSendFragment', 'enableTrace', 'getX509Certificate',
  'getPeerX509Certificate'].forEach(name => {
  TLSSocket.prototype[name] = notSupportedFunction(name, `llrt: tlsSocket.${name} is not supported yet`);
});

// connect(port[, host][, options][, cb]) / connect(options[, cb])
function connect() {
  let args = Array.prototype.slice.call(arguments);
  let cb = typeof args[args.length - 1] === 'function' ? args.pop() : undefined;
  let options = {};
  if (args[0] !== null && typeof args[0] === 'object') {
    options = Object.assign({}, args[0]);
  } else {
    let extra = args.find((a, i) => i > 0 && a !== null && typeof a === 'object');
    options = Object.assign({}, extra, { port: args[0] });
    if (typeof args[1] === 'string') options.host = args[1];
  }
  if (options.socket) throw notSupported('llrt: tls.connect over an existing socket is not supported');
  let host = options.host === undefined || options.host === null ? 'localhost' : String(options.host);
  // Node sends and checks the host's name unless told another; never an IP address as SNI
  if (options.servername === undefined) options.servername = host;
  let socket = new TLSSocket(null, options);
  if (typeof options.checkServerIdentity === 'function') socket[kTls].checkServerIdentity = options.checkServerIdentity;
  if (options.timeout) socket.setTimeout(options.timeout);
  return socket.connect({ port: options.port, host, path: options.path }, cb);
}

function Server(options, secureConnectionListener) {
  if (!(this instanceof Server)) return new Server(options, secureConnectionListener);
  if (typeof options === 'function') {
    secureConnectionListener = options;
    options = {};
  }
  let opts = options || {};
  NetServer.call(this, opts);
  if (opts.requestCert || opts.pfx || opts.SNICallback || opts.ALPNProtocols) {
    throw notSupported('llrt: tls.createServer supports key and cert only (requestCert, pfx, SNICallback, ALPNProtocols are not)');
  }
  let key = pem(opts.key);
  let cert = pem(opts.cert);
  if (!key || !cert) throw coded(Error, 'ERR_NOT_SUPPORTED', 'llrt: tls.createServer needs key and cert (PEM)');
  this[kTls] = { key: [].concat(key).join('\n'), cert: [].concat(cert).join('\n'), ca: [] };
  if (secureConnectionListener) this.on('secureConnection', secureConnectionListener);
}
Object.setPrototypeOf(Server.prototype, NetServer.prototype);
Object.setPrototypeOf(Server, NetServer);

Server.prototype._socketFor = function () {
  let socket = new TLSSocket(null, { allowHalfOpen: this.allowHalfOpen, rejectUnauthorized: false });
  socket.authorized = false; // no client certificate asked for, as Node without requestCert
  return socket;
};

Server.prototype._connected = function (socket) {
  let handle = socket[kHandle];
  socket.servername = false;
  socket.emit('secure');
  this.emit('secureConnection', socket);
  if (!this.pauseOnConnect) socket.read(0);
  return handle;
};

function createServer(options, listener) {
  return new Server(options, listener);
}

module.exports = {
  TLSSocket,
  Server,
  connect,
  createServer,
  DEFAULT_MIN_VERSION: 'TLSv1.2',
  DEFAULT_MAX_VERSION: 'TLSv1.3',
  DEFAULT_ECDH_CURVE: 'auto',
  CLIENT_RENEG_LIMIT: 3,
  CLIENT_RENEG_WINDOW: 600,
};
Object.defineProperty(module.exports, 'rootCertificates', {
  enumerable: true,
  get() {
    if (!roots) roots = Object.freeze(native.rootCertificates());
    return roots;
  },
});
['SecureContext', 'checkServerIdentity', 'createSecureContext', 'getCiphers', 'convertALPNProtocols'].forEach(m => {
  module.exports[m] = notSupportedFunction(m, `llrt: tls.${m} is not supported yet`);
});
