// node:dns: lookup(hostname[, options], cb) through the JDK's resolver (hosts file, then DNS), options family
// (0, 4, 6, 'IPv4', 'IPv6'), all, order/verbatim (the resolver's order; 'ipv4first'/'ipv6first' sort).
// The record queries (resolveMx, resolveTxt... reverse, Resolver) are llrt:dns-resolver's, on the loop's DNS
// client, the servers from /etc/resolv.conf unless setServers changed them. resolve4/resolve6 without { ttl } and
// while the servers are the system's ask the JDK's resolver instead (as before: it reads the hosts file first,
// which Node's queries do not). lookupService is getnameinfo's answer from the JDK (reverse lookup, hosts file
// first) and /etc/services.
'use strict';

const { coded, describe, invalidArgType, invalidArgValue } = require('llrt:errors');
const net = require('net');
const { Resolver, METHODS } = require('llrt:dns-resolver');

function familyOf(value) {
  if (value === undefined || value === null || value === 0) return 0;
  if (value === 4 || value === 'IPv4') return 4;
  if (value === 6 || value === 'IPv6') return 6;
  throw coded(TypeError, 'ERR_INVALID_ARG_VALUE', `The property 'options.family' must be one of: 0, 4, 6. Received ${JSON.stringify(value)}`);
}

function lookup(hostname, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = {};
  }
  if (typeof callback !== 'function') throw invalidArgType('callback', 'of type function', callback);
  if (hostname !== undefined && hostname !== null && typeof hostname !== 'string') {
    throw invalidArgType('hostname', 'of type string', hostname);
  }
  let opts = typeof options === 'number' ? { family: options } : options || {};
  let family = familyOf(opts.family);
  let all = !!opts.all;
  let order = opts.order || (opts.verbatim === false ? 'ipv4first' : 'verbatim');
  if (['verbatim', 'ipv4first', 'ipv6first'].indexOf(order) < 0) throw invalidArgValue('options.order', order);
  let answer = list => {
    if (all) callback(null, list);
    else callback(null, list[0].address, list[0].family);
  };
  if (!hostname) {
    process.nextTick(() => all ? callback(null, []) : callback(null, null, family === 6 ? 6 : 4));
    return {};
  }
  let literal = net.isIP(hostname);
  if (literal) {
    process.nextTick(() => answer([{ address: hostname, family: literal }]));
    return {};
  }
  native.lookup(hostname, (code, flat) => {
    let list = [];
    if (flat) {
      for (let i = 0; i + 1 < flat.length; i += 2) {
        if (family === 0 || flat[i + 1] === family) list.push({ address: flat[i], family: flat[i + 1] });
      }
    }
    if (code || !list.length) {
      let err = new Error(`getaddrinfo ${code || 'ENOTFOUND'} ${hostname}`);
      err.errno = code === 'EAI_FAIL' ? -3007 : -3008;
      err.code = code || 'ENOTFOUND';
      err.syscall = 'getaddrinfo';
      err.hostname = hostname;
      callback(err);
      return;
    }
    if (order !== 'verbatim') {
      let first = order === 'ipv4first' ? 4 : 6;
      list = list.filter(a => a.family === first).concat(list.filter(a => a.family !== first));
    }
    answer(list);
  });
  return {};
}

// resolve4/resolve6 through the JDK's resolver: the addresses of one family, Node's query errors
function resolveFamily(family, name, callback) {
  let syscall = family === 4 ? 'queryA' : 'queryAaaa';
  let fail = code => {
    let err = new Error(`${syscall} ${code}${name ? ' ' + name : ''}`);
    err.code = code;
    err.syscall = syscall;
    if (name) err.hostname = name;
    callback(err);
  };
  // a query for an address literal asks DNS for a name of that spelling, which does not exist
  if (net.isIP(name) || name === '') {
    process.nextTick(() => fail('ENOTFOUND'));
    return {};
  }
  native.lookup(name, (code, flat) => {
    if (code || !flat) {
      fail('ENOTFOUND');
      return;
    }
    let list = [];
    for (let i = 0; i + 1 < flat.length; i += 2) {
      if (flat[i + 1] === family) list.push(flat[i]);
    }
    if (list.length) callback(null, list);
    else fail('ENODATA');
  });
  return {};
}

// the module's own resolver (dns.setServers changes it); its A/AAAA queries stay on the JDK's resolver while the
// servers are the system's and no TTL is asked for
function DefaultResolver() {
  Resolver.call(this);
}
Object.setPrototypeOf(DefaultResolver.prototype, Resolver.prototype);
DefaultResolver.prototype.setServers = function (servers) {
  Resolver.prototype.setServers.call(this, servers);
  this._set = true;
};
['resolve4', 'resolve6'].forEach((method, i) => {
  DefaultResolver.prototype[method] = function (name, options, callback) {
    if (typeof options === 'function') {
      callback = options;
      options = {};
    }
    if (this._set || (options && options.ttl)) return Resolver.prototype[method].call(this, name, options, callback);
    if (typeof name !== 'string') throw invalidArgType('name', 'of type string', name);
    if (typeof callback !== 'function') throw invalidArgType('callback', 'of type function', callback);
    return resolveFamily(i ? 6 : 4, name, callback);
  };
});

const defaultResolver = new DefaultResolver();

function lookupService(address, port, callback) {
  if (arguments.length !== 3) throw coded(TypeError, 'ERR_MISSING_ARGS', 'The "address", "port", and "callback" arguments must be specified');
  if (!net.isIP(address)) throw invalidArgValue('address', address);
  if (typeof port !== 'number' && typeof port !== 'string' || !(Number(port) >= 0 && Number(port) <= 65535) || String(port).trim() === '') {
    throw coded(RangeError, 'ERR_SOCKET_BAD_PORT', `Port should be >= 0 and < 65536. Received ${describe(port)}.`);
  }
  if (typeof callback !== 'function') throw invalidArgType('callback', 'of type function', callback);
  native.nameInfo(address, Number(port), (code, hostname, service) => {
    if (code) {
      let err = new Error(`getnameinfo ${code} ${address}`);
      err.code = code;
      err.syscall = 'getnameinfo';
      callback(err);
    } else {
      callback(null, hostname, service);
    }
  });
  return {};
}

module.exports = {
  lookup,
  lookupService,
  Resolver,
  ADDRCONFIG: 1024,
  V4MAPPED: 2048,
  ALL: 256,
  NODATA: 'ENODATA',
  FORMERR: 'EFORMERR',
  SERVFAIL: 'ESERVFAIL',
  NOTFOUND: 'ENOTFOUND',
  NOTIMP: 'ENOTIMP',
  REFUSED: 'EREFUSED',
  BADRESP: 'EBADRESP',
  CONNREFUSED: 'ECONNREFUSED',
  TIMEOUT: 'ETIMEOUT',
  CANCELLED: 'ECANCELLED',
  getDefaultResultOrder: () => 'verbatim',
  setDefaultResultOrder() {},
  getServers: () => defaultResolver.getServers(),
  setServers: servers => defaultResolver.setServers(servers),
  resolve: (name, rrtype, callback) => defaultResolver.resolve(name, rrtype, callback),
  reverse: (ip, callback) => defaultResolver.reverse(ip, callback),
};
Object.keys(METHODS).forEach(m => {
  module.exports[m] = (name, options, callback) => defaultResolver[m](name, options, callback);
});
Object.defineProperty(module.exports, 'promises', { enumerable: true, get: () => require('dns/promises') });
