// node:dns: lookup(hostname[, options], cb) through the JDK's resolver (hosts file, then DNS), options family
// (0, 4, 6, 'IPv4', 'IPv6'), all, order/verbatim (the resolver's order; 'ipv4first'/'ipv6first' sort).
// resolve4/resolve6/resolve(name, 'A'|'AAAA') ask the same resolver, which (unlike Node's c-ares queries) reads the
// hosts file first, and know no TTLs. The other record types (MX, TXT, SRV...), reverse, lookupService and
// Resolver need a DNS client the JDK lacks in a native image: they throw ERR_NOT_SUPPORTED naming the call.
'use strict';

const { coded, invalidArgType, invalidArgValue, notSupportedFunction } = require('llrt:errors');
const net = require('net');

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

const RRTYPES = ['A', 'AAAA', 'ANY', 'CAA', 'CNAME', 'MX', 'NAPTR', 'NS', 'PTR', 'SOA', 'SRV', 'TLSA', 'TXT'];

// resolve4/resolve6: the addresses of one family, Node's query errors (queryA ENOTFOUND name, ENODATA)
function resolveFamily(family, name, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = {};
  }
  if (typeof name !== 'string') throw invalidArgType('name', 'of type string', name);
  if (typeof callback !== 'function') throw invalidArgType('callback', 'of type function', callback);
  if (options && options.ttl) {
    throw coded(Error, 'ERR_NOT_SUPPORTED', `llrt: dns.resolve${family} with { ttl: true } is not supported (the JDK's resolver gives no TTLs)`);
  }
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

function resolve4(name, options, callback) {
  return resolveFamily(4, name, options, callback);
}

function resolve6(name, options, callback) {
  return resolveFamily(6, name, options, callback);
}

function resolve(name, rrtype, callback) {
  if (typeof rrtype === 'function') {
    callback = rrtype;
    rrtype = 'A';
  }
  if (typeof rrtype !== 'string') throw invalidArgType('rrtype', 'of type string', rrtype);
  if (RRTYPES.indexOf(rrtype) < 0) throw invalidArgValue('rrtype', rrtype);
  if (rrtype === 'A') return resolve4(name, {}, callback);
  if (rrtype === 'AAAA') return resolve6(name, {}, callback);
  throw coded(Error, 'ERR_NOT_SUPPORTED', `llrt: dns.resolve with rrtype '${rrtype}' is not supported (A and AAAA are)`);
}

function notSupported(member) {
  return notSupportedFunction(member, `llrt: dns.${member} is not supported yet (dns.lookup, resolve4 and resolve6 are)`);
}

const UNSUPPORTED = ['Resolver', 'lookupService', 'resolveAny', 'resolveCaa',
  'resolveCname', 'resolveMx', 'resolveNaptr', 'resolveNs', 'resolvePtr', 'resolveSoa', 'resolveSrv', 'resolveTxt',
  'reverse', 'setServers', 'getServers'];

module.exports = {
  lookup,
  resolve,
  resolve4,
  resolve6,
  ADDRCONFIG: 1024,
  V4MAPPED: 2048,
  ALL: 256,
  NODATA: 'ENODATA',
  NOTFOUND: 'ENOTFOUND',
  SERVFAIL: 'ESERVFAIL',
  CONNREFUSED: 'ECONNREFUSED',
  TIMEOUT: 'ETIMEOUT',
  getDefaultResultOrder: () => 'verbatim',
  setDefaultResultOrder() {},
};
UNSUPPORTED.forEach(m => { module.exports[m] = notSupported(m); });
Object.defineProperty(module.exports, 'promises', { enumerable: true, get: () => require('dns/promises') });
