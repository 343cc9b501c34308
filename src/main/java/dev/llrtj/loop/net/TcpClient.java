package dev.llrtj.loop.net;

import dev.llrtj.loop.EventLoop;
import dev.llrtj.loop.http.Exchange;
import dev.llrtj.loop.http.HttpService;
import dev.llrtj.loop.http.NetRefusedException;
import io.vertx.core.net.ConnectOptions;
import io.vertx.core.net.NetClient;
import io.vertx.core.net.NetClientOptions;
import java.net.URI;

/**
 * Opens TCP connections for node:net and node:tls on the loop's Vert.x: one NetClient for plain TCP and one for
 * TLS, made on first use. TLS handshakes trust everything at the Vert.x level and the chain and host name are then
 * checked by {@link TlsVerifier} before the caller sees the socket, which gives Node's verdicts (authorized,
 * authorizationError and its codes) whether or not the caller rejects unauthorized peers. LLRT_NET_ALLOW/DENY
 * apply as they do to fetch.
 */
public final class TcpClient {
    private final EventLoop loop;
    private NetClient plain;
    private NetClient secure;

    private TcpClient(EventLoop loop) {
        this.loop = loop;
    }

    public static TcpClient of(EventLoop loop) {
        return loop.service(TcpClient.class, TcpClient::new);
    }

    /** TLS of one connection: the name to send (SNI) and check, or null to check {@code host}. */
    public record Tls(String servername) {}

    /**
     * Connects to {@code host}:{@code port}; {@code done} gets the socket (paused, events not yet listened to) or
     * the failure. {@code tls} null: plain TCP. Refused hosts throw before anything is sent.
     */
    public void connect(String host, int port, Tls tls, int timeoutMs, Exchange.Callback<TcpSocket> done) {
        loop.assertInLoop();
        String where = host.indexOf(':') >= 0 ? "[" + host + "]" : host;
        String why = HttpService.of(loop).config().refusal(URI.create((tls == null ? "tcp" : "tls") + "://" + where + ":" + port));
        if (why != null) {
            throw new NetRefusedException(why);
        }
        ConnectOptions options = new ConnectOptions().setHost(host).setPort(port);
        if (timeoutMs > 0) {
            options.setTimeout(timeoutMs);
        }
        if (tls != null) {
            options.setSsl(true);
            String name = tls.servername() != null ? tls.servername() : host;
            if (!name.isEmpty() && !TlsVerifier.isIpLiteral(name)) {
                options.setSniServerName(name); // Node sends no SNI for an IP address
            }
        }
        loop.ref(); // until the attempt ends
        client(tls != null).connect(options).onComplete(ar -> {
            TcpSocket socket = ar.succeeded() ? new TcpSocket(loop, ar.result()) : null;
            loop.execute(() -> {
                loop.unref();
                done.done(socket, ar.cause());
            });
        });
    }

    private NetClient client(boolean ssl) {
        if (ssl) {
            if (secure == null) {
                NetClientOptions options = base().setSsl(true).setTrustAll(true).setHostnameVerificationAlgorithm("");
                secure = loop.vertx().createNetClient(options);
            }
            return secure;
        }
        if (plain == null) {
            plain = loop.vertx().createNetClient(base());
        }
        return plain;
    }

    private static NetClientOptions base() {
        return new NetClientOptions().setTcpNoDelay(true).setReconnectAttempts(0);
    }
}
