// node:dns/promises: dns's functions as promises, and a Resolver whose methods return promises.
'use strict';

const dns = require('dns');
const { Resolver: CallbackResolver, METHODS } = require('llrt:dns-resolver');

function lookup(hostname, options) {
  return new Promise((resolve, reject) => {
    dns.lookup(hostname, options || {}, (err, address, family) => {
      if (err) reject(err);
      else resolve(Array.isArray(address) ? address : { address, family });
    });
  });
}

function lookupService(address, port) {
  return new Promise((resolve, reject) => {
    dns.lookupService(address, port, (err, hostname, service) => (err ? reject(err) : resolve({ hostname, service })));
  });
}

// (target, method) -> (name, options) => promise; arguments are checked at once, as Node's promises API does
function promised(call) {
  return function (name, options) {
    let settle;
    let promise = new Promise((resolve, reject) => {
      settle = (err, list) => (err ? reject(err) : resolve(list));
    });
    call(this, name, options, settle);
    return promise;
  };
}

function Resolver(options) {
  this._resolver = new CallbackResolver(options);
}
Resolver.prototype.getServers = function () {
  return this._resolver.getServers();
};
Resolver.prototype.setServers = function (servers) {
  this._resolver.setServers(servers);
};
Resolver.prototype.setLocalAddress = function () {};
Resolver.prototype.cancel = function () {
  this._resolver.cancel();
};
Object.keys(METHODS).forEach(m => {
  Resolver.prototype[m] = promised((self, name, options, cb) => self._resolver[m](name, options || {}, cb));
});
Resolver.prototype.resolve = promised((self, name, rrtype, cb) => self._resolver.resolve(name, rrtype === undefined ? 'A' : rrtype, cb));
Resolver.prototype.reverse = promised((self, ip, _, cb) => self._resolver.reverse(ip, cb));

module.exports = {
  lookup,
  lookupService,
  Resolver,
  getServers: dns.getServers,
  setServers: dns.setServers,
  resolve: promised((self, name, rrtype, cb) => dns.resolve(name, rrtype === undefined ? 'A' : rrtype, cb)),
  reverse: promised((self, ip, _, cb) => dns.reverse(ip, cb)),
};
Object.keys(METHODS).forEach(m => {
  module.exports[m] = promised((self, name, options, cb) => dns[m](name, options || {}, cb));
});
['NODATA', 'FORMERR', 'SERVFAIL', 'NOTFOUND', 'NOTIMP', 'REFUSED', 'BADRESP', 'CONNREFUSED', 'TIMEOUT', 'CANCELLED']
  .forEach(k => { module.exports[k] = dns[k]; });
