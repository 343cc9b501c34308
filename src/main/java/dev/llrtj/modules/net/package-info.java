/** node:net: address checks (isIP, isIPv4, isIPv6, SocketAddress); sockets and servers say they are not supported yet. */
package dev.llrtj.modules.net;
