// node:net: Socket, Server, connect/createConnection, createServer (socket.js, over the loop's TCP), and
// isIP/isIPv4/isIPv6 with Node's grammar (an IPv6 zone index allowed, no leading zeros in IPv4). BlockList and
// SocketAddress are not implemented: calling them throws ERR_NOT_SUPPORTED naming what was called.
'use strict';

const { notSupportedFunction } = require('llrt:errors');
const { Socket } = require('llrt:net-socket');
const { Server } = require('llrt:net-server');

const V4_PART = '(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])';
const V4 = `(?:${V4_PART}\\.){3}${V4_PART}`;
const V6_PART = '(?:[0-9a-fA-F]{1,4})';
const V6 = '(?:' +
  `(?:${V6_PART}:){7}(?:${V6_PART}|:)|` +
  `(?:${V6_PART}:){6}(?:${V4}|:${V6_PART}|:)|` +
  `(?:${V6_PART}:){5}(?::${V4}|(?::${V6_PART}){1,2}|:)|` +
  `(?:${V6_PART}:){4}(?:(?::${V6_PART}){0,1}:${V4}|(?::${V6_PART}){1,3}|:)|` +
  `(?:${V6_PART}:){3}(?:(?::${V6_PART}){0,2}:${V4}|(?::${V6_PART}){1,4}|:)|` +
  `(?:${V6_PART}:){2}(?:(?::${V6_PART}){0,3}:${V4}|(?::${V6_PART}){1,5}|:)|` +
  `(?:${V6_PART}:){1}(?:(?::${V6_PART}){0,4}:${V4}|(?::${V6_PART}){1,6}|:)|` +
  `(?::(?:(?::${V6_PART}){0,5}:${V4}|(?::${V6_PART}){1,7}|:))` +
  ')(?:%[0-9a-zA-Z-.:]{1,})?';
const IPV4 = new RegExp(`^${V4}$`);
const IPV6 = new RegExp(`^${V6}$`);

function isIPv4(input) {
  return IPV4.test(String(input));
}

function isIPv6(input) {
  return IPV6.test(String(input));
}

function isIP(input) {
  return isIPv4(input) ? 4 : isIPv6(input) ? 6 : 0;
}

// connect(port[, host][, cb]) / connect(options[, cb]): a new Socket, connecting
function connect() {
  let first = arguments[0];
  let socket = new Socket(first !== null && typeof first === 'object' ? first : undefined);
  if (first !== null && typeof first === 'object' && first.timeout) socket.setTimeout(first.timeout);
  return socket.connect.apply(socket, arguments);
}

function createServer(options, connectionListener) {
  return new Server(options, connectionListener);
}

module.exports = { isIP, isIPv4, isIPv6, Socket, Stream: Socket, Server, connect, createConnection: connect, createServer };
['BlockList', 'SocketAddress'].forEach(m => {
  module.exports[m] = notSupportedFunction(m, `llrt: net.${m} is not supported yet`);
});
module.exports.getDefaultAutoSelectFamily = () => true;
module.exports.setDefaultAutoSelectFamily = () => {};
