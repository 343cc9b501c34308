// node:dns's Resolver: record queries (A, AAAA, CNAME, MX, NS, PTR, SOA, SRV, TXT, CAA, NAPTR, ANY) sent to its
// servers by the loop's DNS client (native.query), the servers from /etc/resolv.conf unless setServers changed
// them. Servers are asked in turn, `tries` rounds of them, as c-ares does: a timeout, a refused connection or a
// server failure moves to the next, an answer (records, NXDOMAIN, no data) ends the query. Results and errors have
// Node's shapes (`queryMx ENOTFOUND name`, code, syscall, hostname).
'use strict';

const { coded, invalidArgType, invalidArgValue } = require('llrt:errors');
const net = require('net');

const SYSCALL = { A: 'queryA', AAAA: 'queryAaaa', ANY: 'queryAny', CAA: 'queryCaa', CNAME: 'queryCname',
  MX: 'queryMx', NAPTR: 'queryNaptr', NS: 'queryNs', PTR: 'queryPtr', SOA: 'querySoa', SRV: 'querySrv',
  TXT: 'queryTxt' };
// Node lists an ANY answer type by type in this order (c-ares parses the reply once per type)
const ANY_ORDER = ['A', 'AAAA', 'CNAME', 'MX', 'NS', 'TXT', 'SRV', 'PTR', 'NAPTR', 'SOA', 'CAA'];
const NEXT_SERVER = ['ETIMEOUT', 'ECONNREFUSED', 'ESERVFAIL', 'EREFUSED', 'ENOTIMP', 'EFORMERR', 'EBADRESP'];

// one record ([type, ttl, ...fields]) as Node shapes it; `any` adds the type (and ttl for addresses)
function shape(row, ttl, any) {
  let f = row.slice(2);
  let out;
  switch (row[0]) {
    case 'A': case 'AAAA':
      out = ttl || any ? { address: f[0], ttl: row[1] } : f[0];
      break;
    case 'CNAME': case 'NS': case 'PTR':
      out = any ? { value: f[0] } : f[0];
      break;
    case 'MX': out = { exchange: f[1], priority: f[0] }; break;
    case 'TXT': out = any ? { entries: f } : f; break;
    case 'SRV': out = { name: f[3], port: f[2], priority: f[0], weight: f[1] }; break;
    case 'SOA':
      out = { nsname: f[0], hostmaster: f[1], serial: f[2], refresh: f[3], retry: f[4], expire: f[5], minttl: f[6] };
      break;
    case 'CAA': out = { critical: f[0] }; out[f[1]] = f[2]; break;
    case 'NAPTR':
      out = { flags: f[2], service: f[3], regexp: f[4], replacement: f[5], order: f[0], preference: f[1] };
      break;
    default: return undefined;
  }
  if (any) out.type = row[0];
  return out;
}

function queryError(syscall, code, hostname) {
  let err = new Error(`${syscall} ${code}${hostname ? ' ' + hostname : ''}`);
  err.code = code;
  err.syscall = syscall;
  if (hostname) err.hostname = hostname;
  return err;
}

// '1.2.3.4', '1.2.3.4:5353', '::1', '[::1]:5353' -> [address, port]
function parseServer(text) {
  if (typeof text !== 'string') throw invalidArgType('servers[0]', 'of type string', text);
  let m = /^\[([^\]]+)\](?::(\d+))?$/.exec(text) || (net.isIPv6(text) ? [text, text] : /^([^:]+)(?::(\d+))?$/.exec(text));
  if (!m || !net.isIP(m[1])) throw coded(TypeError, 'ERR_INVALID_IP_ADDRESS', `Invalid IP address: ${text}`);
  return [m[1], m[2] ? Number(m[2]) : 53];
}

function serverText(server) {
  let address = server[0];
  let port = server[1];
  if (port === 53) return address;
  return net.isIPv6(address) ? `[${address}]:${port}` : `${address}:${port}`;
}

function Resolver(options) {
  options = options || {};
  let timeout = options.timeout === undefined ? -1 : options.timeout;
  if (!Number.isInteger(timeout) || timeout < -1) {
    throw coded(RangeError, 'ERR_OUT_OF_RANGE', `The value of "options.timeout" is out of range. It must be >= -1 && <= 2147483647. Received ${timeout}`);
  }
  let tries = options.tries === undefined ? 4 : options.tries;
  if (!Number.isInteger(tries) || tries < 1) {
    throw coded(RangeError, 'ERR_OUT_OF_RANGE', `The value of "options.tries" is out of range. It must be >= 1 && <= 2147483647. Received ${tries}`);
  }
  this._timeout = timeout === -1 ? 5000 : timeout;
  this._tries = tries;
  this._servers = null; // the system's, read when first asked
  this._pending = new Set();
}

Resolver.prototype.getServers = function () {
  return this._list().map(serverText);
};

Resolver.prototype.setServers = function (servers) {
  if (!Array.isArray(servers)) throw invalidArgType('servers', 'an instance of Array', servers);
  this._servers = servers.map(parseServer);
};

Resolver.prototype.setLocalAddress = function () {};

Resolver.prototype.cancel = function () {
  this._pending.forEach(q => q.cancel());
};

Resolver.prototype._list = function () {
  if (!this._servers) this._servers = native.servers().map(parseServer);
  return this._servers;
};

// asks the servers for `type` records of `name`; callback(err, rows)
Resolver.prototype._query = function (type, name, callback) {
  let servers = this._list().slice();
  let attempts = servers.length * this._tries;
  let i = 0;
  let done = false;
  let query = {
    cancel: () => finish('ECANCELLED'),
  };
  let finish = (code, rows) => {
    if (done) return;
    done = true;
    this._pending.delete(query);
    callback(code, rows);
  };
  this._pending.add(query);
  let next = () => {
    if (done) return;
    if (!servers.length) return finish('ECONNREFUSED');
    let server = servers[i % servers.length];
    i++;
    native.query(server[0], server[1], name, type, this._timeout, (code, rows) => {
      if (code && NEXT_SERVER.indexOf(code) >= 0 && i < attempts) next();
      else finish(code, rows);
    });
  };
  next();
};

Resolver.prototype._resolve = function (type, name, options, callback, syscall, single) {
  if (typeof options === 'function') {
    callback = options;
    options = {};
  }
  if (typeof name !== 'string') throw invalidArgType('name', 'of type string', name);
  if (typeof callback !== 'function') throw invalidArgType('callback', 'of type function', callback);
  let ttl = !!(options && options.ttl);
  syscall = syscall || SYSCALL[type];
  this._query(type, name, (code, rows) => {
    if (code) return callback(queryError(syscall, code, name));
    if (type === 'ANY') {
      rows = ANY_ORDER.reduce((out, t) => out.concat(rows.filter(r => r[0] === t)), []);
    }
    let list = rows.map(r => shape(r, ttl, type === 'ANY')).filter(r => r !== undefined);
    callback(null, single ? list[0] : list);
  });
  return {};
};

Resolver.prototype.reverse = function (ip, callback) {
  if (typeof ip !== 'string') throw invalidArgType('ip', 'of type string', ip);
  if (typeof callback !== 'function') throw invalidArgType('callback', 'of type function', callback);
  let name = reverseName(ip);
  if (!name) {
    let err = new Error(`getHostByAddr EINVAL ${ip}`);
    err.code = 'EINVAL';
    err.syscall = 'getHostByAddr';
    err.hostname = ip;
    throw err;
  }
  this._query('PTR', name, (code, rows) => {
    // getHostByAddr (c-ares' gethostbyaddr) ends every failed lookup but a cancelled one as ENOTFOUND
    if (code) return callback(queryError('getHostByAddr', code === 'ECANCELLED' ? code : 'ENOTFOUND', ip));
    callback(null, rows.map(r => r[2]));
  });
  return {};
};

// the PTR name of an address: 4.3.2.1.in-addr.arpa, or ip6.arpa's nibbles
function reverseName(ip) {
  let family = net.isIP(ip);
  if (family === 4) return ip.split('.').reverse().join('.') + '.in-addr.arpa';
  if (family !== 6) return null;
  let halves = ip.split('::');
  let head = halves[0];
  let tail = halves[1];
  let groups = s => (s ? s.split(':') : []);
  let h = groups(head);
  let t = tail === undefined ? [] : groups(tail);
  if (h.length && h[h.length - 1].indexOf('.') >= 0) return null; // embedded IPv4: not handled
  let all = h.concat(new Array(8 - h.length - t.length).fill('0'), t);
  let nibbles = all.map(g => g.padStart(4, '0')).join('').split('');
  return nibbles.reverse().join('.') + '.ip6.arpa';
}

const METHODS = { resolve4: 'A', resolve6: 'AAAA', resolveAny: 'ANY', resolveCaa: 'CAA', resolveCname: 'CNAME',
  resolveMx: 'MX', resolveNaptr: 'NAPTR', resolveNs: 'NS', resolvePtr: 'PTR', resolveSoa: 'SOA', resolveSrv: 'SRV',
  resolveTxt: 'TXT' };
Object.keys(METHODS).forEach(method => {
  let type = METHODS[method];
  Resolver.prototype[method] = function (name, options, callback) {
    return this._resolve(type, name, options, callback, undefined, type === 'SOA');
  };
});

Resolver.prototype.resolve = function (name, rrtype, callback) {
  if (typeof rrtype === 'function') {
    callback = rrtype;
    rrtype = 'A';
  }
  if (typeof rrtype !== 'string') throw invalidArgType('rrtype', 'of type string', rrtype);
  let method = Object.keys(METHODS).find(m => METHODS[m] === rrtype);
  if (!method) throw invalidArgValue('rrtype', rrtype);
  return this[method](name, callback);
};

module.exports = { Resolver, METHODS };
