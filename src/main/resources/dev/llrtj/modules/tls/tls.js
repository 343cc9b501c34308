// node:tls: rootCertificates (the JDK's trusted roots, which this runtime's TLS trusts, as Node's list is what Node
// trusts), the protocol defaults. connect, TLSSocket, createServer, createSecureContext and friends are not
// implemented yet: requiring works, calling them throws ERR_NOT_SUPPORTED naming what was called (HTTPS: node:https).
'use strict';

const { notSupportedFunction } = require('llrt:errors');

let roots;
function notSupported(member) {
  return notSupportedFunction(member, `llrt: tls.${member} is not supported yet (use node:https or fetch)`);
}

module.exports = {
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
['SecureContext', 'Server', 'TLSSocket', 'checkServerIdentity', 'connect', 'createSecureContext', 'createServer',
  'getCiphers', 'convertALPNProtocols'].forEach(m => {
  module.exports[m] = notSupported(m);
});
