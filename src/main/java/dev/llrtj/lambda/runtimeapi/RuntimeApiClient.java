package dev.llrtj.lambda.runtimeapi;

import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.VerticleBase;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClientAgent;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.NetClient;
import io.vertx.core.net.NetClientOptions;
import io.vertx.core.net.SocketAddress;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;

/**
 * The runtime's side of the Lambda Runtime API. Every call runs on this verticle's event loop so that all of them
 * share one pooled keep-alive connection (a Vert.x pool is per event loop). Futures complete on that event loop;
 * callers hand the result over to their own loop.
 */
public final class RuntimeApiClient extends VerticleBase {
    private static final int ERROR_TEXT_LIMIT = 500;

    private final SocketAddress server;
    private final String authority;
    private HttpClientAgent http;
    /** For streamed responses only, made on the first one (see {@link StreamedResponse} for why not {@link #http}). */
    private NetClient net;

    private RuntimeApiClient(SocketAddress server, String authority) {
        this.server = server;
        this.authority = authority;
    }

    /** Deploys a client for {@code hostPort} (the value of AWS_LAMBDA_RUNTIME_API, e.g. {@code 127.0.0.1:9001}). */
    public static CompletableFuture<RuntimeApiClient> deploy(Vertx vertx, String hostPort) {
        RuntimeApiClient client;
        try {
            client = new RuntimeApiClient(resolve(hostPort), hostPort);
        } catch (IllegalArgumentException e) {
            return CompletableFuture.failedFuture(e);
        }
        return vertx.deployVerticle(client).map(id -> client).toCompletionStage().toCompletableFuture();
    }

    /**
     * Resolves with the JDK, not Netty: the address is normally an IP literal (no lookup at all), and handing
     * Vert.x a resolved address keeps it from building its DNS resolver for a loopback call.
     */
    static SocketAddress resolve(String hostPort) {
        if (hostPort == null || hostPort.isBlank()) {
            throw new IllegalArgumentException(RuntimeApi.ENV_RUNTIME_API + " is not set");
        }
        URI uri = URI.create("http://" + hostPort.trim());
        if (uri.getHost() == null || uri.getPort() < 0) {
            throw new IllegalArgumentException("not host:port: " + hostPort);
        }
        try {
            return SocketAddress.inetSocketAddress(
                    new InetSocketAddress(InetAddress.getByName(uri.getHost()), uri.getPort()));
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("unknown host in " + hostPort, e);
        }
    }

    @Override
    public Future<?> start() {
        HttpClientOptions options = new HttpClientOptions().setKeepAlive(true).setTcpNoDelay(true)
                .setDefaultHost(server.hostAddress()).setDefaultPort(server.port());
        // Two, not one: a stray concurrent call (an error post while next is parked) must not queue behind the poll.
        http = vertx.createHttpClient(options, new PoolOptions().setHttp1MaxSize(2));
        return Future.succeededFuture();
    }

    @Override
    public Future<?> stop() {
        NetClient streams = streamClient(false);
        return streams == null ? http.close() : Future.all(http.close(), streams.close());
    }

    private synchronized NetClient streamClient(boolean create) {
        if (net == null && create) {
            net = vertx.createNetClient(new NetClientOptions().setTcpNoDelay(true));
        }
        return net;
    }

    /**
     * Starts a streamed answer to {@code inv} (Lambda's response streaming); the request head goes out at once,
     * the body as it is written.
     */
    public StreamedResponse streamResponse(Invocation inv, String contentType) {
        String head = StreamedResponse.head(RuntimeApi.responsePath(inv.requestId()), authority,
                contentType, inv.invocationId());
        return StreamedResponse.open(context, streamClient(true), server, head);
    }

    /** Undeploys the verticle and closes its connection. */
    public CompletableFuture<Void> close() {
        return vertx.undeploy(deploymentID()).toCompletionStage().toCompletableFuture();
    }

    /** Long poll for the next event: no client-side timeout, the sandbox may be frozen for minutes in between. */
    public CompletableFuture<Invocation> next() {
        return call(HttpMethod.GET, RuntimeApi.NEXT_PATH, null, null).thenApply(RuntimeApiClient::toInvocation);
    }

    public CompletableFuture<Void> postResponse(Invocation inv, byte[] json) {
        MultiMap headers = invocationHeaders(inv);
        return call(HttpMethod.POST, RuntimeApi.responsePath(inv.requestId()), headers, json).thenApply(r -> null);
    }

    public CompletableFuture<Void> postError(Invocation inv, String errorType, byte[] errorJson) {
        MultiMap headers = invocationHeaders(inv);
        errorHeaders(headers, errorType);
        return call(HttpMethod.POST, RuntimeApi.errorPath(inv.requestId()), headers, errorJson).thenApply(r -> null);
    }

    public CompletableFuture<Void> postInitError(String errorType, byte[] errorJson) {
        MultiMap headers = MultiMap.caseInsensitiveMultiMap();
        errorHeaders(headers, errorType);
        return call(HttpMethod.POST, RuntimeApi.INIT_ERROR_PATH, headers, errorJson).thenApply(r -> null);
    }

    private static MultiMap invocationHeaders(Invocation inv) {
        MultiMap headers = MultiMap.caseInsensitiveMultiMap();
        if (inv.invocationId() != null) {
            headers.set(RuntimeApi.HEADER_INVOCATION_ID, inv.invocationId());
        }
        return headers;
    }

    private static void errorHeaders(MultiMap headers, String errorType) {
        headers.set("Content-Type", RuntimeApi.CONTENT_TYPE_JSON);
        if (errorType != null && !errorType.isEmpty()) {
            headers.set(RuntimeApi.HEADER_ERROR_TYPE, errorType);
        }
    }

    private record Reply(int status, MultiMap headers, Buffer body) {}

    private CompletableFuture<Reply> call(HttpMethod method, String path, MultiMap headers, byte[] body) {
        CompletableFuture<Reply> result = new CompletableFuture<>();
        context.runOnContext(ignored -> {
            RequestOptions options = new RequestOptions().setServer(server).setMethod(method).setURI(path);
            options.putHeader("Host", authority);
            if (headers != null) {
                options.getHeaders().addAll(headers);
            }
            http.request(options)
                    .compose(req -> body == null ? req.send() : req.send(Buffer.buffer(body)))
                    .compose(resp -> resp.body().map(b -> new Reply(resp.statusCode(), resp.headers(), b)))
                    .onComplete(ar -> {
                        if (ar.failed()) {
                            result.completeExceptionally(new RuntimeApiException(
                                    method + " " + path + " failed: " + ar.cause(), ar.cause()));
                        } else if (ar.result().status() / 100 != 2) {
                            Reply r = ar.result();
                            result.completeExceptionally(new RuntimeApiException(r.status(),
                                    method + " " + path + " answered " + r.status() + ": " + excerpt(r.body())));
                        } else {
                            result.complete(ar.result());
                        }
                    });
        });
        return result;
    }

    private static Invocation toInvocation(Reply reply) {
        MultiMap h = reply.headers();
        String requestId = h.get(RuntimeApi.HEADER_REQUEST_ID);
        if (requestId == null || requestId.isEmpty()) {
            throw new RuntimeApiException(reply.status(), "next answered without " + RuntimeApi.HEADER_REQUEST_ID);
        }
        return new Invocation(
                requestId,
                parseDeadline(h.get(RuntimeApi.HEADER_DEADLINE_MS)),
                h.get(RuntimeApi.HEADER_FUNCTION_ARN),
                h.get(RuntimeApi.HEADER_TRACE_ID),
                h.get(RuntimeApi.HEADER_CLIENT_CONTEXT),
                h.get(RuntimeApi.HEADER_COGNITO_IDENTITY),
                h.get(RuntimeApi.HEADER_INVOCATION_ID),
                reply.body().getBytes());
    }

    private static long parseDeadline(String value) {
        if (value == null) {
            return 0;
        }
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static String excerpt(Buffer body) {
        String text = body.toString(StandardCharsets.UTF_8);
        return text.length() <= ERROR_TEXT_LIMIT ? text : text.substring(0, ERROR_TEXT_LIMIT) + "...";
    }
}
