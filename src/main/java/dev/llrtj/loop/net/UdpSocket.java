package dev.llrtj.loop.net;

import dev.llrtj.loop.EventLoop;
import dev.llrtj.loop.http.Exchange;
import dev.llrtj.loop.http.HttpService;
import dev.llrtj.loop.http.ListenerHold;
import dev.llrtj.loop.http.NetRefusedException;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.datagram.DatagramSocket;
import io.vertx.core.datagram.DatagramSocketOptions;
import io.vertx.core.net.SocketAddress;
import java.net.URI;

/**
 * One UDP socket of node:dgram on the loop's Vert.x. Bound and ref'd, it keeps the loop alive (as a bound Node
 * socket does); each datagram reaches the caller as a loop task. Loop thread only.
 */
public final class UdpSocket {
    /** One datagram received: its bytes and who sent it. */
    public interface OnMessage {
        void message(byte[] data, String address, int port);
    }

    private final EventLoop loop;
    private final DatagramSocket socket;
    private final ListenerHold hold;
    private boolean bound;

    public UdpSocket(EventLoop loop, boolean ipv6, boolean reuseAddress, OnMessage onMessage) {
        this.loop = loop;
        this.hold = new ListenerHold(loop);
        this.socket = loop.vertx().createDatagramSocket(new DatagramSocketOptions().setIpV6(ipv6).setReuseAddress(reuseAddress));
        socket.handler(packet -> {
            SocketAddress from = packet.sender();
            byte[] bytes = packet.data().getBytes();
            loop.execute(() -> onMessage.message(bytes, AddressText.of(from.hostAddress()), from.port()));
        });
        socket.exceptionHandler(t -> {}); // send failures reach their callbacks
    }

    /** Binds to {@code host}:{@code port} (0: any free port); {@code done} gets the bound port or the failure. */
    public void bind(String host, int port, Exchange.Callback<Integer> done) {
        hold.starting();
        socket.listen(port, host).onComplete(ar -> {
            bound = ar.succeeded();
            hold.bound(bound);
            loop.execute(() -> done.done(bound ? socket.localAddress().port() : null, ar.cause()));
        });
    }

    /** The bound address (numeric) or null. */
    public String localAddress() {
        SocketAddress local = bound ? socket.localAddress() : null;
        return local == null ? null : AddressText.of(local.hostAddress());
    }

    /** Sends one datagram; a host LLRT_NET_ALLOW / LLRT_NET_DENY refuses throws before anything is sent. */
    public void send(byte[] bytes, int port, String host, Exchange.Callback<Void> done) {
        String where = host.indexOf(':') >= 0 ? "[" + host + "]" : host;
        String why = HttpService.of(loop).config().refusal(URI.create("udp://" + where + ":" + port));
        if (why != null) {
            throw new NetRefusedException(why);
        }
        loop.ref(); // until sent
        socket.send(Buffer.buffer(bytes), port, host).onComplete(ar -> loop.execute(() -> {
            loop.unref();
            done.done(null, ar.cause());
        }));
    }

    public void close(Exchange.Callback<Void> done) {
        bound = false;
        hold.close(socket.close(), done);
    }

    public void ref(boolean on) {
        hold.ref(on);
    }
}
