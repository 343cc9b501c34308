// node:net: isIP/isIPv4/isIPv6 with Node's grammar (an IPv6 zone index allowed, no leading zeros in IPv4).
// Socket, Server, connect, createConnection, createServer and BlockList are not implemented yet: requiring works
// (agent-base and friends import net at load), calling them throws ERR_NOT_SUPPORTED naming what was called.
'use strict';

const { notSupportedFunction } = require('llrt:errors');

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

function notSupported(member) {
  return notSupportedFunction(member, `llrt: net.${member} is not supported yet (use node:http or fetch)`);
}

module.exports = { isIP, isIPv4, isIPv6 };
['Socket', 'Server', 'Stream', 'BlockList', 'SocketAddress', 'connect', 'createConnection', 'createServer'].forEach(m => {
  module.exports[m] = notSupported(m);
});
module.exports.getDefaultAutoSelectFamily = () => true;
module.exports.setDefaultAutoSelectFamily = () => {};
