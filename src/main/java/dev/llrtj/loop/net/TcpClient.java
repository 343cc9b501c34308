package dev.llrtj.loop.net;

import dev.llrtj.loop.EventLoop;
import dev.llrtj.loop.http.Exchange;
import dev.llrtj.loop.http.HttpService;
import dev.llrtj.loop.http.NetRefusedException;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.net.ConnectOptions;
import io.vertx.core.net.KeyCertOptions;
import io.vertx.core.net.NetClient;
import io.vertx.core.net.NetClientOptions;
import io.vertx.core.net.PemKeyCertOptions;
import io.vertx.core.net.PfxOptions;
import java.net.URI;
import java.util.List;

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
    private final java.util.Map<String, NetClient> custom = new java.util.HashMap<>();

    private TcpClient(EventLoop loop) {
        this.loop = loop;
    }

    public static TcpClient of(EventLoop loop) {
        return loop.service(TcpClient.class, TcpClient::new);
    }

    /**
     * TLS of one connection: the name to send (SNI) and check, or null to check {@code host}; the client's key
     * pairs as PEM ({@code certs[i]} with {@code keys[i]}) or a PKCS#12 {@code pfx} with its {@code passphrase};
     * the ALPN protocols to offer (empty: no ALPN).
     */
    public record Tls(String servername, List<String> certs, List<String> keys, byte[] pfx, String passphrase, List<String> alpn) {
        public Tls {
            certs = List.copyOf(certs);
            keys = List.copyOf(keys);
            alpn = List.copyOf(alpn);
        }

        public Tls(String servername) {
            this(servername, List.of(), List.of(), null, null, List.of());
        }

        boolean plainClient() {
            return keys.isEmpty() && pfx == null && alpn.isEmpty();
        }

        /** The key of a client of its own: connections with the same key pairs and ALPN share one. */
        String clientKey() {
            return String.join("\0", certs) + "\1" + String.join("\0", keys) + "\1"
                    + (pfx == null ? "" : java.util.Base64.getEncoder().encodeToString(pfx)) + "\1" + passphrase + "\1" + String.join("\0", alpn);
        }

        /**
         * Client options for this key pair and ALPN, still trusting everything (TlsVerifier judges the peer). Throws
         * when the key pair cannot be read (a bad PEM, a wrong passphrase), before anything is sent.
         */
        NetClientOptions clientOptions(io.vertx.core.Vertx vertx) throws Exception {
            NetClientOptions options = base().setSsl(true).setTrustAll(true).setHostnameVerificationAlgorithm("");
            KeyCertOptions keyCert = null;
            if (pfx != null) {
                keyCert = new PfxOptions().setValue(Buffer.buffer(pfx)).setPassword(passphrase == null ? "" : passphrase);
            } else if (!keys.isEmpty()) {
                PemKeyCertOptions pem = new PemKeyCertOptions();
                for (int i = 0; i < keys.size() && i < certs.size(); i++) {
                    pem.addCertValue(Buffer.buffer(certs.get(i))).addKeyValue(Buffer.buffer(keys.get(i)));
                }
                keyCert = pem;
            }
            if (keyCert != null) {
                options.setKeyCertOptions(AnyIssuerKeys.of(keyCert, vertx));
            }
            if (!alpn.isEmpty()) {
                options.setUseAlpn(true).setApplicationLayerProtocols(alpn);
            }
            return options;
        }
    }

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
        NetClient client = tls == null || tls.plainClient() ? client(tls != null) : custom(tls);
        loop.ref(); // until the attempt ends
        client.connect(options).onComplete(ar -> {
            TcpSocket socket = ar.succeeded() ? new TcpSocket(loop, ar.result()) : null;
            loop.execute(() -> {
                loop.unref();
                done.done(socket, ar.cause());
            });
        });
    }

    /**
     * A client of its own for connections with a key pair or ALPN (made once per set of them): Vert.x bakes both into
     * a client's TLS context, and a session made with one key pair is never resumed by a connection without it.
     */
    private NetClient custom(Tls tls) {
        String key = tls.clientKey();
        NetClient client = custom.get(key);
        if (client == null) {
            try {
                client = loop.vertx().createNetClient(tls.clientOptions(loop.vertx()));
            } catch (Exception e) {
                throw new IllegalArgumentException("llrt: the TLS client key cannot be used: " + e.getMessage(), e);
            }
            custom.put(key, client);
        }
        return client;
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
