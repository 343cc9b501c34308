package dev.llrtj.loop.http;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.net.PfxOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A local HTTP server for fetch tests (127.0.0.1, plain or TLS with a keytool-made certificate for `localhost`,
 * HTTP/1.1 and h2 over ALPN) that counts accepted connections. Routes:
 * /hello, /version, /echo (method, body, some headers as JSON), /redirect/N (302 chains), /to?status=S&location=L,
 * /big?bytes=N (streamed with backpressure, {@link #bytesWritten} says how far the server got), /stall (head and
 * one chunk, then nothing).
 */
public final class LocalServer implements AutoCloseable {
    private final Vertx vertx = Vertx.vertx();
    private final HttpServer server;
    private final AtomicInteger connections = new AtomicInteger();
    private final AtomicLong bytesWritten = new AtomicLong();
    private final boolean tls;

    private LocalServer(HttpServerOptions options, boolean tls) throws Exception {
        this.tls = tls;
        server = vertx.createHttpServer(options.setHost("127.0.0.1"))
                .connectionHandler(c -> connections.incrementAndGet())
                .requestHandler(this::handle);
        server.listen(0).toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    public static LocalServer plain() throws Exception {
        return new LocalServer(new HttpServerOptions(), false);
    }

    /** TLS with {@code cert.keystore()}; h2 and http/1.1 offered over ALPN. */
    public static LocalServer tls(TestCert cert) throws Exception {
        return new LocalServer(new HttpServerOptions().setSsl(true).setUseAlpn(true)
                .setKeyCertOptions(new PfxOptions().setPath(cert.keystore().toString()).setPassword(TestCert.PASSWORD)), true);
    }

    public String url(String path) {
        return (tls ? "https://localhost:" : "http://127.0.0.1:") + server.actualPort() + path;
    }

    public int connections() {
        return connections.get();
    }

    public long bytesWritten() {
        return bytesWritten.get();
    }

    private void handle(HttpServerRequest req) {
        String path = req.path();
        HttpServerResponse res = req.response();
        if (path.equals("/hello")) {
            res.putHeader("content-type", "text/plain").putHeader("set-cookie", "a=1").addCookie(io.vertx.core.http.Cookie.cookie("b", "2")).end("hello");
        } else if (path.equals("/version")) {
            res.end(req.version().alpnName());
        } else if (path.equals("/echo")) {
            req.body().onSuccess(body -> res.putHeader("content-type", "application/json").end(new io.vertx.core.json.JsonObject()
                    .put("method", req.method().name())
                    .put("body", body.toString())
                    .put("length", body.length())
                    .put("contentType", req.getHeader("content-type"))
                    .put("contentLength", req.getHeader("content-length"))
                    .put("chunked", "chunked".equalsIgnoreCase(req.getHeader("transfer-encoding")))
                    .put("authorization", req.getHeader("authorization"))
                    .encode()));
        } else if (path.startsWith("/redirect/")) {
            int n = Integer.parseInt(path.substring("/redirect/".length()));
            if (n == 0) {
                res.end("arrived");
            } else {
                res.setStatusCode(302).putHeader("location", "/redirect/" + (n - 1)).end("moved");
            }
        } else if (path.equals("/to")) {
            res.setStatusCode(Integer.parseInt(req.getParam("status"))).putHeader("location", req.getParam("location")).end();
        } else if (path.equals("/big") && req.method() == io.vertx.core.http.HttpMethod.HEAD) {
            res.putHeader("content-length", req.getParam("bytes")).end();
        } else if (path.equals("/big")) {
            streamBig(res, Long.parseLong(req.getParam("bytes")));
        } else if (path.equals("/stall")) {
            res.setChunked(true).write("first chunk");
        } else {
            res.setStatusCode(404).end("no route " + path);
        }
    }

    private void streamBig(HttpServerResponse res, long total) {
        res.putHeader("content-length", Long.toString(total));
        byte[] block = new byte[64 * 1024];
        for (int i = 0; i < block.length; i++) {
            block[i] = (byte) i;
        }
        Buffer chunk = Buffer.buffer(block);
        long[] sent = {0};
        Runnable[] pump = new Runnable[1];
        pump[0] = () -> {
            while (sent[0] < total && !res.writeQueueFull()) {
                int n = (int) Math.min(block.length, total - sent[0]);
                res.write(n == block.length ? chunk : chunk.slice(0, n));
                sent[0] += n;
                bytesWritten.addAndGet(n);
            }
            if (sent[0] >= total) {
                res.end();
            } else {
                res.drainHandler(v -> pump[0].run());
            }
        };
        res.setWriteQueueMaxSize(128 * 1024);
        res.closeHandler(v -> sent[0] = total); // the client went away: stop
        pump[0].run();
    }

    @Override
    public void close() {
        vertx.close().toCompletionStage().toCompletableFuture().join();
    }

    /** A self-signed certificate for localhost/127.0.0.1 made with the JDK's keytool: PKCS#12 keystore + PEM. */
    public record TestCert(Path keystore, Path pem) {
        public static final String PASSWORD = "changeit";

        public static TestCert create(Path dir) throws Exception {
            Path keystore = dir.resolve("server.p12");
            Path pem = dir.resolve("server.pem");
            String keytool = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
            run(keytool, "-genkeypair", "-alias", "server", "-keyalg", "EC", "-groupname", "secp256r1", "-dname", "CN=localhost",
                    "-ext", "san=dns:localhost,ip:127.0.0.1", "-validity", "2", "-storetype", "PKCS12",
                    "-keystore", keystore.toString(), "-storepass", PASSWORD, "-keypass", PASSWORD);
            run(keytool, "-exportcert", "-rfc", "-alias", "server", "-keystore", keystore.toString(), "-storepass", PASSWORD,
                    "-file", pem.toString());
            if (!Files.exists(pem)) {
                throw new IllegalStateException("keytool wrote no certificate");
            }
            return new TestCert(keystore, pem);
        }

        private static void run(String... command) throws Exception {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes());
            if (p.waitFor() != 0) {
                throw new IllegalStateException(String.join(" ", command) + ": " + out);
            }
        }
    }
}
