/**
 * Plain sockets on the loop's Vert.x for node:net, node:tls and node:dgram: TCP connections (client and accepted,
 * optionally TLS), listening TCP servers and UDP sockets. No Vert.x type crosses this package's API; every event
 * reaches the caller as a loop task, and each open socket or listening server holds the loop while it is ref'd.
 */
package dev.llrtj.loop.net;
