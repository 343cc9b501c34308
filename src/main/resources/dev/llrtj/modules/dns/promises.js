// node:dns/promises: lookup, resolve, resolve4 and resolve6 as promises; the rest as dns says (not supported yet).
'use strict';

const dns = require('dns');

function lookup(hostname, options) {
  return new Promise((resolve, reject) => {
    dns.lookup(hostname, options || {}, (err, address, family) => {
      if (err) reject(err);
      else resolve(Array.isArray(address) ? address : { address, family });
    });
  });
}

function promised(fn) {
  return function (name, second) {
    return new Promise((resolve, reject) => {
      fn(name, second === undefined ? {} : second, (err, list) => (err ? reject(err) : resolve(list)));
    });
  };
}

module.exports = {
  lookup,
  resolve4: promised(dns.resolve4),
  resolve6: promised(dns.resolve6),
  resolve: (name, rrtype) => promised(dns.resolve)(name, rrtype === undefined ? 'A' : rrtype),
};
Object.keys(dns).forEach(k => {
  if (!(k in module.exports) && k !== 'promises' && typeof dns[k] === 'function' && /^(resolve|reverse|lookupService|Resolver|getServers|setServers)/.test(k)) {
    module.exports[k] = dns[k];
  }
});
