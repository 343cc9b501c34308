package dev.llrtj.loop.net;

import dev.llrtj.loop.EventLoop;
import dev.llrtj.loop.http.Exchange;
import dev.llrtj.loop.http.ListenerHold;
import dev.llrtj.loop.http.TlsOptions;
import io.vertx.core.net.NetServer;
import io.vertx.core.net.NetServerOptions;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * One listening TCP server of node:net's (or node:tls's) createServer. While it listens and is ref'd it keeps the
 * loop alive; each accepted connection reaches the caller as a paused {@link TcpSocket}. Closing stops accepting
 * at once and completes when the last connection has closed, as Node's server.close() does. Loop thread only.
 */
public final class TcpServer {
    /** How long close() waits for open connections before Vert.x drops them; Node waits forever. */
    private static final Duration CLOSE_GRACE = Duration.ofDays(3650);

    private final EventLoop loop;
    private final NetServer server;
    private final ListenerHold hold;

    private TcpServer(EventLoop loop, NetServer server) {
        this.loop = loop;
        this.server = server;
        this.hold = new ListenerHold(loop);
    }

    /**
     * Listens on {@code host}:{@code port} (0: a free port); {@code onListening} gets the bound port or the failure
     * (EADDRINUSE...). {@code tls} null: plain TCP.
     */
    public static TcpServer listen(EventLoop loop, String host, int port, TlsOptions tls, Consumer<TcpSocket> onConnection,
            Exchange.Callback<Integer> onListening) {
        loop.assertInLoop();
        NetServerOptions options = new NetServerOptions().setTcpNoDelay(true).setReuseAddress(true);
        if (tls != null) {
            options.setSsl(true);
            tls.applyTo(options);
        }
        TcpServer s = new TcpServer(loop, loop.vertx().createNetServer(options));
        s.server.connectHandler(socket -> {
            socket.shutdownHandler(grace -> {}); // close() leaves open connections to their owners, as Node does
            TcpSocket accepted = new TcpSocket(loop, socket);
            loop.execute(() -> onConnection.accept(accepted));
        });
        s.hold.starting();
        s.server.listen(port, host).onComplete(bound -> {
            s.hold.bound(bound.succeeded());
            loop.execute(() -> onListening.done(bound.succeeded() ? bound.result().actualPort() : null, bound.cause()));
        });
        return s;
    }

    /** Stops accepting; {@code done} once every accepted connection has closed. */
    public void close(Exchange.Callback<Void> done) {
        hold.close(server.shutdown(CLOSE_GRACE), done);
    }

    /** server.ref()/unref(). */
    public void ref(boolean on) {
        hold.ref(on);
    }
}
