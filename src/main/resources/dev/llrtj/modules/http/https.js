// node:https: node:http's client and server over TLS. Client TLS options (rejectUnauthorized, ca, cert, key) come
// from the request or its agent; requests with the same options share one keep-alive pool.
'use strict';

const http = require('http');
const client = require('llrt:http-client');
const server = require('llrt:http-server');
const { coded, invalidArgType } = require('llrt:errors');

function Agent(options) {
  if (!(this instanceof Agent)) return new Agent(options);
  client.Agent.call(this, Object.assign({ defaultPort: 443, protocol: 'https:' }, options));
}
Object.setPrototypeOf(Agent.prototype, client.Agent.prototype);
Object.setPrototypeOf(Agent, client.Agent);

const globalAgent = new Agent({ keepAlive: true, scheduling: 'lifo', timeout: 5000 });
const DEFAULTS = { protocol: 'https:', agent: globalAgent };

function request(input, options, cb) {
  return new client.ClientRequest(input, options, cb, DEFAULTS);
}

function get(input, options, cb) {
  let req = request(input, options, cb);
  req.end();
  return req;
}

function pem(value, name) {
  if (value === undefined) return undefined;
  let one = Array.isArray(value) ? value[0] : value;
  if (typeof one !== 'string' && !(one instanceof Uint8Array)) throw invalidArgType(`options.${name}`, 'of type string or an instance of Buffer', one);
  return String(one);
}

function Server(options, requestListener) {
  if (!(this instanceof Server)) return new Server(options, requestListener);
  if (typeof options === 'function') {
    requestListener = options;
    options = {};
  }
  let opts = options || {};
  if (opts.pfx) throw coded(Error, 'ERR_NOT_SUPPORTED', 'llrt: https.createServer pfx is not supported (use key and cert)');
  server.Server.call(this, opts, requestListener);
  let key = pem(opts.key, 'key');
  let cert = pem(opts.cert, 'cert');
  if (!key || !cert) throw coded(Error, 'ERR_NOT_SUPPORTED', 'llrt: https.createServer needs key and cert (PEM)');
  this[server.kTls] = { rejectUnauthorized: false, ca: [], key, cert };
}
Object.setPrototypeOf(Server.prototype, server.Server.prototype);
Object.setPrototypeOf(Server, server.Server);

module.exports = {
  Agent,
  globalAgent,
  Server,
  createServer(options, requestListener) { return new Server(options, requestListener); },
  request,
  get,
  STATUS_CODES: http.STATUS_CODES,
  METHODS: http.METHODS,
};
