/** node:dgram: UDP sockets (udp4/udp6: bind, send, 'message', close) over the loop's {@link dev.llrtj.loop.net.UdpSocket}. */
package dev.llrtj.modules.dgram;
