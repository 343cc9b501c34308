/**
 * node:net: Socket and Server over the loop's TCP ({@link dev.llrtj.loop.net}), connect/createServer, address
 * checks (isIP, isIPv4, isIPv6); its socket module also carries node:tls's connections (verdict, peer chain).
 */
package dev.llrtj.modules.net;
