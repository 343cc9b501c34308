package dev.llrtj.loop.http;

import dev.llrtj.loop.EventLoop;
import io.vertx.core.http.HttpClientAgent;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import java.net.URI;
import java.util.List;
import java.util.Set;

/**
 * The loop's one pooled HTTP client (keep-alive, HTTP/1.1 and, when allowed, HTTP/2 over ALPN), made on the
 * first fetch or warm-up, never at start. Everything here runs on the loop thread.
 */
public final class HttpService {
    private static final int MAX_CONNECTIONS_PER_ORIGIN = 64;

    private final EventLoop loop;
    private final NetConfig config;
    private HttpClientAgent client; // made on first use, by the loop (a fetch) or a worker (a warm-up)
    // node:http's clients: bodies as sent (no decompression), one pool per set of TLS options
    private final java.util.Map<TlsOptions, HttpClientAgent> rawClients = new java.util.HashMap<>();

    private HttpService(EventLoop loop, NetConfig config) {
        this.loop = loop;
        this.config = config;
    }

    /** The Vert.x client; from any thread (a warm-up makes it off the loop, while the loop goes on). */
    synchronized HttpClientAgent client(boolean preloadClasses) {
        if (preloadClasses && client == null) {
            ClassPreload.httpClientClasses();
        }
        if (client == null) {
            client = loop.vertx().createHttpClient(clientOptions(config),
                    new PoolOptions().setHttp1MaxSize(MAX_CONNECTIONS_PER_ORIGIN).setHttp2MaxSize(MAX_CONNECTIONS_PER_ORIGIN));
        }
        return client;
    }

    /** Whether the Vert.x client exists yet (a bare start must not make it). */
    public synchronized boolean clientCreated() {
        return client != null;
    }

    /** The loop's client, made on first use from the process environment. */
    public static HttpService of(EventLoop loop) {
        return loop.service(HttpService.class, l -> new HttpService(l, NetConfig.fromEnv(System.getenv())));
    }

    /** Makes the loop's client with {@code config} instead of the environment's (tests); before any other use. */
    public static HttpService install(EventLoop loop, NetConfig config) {
        if (loop.hasService(HttpService.class)) {
            throw new IllegalStateException("the loop's HTTP client already exists");
        }
        return loop.service(HttpService.class, l -> new HttpService(l, config));
    }

    /** Whether the loop's Vert.x client exists (loop thread). */
    public static boolean created(EventLoop loop) {
        return loop.hasService(HttpService.class) && of(loop).clientCreated();
    }

    public NetConfig config() {
        return config;
    }

    /** Why {@code url} may not be fetched (LLRT_NET_ALLOW / LLRT_NET_DENY), or null. */
    public String refusal(String url) {
        return config.refusal(URI.create(url));
    }

    /** Starts one request; {@code onHead} gets the response head or the failure. Refused URLs throw. */
    public Exchange open(Exchange.Spec spec, Exchange.Callback<Exchange.Head> onHead) {
        loop.assertInLoop();
        String why = refusal(spec.url());
        if (why != null) {
            throw new NetRefusedException(why);
        }
        return Exchange.start(loop, client(false), spec, onHead);
    }

    /**
     * Starts one request for node:http: the body arrives as the server sent it (a gzip stays gzip, as Node's
     * IncomingMessage gives it), over a keep-alive pool of its own per set of TLS options. Refused URLs throw.
     */
    public Exchange openRaw(Exchange.Spec spec, TlsOptions tls, Exchange.Callback<Exchange.Head> onHead) {
        loop.assertInLoop();
        String why = refusal(spec.url());
        if (why != null) {
            throw new NetRefusedException(why);
        }
        HttpClientAgent raw = rawClients.computeIfAbsent(tls, t -> {
            HttpClientOptions options = clientOptions(config).setDecompressionSupported(false)
                    .setProtocolVersion(HttpVersion.HTTP_1_1).setUseAlpn(false); // node:http speaks HTTP/1.1
            if (!t.rejectUnauthorized()) {
                options.setTrustAll(true).setVerifyHost(false);
            }
            t.applyTo(options);
            return loop.vertx().createHttpClient(options,
                    new PoolOptions().setHttp1MaxSize(MAX_CONNECTIONS_PER_ORIGIN).setHttp2MaxSize(MAX_CONNECTIONS_PER_ORIGIN));
        });
        return Exchange.start(loop, raw, spec, onHead);
    }

    /**
     * Opens (TCP + TLS) a pooled connection to {@code url}'s origin in the background with one GET whose answer is
     * thrown away, so the next request there finds it in the pool. Keeps nothing alive, never fails: a refused,
     * unreachable or slow origin is given up silently after {@code timeoutMs}. The costly first steps (making the
     * client, loading the HTTP and TLS classes, the trust store) run on a worker thread, not the loop.
     */
    public void warmup(String url, long timeoutMs) {
        loop.assertInLoop();
        URI uri;
        try {
            uri = new URI(url);
            if (uri.getHost() == null || refusal(url) != null) {
                return;
            }
        } catch (java.net.URISyntaxException | IllegalArgumentException e) {
            return;
        }
        long timeout = Math.max(1, timeoutMs);
        String target = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? url + "/" : url;
        // the loop's own context: the pool hands a connection to requests of the context that opened it
        io.vertx.core.Context loopContext = loop.vertx().getOrCreateContext();
        // a plain daemon thread: nothing for the loop to wait for, nothing that holds the process at exit
        Thread.ofPlatform().daemon().name("llrt-warmup").start(() -> {
            HttpClientAgent agent;
            RequestOptions options;
            try {
                agent = client(true);
                options = requestOptions(HttpMethod.GET, target).setConnectTimeout(timeout).setIdleTimeout(timeout);
            } catch (RuntimeException e) {
                return; // a warm-up never fails anything: the fetch that follows reports the problem if it persists
            }
            loopContext.runOnContext(v -> agent.request(options).compose(req -> {
                req.exceptionHandler(ignored -> {});
                long timer = loop.vertx().setTimer(timeout, t -> req.reset());
                return req.send().compose(resp -> resp.end()).onComplete(done -> loop.vertx().cancelTimer(timer));
            }).onFailure(ignored -> {}));
        });
    }

    /** HTTP/2 only over TLS (ALPN): plain http stays HTTP/1.1, as LLRT's client does, never h2c. */
    static RequestOptions requestOptions(HttpMethod method, String url) {
        RequestOptions options = new RequestOptions().setMethod(method).setAbsoluteURI(url).setFollowRedirects(false);
        if (url.regionMatches(true, 0, "http:", 0, 5)) {
            options.setProtocolVersion(HttpVersion.HTTP_1_1);
        }
        return options;
    }

    private static HttpClientOptions clientOptions(NetConfig config) {
        HttpClientOptions options = new HttpClientOptions()
                .setKeepAlive(true)
                .setKeepAliveTimeout(config.poolIdleTimeoutSeconds())
                .setHttp2KeepAliveTimeout(config.poolIdleTimeoutSeconds())
                .setPipelining(false)
                .setDecompressionSupported(true)
                .setVerifyHost(true)
                .setTcpNoDelay(true)
                .setProtocolVersion(config.http2() ? HttpVersion.HTTP_2 : HttpVersion.HTTP_1_1)
                .setUseAlpn(config.http2())
                .setHttp2ClearTextUpgrade(false)
                .setEnabledSecureTransportProtocols(config.tls13() ? Set.of("TLSv1.2", "TLSv1.3") : Set.of("TLSv1.2"));
        if (config.http2()) {
            options.setAlpnVersions(List.of(HttpVersion.HTTP_2, HttpVersion.HTTP_1_1));
        }
        if (config.extraCaFile() != null) {
            options.setTrustOptions(ExtraCaTrust.withJdkRoots(config.extraCaFile()));
        }
        return options;
    }
}
