package dev.llrtj.loop.net;

import dev.llrtj.loop.EventLoop;
import dev.llrtj.loop.http.Exchange;
import dev.llrtj.loop.http.LoopHold;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelOption;
import io.netty.channel.socket.ChannelInputShutdownEvent;
import io.netty.channel.socket.DuplexChannel;
import io.netty.handler.ssl.SslCloseCompletionEvent;
import io.netty.handler.ssl.SslHandler;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.internal.net.NetSocketInternal;
import io.vertx.core.net.NetSocket;
import io.vertx.core.net.SocketAddress;
import java.nio.channels.ClosedChannelException;
import java.security.cert.X509Certificate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * One TCP connection (a client's or one a server accepted), paused until its reader asks ({@link #resume}), so
 * bytes wait in the kernel rather than in memory when JS reads slowly; half-open as Node's (after the peer's FIN
 * this side may still write until it ends too). Events arrive in order, each a loop task:
 * "data" (byte[]), "end" (the peer finished sending), "error" (Throwable), "close" (last). While open and ref'd it
 * keeps the loop alive, as an open socket keeps a Node process running. Loop thread only.
 */
public final class TcpSocket {
    /** What the connection reports; value: byte[] for "data", Throwable for "error", null otherwise. */
    public interface Events {
        void on(String type, Object value);
    }

    /** The two ends' addresses (numeric) and ports. */
    public record Ends(String localAddress, int localPort, String remoteAddress, int remotePort) {}

    private final EventLoop loop;
    private final NetSocket socket;
    private final LoopHold hold;
    private final ArrayDeque<Object[]> early = new ArrayDeque<>(); // events before anyone listens
    private Events events;
    private boolean ref = true;
    private final ChannelHandlerContext channel; // Vert.x's handler's place in the Netty pipeline
    private boolean closed;
    private boolean peerEnded;

    TcpSocket(EventLoop loop, NetSocket socket) {
        this.loop = loop;
        this.socket = socket;
        this.hold = new LoopHold(loop);
        this.channel = ((NetSocketInternal) socket).channelHandlerContext();
        // reads follow the reader through autoRead (the kernel holds what JS has no room for); Vert.x stays flowing,
        // so data and the peer's FIN reach us in the order they came
        channel.channel().config().setAutoRead(false);
        // half-closed connections, as Node's: the peer's FIN is an "end", and this side may still write
        channel.channel().config().setOption(ChannelOption.ALLOW_HALF_CLOSURE, true);
        channel.pipeline().addBefore(channel.name(), "llrt-peer-end", new ChannelInboundHandlerAdapter() {
            @Override
            public void userEventTriggered(ChannelHandlerContext ctx, Object event) {
                if (event instanceof ChannelInputShutdownEvent || event instanceof SslCloseCompletionEvent) { // FIN, close_notify
                    peerEnded();
                }
                ctx.fireUserEventTriggered(event);
            }
        });
        socket.handler(buffer -> emit("data", buffer.getBytes()));
        socket.endHandler(v -> peerEnded()); // TLS: the peer's close_notify ends the connection as a whole
        socket.exceptionHandler(t -> emit("error", t));
        socket.closeHandler(v -> {
            closed = true;
            hold.release();
            emit("close", null);
        });
        hold.hold();
    }

    private void peerEnded() {
        if (!peerEnded) {
            peerEnded = true;
            emit("end", null);
        }
    }

    /** Starts delivering events (the ones already seen first). */
    public void listen(Events listener) {
        events = listener;
        while (!early.isEmpty()) {
            Object[] e = early.poll();
            deliver((String) e[0], e[1]);
        }
    }

    private void emit(String type, Object value) {
        if (events == null) {
            early.add(new Object[] {type, value});
        } else {
            deliver(type, value);
        }
    }

    private void deliver(String type, Object value) {
        Events to = events;
        loop.execute(() -> to.on(type, value));
    }

    public void pause() {
        channel.channel().config().setAutoRead(false);
    }

    public void resume() {
        if (!closed) {
            channel.channel().config().setAutoRead(true);
        }
    }

    /** {@code done} once the bytes are handed to the kernel, or with the failure (the socket closed). */
    public void write(byte[] bytes, Exchange.Callback<Void> done) {
        if (closed) {
            loop.execute(() -> done.done(null, new ClosedChannelException()));
            return;
        }
        socket.write(Buffer.buffer(bytes)).onComplete(ar -> loop.execute(() -> done.done(null, ar.cause())));
    }

    /**
     * Half-closes: sends FIN and keeps reading, as Node's socket.end() does (a client that ends its request still
     * gets the answer). Callers end only after their writes completed: shutting the output drops unsent bytes. Over
     * TLS it sends close_notify and goes on reading.
     */
    public void end(Exchange.Callback<Void> done) {
        if (closed) {
            loop.execute(() -> done.done(null, null));
            return;
        }
        if (!socket.isSsl() && channel.channel() instanceof DuplexChannel duplex) {
            duplex.shutdownOutput().addListener(f -> loop.execute(() -> done.done(null, f.cause())));
        } else if (channel.pipeline().get(SslHandler.class) instanceof SslHandler ssl) {
            // close_notify and keep reading: the peer's answer to what was sent still arrives (TLS 1.3 half-close)
            ssl.closeOutbound().addListener(f -> loop.execute(() -> done.done(null, f.cause())));
        } else {
            channel.channel().close().addListener(f -> loop.execute(() -> done.done(null, f.cause())));
        }
    }

    /** Closes at once; "close" follows. The channel itself: Vert.x's close waits on a server's shutdown handler. */
    public void destroy() {
        if (!closed) {
            channel.channel().close();
        }
    }

    /** setNoDelay ("noDelay") and setKeepAlive ("keepAlive") on the connection's TCP socket. */
    public void setOption(String name, boolean on) {
        if (closed) {
            return;
        }
        var config = channel.channel().config();
        switch (name) {
            case "noDelay" -> config.setOption(ChannelOption.TCP_NODELAY, on);
            case "keepAlive" -> config.setOption(ChannelOption.SO_KEEPALIVE, on);
            default -> throw new IllegalArgumentException("no socket option " + name);
        }
    }

    /** socket.ref()/unref(): an unref'd socket does not keep the process alive. */
    public void ref(boolean on) {
        ref = on;
        if (on && !closed) {
            hold.hold();
        } else {
            hold.release();
        }
    }

    public boolean isRef() {
        return ref;
    }

    public Ends ends() {
        SocketAddress local = socket.localAddress();
        SocketAddress remote = socket.remoteAddress();
        return new Ends(local == null ? null : AddressText.of(local.hostAddress()), local == null ? 0 : local.port(),
                remote == null ? null : AddressText.of(remote.hostAddress()), remote == null ? 0 : remote.port());
    }

    /** The peer's certificate chain, leaf first (empty: plain TCP or none sent). */
    public List<X509Certificate> peerCertificates() {
        List<X509Certificate> chain = new ArrayList<>();
        try {
            if (socket.isSsl()) {
                socket.peerCertificates().forEach(c -> chain.add((X509Certificate) c));
            }
        } catch (javax.net.ssl.SSLPeerUnverifiedException e) {
            // the peer sent none: an empty chain
        }
        return chain;
    }

    /** The protocol ALPN agreed on, or null (none offered or none agreed). */
    public String alpnProtocol() {
        String protocol = socket.isSsl() ? socket.applicationLayerProtocol() : null;
        return protocol == null || protocol.isEmpty() ? null : protocol;
    }

    /** The negotiated TLS protocol and cipher suite, or null on plain TCP. */
    public String[] tlsSession() {
        var session = socket.isSsl() ? socket.sslSession() : null;
        return session == null ? null : new String[] {session.getProtocol(), session.getCipherSuite()};
    }
}
