// node:http: the client (llrt:http-client) and the server (llrt:http-server) over the loop's Vert.x, with the
// shared pieces (llrt:http-common). HTTP/1.1 only, as Node's http module.
'use strict';

const common = require('llrt:http-common');
const client = require('llrt:http-client');
const server = require('llrt:http-server');
const { OutgoingMessage } = require('llrt:http-common');

module.exports = {
  METHODS: common.METHODS.slice(),
  STATUS_CODES: Object.assign({}, common.STATUS_CODES),
  Agent: client.Agent,
  globalAgent: client.globalAgent,
  ClientRequest: client.ClientRequest,
  IncomingMessage: common.IncomingMessage,
  OutgoingMessage,
  Server: server.Server,
  ServerResponse: server.ServerResponse,
  createServer: server.createServer,
  request: client.request,
  get: client.get,
  validateHeaderName: common.validateHeaderName,
  validateHeaderValue: common.validateHeaderValue,
  maxHeaderSize: 16384,
  setMaxIdleHTTPParsers() {},
};
