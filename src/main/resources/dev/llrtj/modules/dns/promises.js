// node:dns/promises: lookup as a promise; the rest as dns says (not supported yet).
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

module.exports = { lookup };
Object.keys(dns).forEach(k => {
  if (k !== 'lookup' && k !== 'promises' && typeof dns[k] === 'function' && /^(resolve|reverse|lookupService|Resolver|getServers|setServers)/.test(k)) {
    module.exports[k] = dns[k];
  }
});
