/**
 * Plain sockets on the loop's Vert.x for node:net, node:tls, node:dgram and node:dns: TCP connections (client and
 * accepted, optionally TLS, with client key pairs and ALPN), listening TCP servers, UDP sockets, DNS queries. No
 * Vert.x type crosses this package's API; every event reaches the caller as a loop task, and each open socket or
 * listening server holds the loop while it is ref'd.
 */
package dev.llrtj.loop.net;
