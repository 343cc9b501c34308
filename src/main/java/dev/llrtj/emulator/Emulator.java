package dev.llrtj.emulator;

import dev.llrtj.lambda.runtimeapi.RuntimeApi;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpServerRequest;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * A running local Lambda: the front HTTP server on {@link ServeOptions#host()} (Lambda's invoke endpoint, or an
 * HTTP API with {@link ServeOptions#http()}), the Runtime API servers, and the {@link SandboxPool} behind them.
 * {@link #invoke} is the same queue without HTTP.
 */
public final class Emulator implements AutoCloseable {
    /** Lambda's own cap on a synchronous invoke request. */
    static final int MAX_INVOKE_REQUEST_BYTES = 6 * 1024 * 1024;
    /** Hard cap on anything a runtime posts (streamed responses may exceed the buffered 6 MiB limit). */
    static final int MAX_RUNTIME_BODY_BYTES = 32 * 1024 * 1024;
    /** Any function name, so SDKs and the AWS CLI pointed here with --endpoint-url work too. */
    private static final Pattern INVOKE_PATH = Pattern.compile("/2015-03-31/functions/[^/]+/invocations");
    /** InvokeWithResponseStream: the answer as an event stream of PayloadChunk events and one InvokeComplete. */
    private static final Pattern STREAM_INVOKE_PATH =
            Pattern.compile("/2021-11-15/functions/[^/]+/response-streaming-invocations");

    private final Vertx vertx;
    private final Context context;
    private final HttpServer server;
    private final List<HttpServer> runtimeApiServers;
    private final SandboxPool pool;

    private Emulator(Vertx vertx, Context context, HttpServer server, List<HttpServer> runtimeApiServers,
                     SandboxPool pool) {
        this.vertx = vertx;
        this.context = context;
        this.server = server;
        this.runtimeApiServers = runtimeApiServers;
        this.pool = pool;
    }

    /** One sandbox behind Lambda's invoke endpoint, its Runtime API on the same port. */
    public static Emulator start(EmulatorConfig config, PrintStream log) throws Exception {
        return start(config, ServeOptions.DEFAULT, log);
    }

    /**
     * Starts listening (runtimes start lazily, on the invocations that need them, like cold starts). Sandbox 0
     * shares the front port for its Runtime API unless the front port is an HTTP API; every other sandbox gets a
     * Runtime API port of its own, as each Lambda sandbox has its own AWS_LAMBDA_RUNTIME_API.
     */
    public static Emulator start(EmulatorConfig config, ServeOptions options, PrintStream log) throws Exception {
        if (System.getProperty("vertx.disableDnsResolver") == null) {
            System.setProperty("vertx.disableDnsResolver", "true"); // everything here is 127.0.0.1
        }
        Vertx vertx = Vertx.vertx();
        try {
            Context context = vertx.getOrCreateContext();
            CompletableFuture<Emulator> started = new CompletableFuture<>();
            // created and bound on this context so every handler and timer shares one thread
            context.runOnContext(v -> listen(vertx, context, config, options, log).onComplete(ar -> {
                if (ar.succeeded()) {
                    started.complete(ar.result());
                } else {
                    started.completeExceptionally(ar.cause());
                }
            }));
            return started.get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            vertx.close();
            throw e;
        }
    }

    private static Future<Emulator> listen(Vertx vertx, Context context, EmulatorConfig config, ServeOptions options,
                                           PrintStream log) {
        SandboxPool pool = new SandboxPool();
        HttpServer front = server(vertx, options.host(), config.port());
        HttpRoutes routes = new HttpRoutes(options.routes());
        front.requestHandler(req -> {
            if (options.http()) {
                HttpApiGateway.handle(pool, req, routes, options.payloadFormat().equals("1.0"));
            } else {
                route(pool, req);
            }
        });
        int shared = options.http() ? 0 : 1;
        List<HttpServer> apis = new ArrayList<>();
        List<Sandbox[]> holders = new ArrayList<>();
        for (int i = shared; i < options.concurrency(); i++) {
            Sandbox[] holder = new Sandbox[1];
            HttpServer api = server(vertx, ServeOptions.LOOPBACK, 0);
            api.requestHandler(req -> routeRuntimeApi(holder[0], req, req.path(), System.nanoTime()));
            apis.add(api);
            holders.add(holder);
        }
        List<Future<HttpServer>> listening = new ArrayList<>();
        listening.add(front.listen());
        apis.forEach(api -> listening.add(api.listen()));
        return Future.all(listening).map(all -> {
            if (shared == 1) {
                pool.add(sandbox(vertx, context, config, front.actualPort(), log));
            }
            for (int i = 0; i < apis.size(); i++) {
                holders.get(i)[0] = sandbox(vertx, context, config, apis.get(i).actualPort(), log);
                pool.add(holders.get(i)[0]);
            }
            return new Emulator(vertx, context, front, apis, pool);
        });
    }

    private static HttpServer server(Vertx vertx, String host, int port) {
        return vertx.createHttpServer(new HttpServerOptions().setHost(host).setPort(port).setTcpNoDelay(true))
                .connectionHandler(RequestTrailers::install);
    }

    private static Sandbox sandbox(Vertx vertx, Context context, EmulatorConfig config, int runtimeApiPort,
                                   PrintStream log) {
        LambdaEnvironment env = LambdaEnvironment.build(config, runtimeApiPort, System.getenv());
        return new Sandbox(vertx, context, config, env, log);
    }

    public int port() {
        return server.actualPort();
    }

    /** The URL users POST events to (when the front port is not an HTTP API). */
    public String invokeUrl() {
        return "http://127.0.0.1:" + port() + RuntimeApi.INVOKE_PATH;
    }

    public CompletableFuture<InvokeResult> invoke(byte[] event) {
        return invoke(event, null);
    }

    /** @param clientContext JSON handed to the runtime as Lambda-Runtime-Client-Context, or null */
    public CompletableFuture<InvokeResult> invoke(byte[] event, String clientContext) {
        PendingInvoke inv = newInvocation(event, clientContext);
        context.runOnContext(v -> pool.submit(inv));
        return inv.result;
    }

    /** The function's code changed: every runtime ends once it is not busy; the next invocations start fresh ones. */
    public void reload() {
        pool.all().forEach(Sandbox::retire);
    }

    @Override
    public void close() {
        CompletableFuture<Void> stopped = new CompletableFuture<>();
        context.runOnContext(v -> {
            pool.failWaiting();
            stopped.complete(null);
        });
        try {
            stopped.get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            // closing anyway
        }
        pool.all().forEach(Sandbox::close);
        List<HttpServer> servers = new ArrayList<>(runtimeApiServers);
        servers.add(server);
        for (HttpServer s : servers) {
            try {
                s.close().await(5, TimeUnit.SECONDS);
            } catch (Exception e) {
                // closing anyway
            }
        }
        vertx.close();
    }

    static PendingInvoke newInvocation(byte[] event, String clientContext) {
        // Lambda hands an empty payload to the function as {}
        byte[] payload = event == null || event.length == 0 ? "{}".getBytes(StandardCharsets.UTF_8) : event;
        return new PendingInvoke(UUID.randomUUID().toString(), UUID.randomUUID().toString(), payload, clientContext,
                LambdaEnvironment.newTraceId());
    }

    private static void route(SandboxPool pool, HttpServerRequest req) {
        long arrival = System.nanoTime();
        String path = req.path();
        if (path.startsWith(RuntimeApi.VERSION_PREFIX)) {
            routeRuntimeApi(pool.get(0), req, path, arrival);
        } else if (STREAM_INVOKE_PATH.matcher(path).matches()) {
            if (req.method() != HttpMethod.POST) {
                error(req, 405, "MethodNotAllowed", "use POST");
            } else {
                EventStreamInvoke.handle(pool, req);
            }
        } else if (INVOKE_PATH.matcher(path).matches()) {
            if (req.method() != HttpMethod.POST) {
                error(req, 405, "MethodNotAllowed", "use POST");
            } else {
                handleInvoke(pool, req);
            }
        } else {
            error(req, 404, "ResourceNotFoundException", "no such path: " + path);
        }
    }

    private static void routeRuntimeApi(Sandbox sandbox, HttpServerRequest req, String path, long arrival) {
        if (path.equals(RuntimeApi.NEXT_PATH) && req.method() == HttpMethod.GET) {
            sandbox.onNext(req);
        } else if (path.equals(RuntimeApi.INIT_ERROR_PATH) && req.method() == HttpMethod.POST) {
            readRuntimeBody(req).onSuccess(body -> sandbox.onInitError(req, body == null ? Buffer.buffer() : body));
        } else if (path.startsWith(RuntimeApi.INVOCATION_PREFIX) && req.method() == HttpMethod.POST
                && (path.endsWith(RuntimeApi.RESPONSE_SUFFIX) || path.endsWith(RuntimeApi.ERROR_SUFFIX))) {
            boolean isError = path.endsWith(RuntimeApi.ERROR_SUFFIX);
            if (!isError && RuntimeApi.RESPONSE_MODE_STREAMING.equalsIgnoreCase(req.getHeader(RuntimeApi.HEADER_RESPONSE_MODE))) {
                String id = decodeSegment(
                        path.substring(RuntimeApi.INVOCATION_PREFIX.length(), path.length() - RuntimeApi.RESPONSE_SUFFIX.length()));
                sandbox.onStreamedResult(req, id);
                return;
            }
            String suffix = isError ? RuntimeApi.ERROR_SUFFIX : RuntimeApi.RESPONSE_SUFFIX;
            String requestId = decodeSegment(
                    path.substring(RuntimeApi.INVOCATION_PREFIX.length(), path.length() - suffix.length()));
            readRuntimeBody(req).onSuccess(body -> sandbox.onResult(req, arrival, requestId, isError, body));
        } else {
            error(req, 404, "InvalidRequest", "not a Runtime API call: " + req.method() + " " + path);
        }
    }

    /** A percent-encoded path segment (a '+' is itself, as in a path, not a space as in a form). */
    static String decodeSegment(String segment) {
        try {
            return java.net.URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return segment; // a bad escape: the id as written, which then matches nothing (400)
        }
    }

    private static void handleInvoke(SandboxPool pool, HttpServerRequest req) {
        String type = req.getHeader(RuntimeApi.HEADER_INVOCATION_TYPE);
        String encodedContext = req.getHeader(RuntimeApi.HEADER_INVOKE_CLIENT_CONTEXT);
        readBody(req, MAX_INVOKE_REQUEST_BYTES).onSuccess(body -> {
            String invalid = EventPayload.invalid(body.getBytes());
            if (invalid != null) {
                EventPayload.refuse(req, invalid);
                return;
            }
            if ("DryRun".equals(type)) {
                req.response().setStatusCode(204).end();
                return;
            }
            String clientContext = null;
            if (encodedContext != null) {
                try {
                    clientContext = new String(Base64.getDecoder().decode(encodedContext), StandardCharsets.UTF_8);
                } catch (IllegalArgumentException e) {
                    error(req, 400, "InvalidRequestContentException", "X-Amz-Client-Context is not base64");
                    return;
                }
            }
            PendingInvoke inv = newInvocation(body.getBytes(), clientContext);
            pool.submit(inv);
            req.response().putHeader(RuntimeApi.HEADER_INVOKE_REQUEST_ID, inv.requestId);
            if ("Event".equals(type)) {
                req.response().setStatusCode(202).end();
                return;
            }
            inv.result.whenComplete((result, failure) -> {
                if (failure != null) {
                    error(req, 500, "ServiceException", String.valueOf(failure.getMessage()));
                    return;
                }
                var response = req.response().setStatusCode(200)
                        .putHeader("Content-Type", RuntimeApi.CONTENT_TYPE_JSON)
                        .putHeader(RuntimeApi.HEADER_EXECUTED_VERSION, "$LATEST");
                if (result.functionError() != null) {
                    response.putHeader(RuntimeApi.HEADER_FUNCTION_ERROR, result.functionError());
                }
                response.end(Buffer.buffer(result.payload()));
            });
        });
    }

    /** Buffers a body up to {@code limit} bytes; beyond it answers 413 and drops the connection. */
    static Future<Buffer> readBody(HttpServerRequest req, int limit) {
        Promise<Buffer> promise = Promise.promise();
        Buffer body = Buffer.buffer();
        req.handler(chunk -> {
            if (promise.future().isComplete()) {
                return;
            }
            if (body.length() + chunk.length() > limit) {
                promise.tryFail("too large");
                req.response().setStatusCode(413).putHeader("Connection", "close")
                        .putHeader("Content-Type", RuntimeApi.CONTENT_TYPE_JSON)
                        .end("{\"errorType\":\"RequestEntityTooLarge\",\"errorMessage\":\"Request must be smaller than "
                                + limit + " bytes\"}")
                        .onComplete(v -> req.connection().close());
                return;
            }
            body.appendBuffer(chunk);
        });
        req.endHandler(v -> promise.tryComplete(body));
        req.exceptionHandler(promise::tryFail);
        return promise.future();
    }

    /**
     * A runtime's post, buffered up to {@link #MAX_RUNTIME_BODY_BYTES}; null when it was larger. The rest is read and
     * thrown away rather than the connection dropped: the runtime must get its 413 and carry on, as in Lambda.
     */
    static Future<Buffer> readRuntimeBody(HttpServerRequest req) {
        Promise<Buffer> promise = Promise.promise();
        Buffer[] body = {Buffer.buffer()};
        req.handler(chunk -> {
            if (body[0] != null && body[0].length() + chunk.length() > MAX_RUNTIME_BODY_BYTES) {
                body[0] = null; // over the cap: drain the rest
            } else if (body[0] != null) {
                body[0].appendBuffer(chunk);
            }
        });
        req.endHandler(v -> promise.tryComplete(body[0]));
        req.exceptionHandler(promise::tryFail);
        return promise.future();
    }

    static void error(HttpServerRequest req, int status, String type, String message) {
        req.response().setStatusCode(status).putHeader("Content-Type", RuntimeApi.CONTENT_TYPE_JSON)
                .end(new io.vertx.core.json.JsonObject().put("errorType", type).put("errorMessage", message).encode());
    }
}
