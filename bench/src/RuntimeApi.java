import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * The Lambda Runtime API, as much of it as a benchmark needs, for ONE runtime process: invocations are queued
 * by the harness, handed out on `next`, and completed when `response`/`error` arrives. Each completion carries
 * System.nanoTime() taken as soon as the request body has been read, so the harness can time spawn-to-response
 * on the same clock it read just before spawning the process.
 */
final class RuntimeApi implements AutoCloseable {
    /** How an invocation ended: a response, or an error/init error with its body; when, in nanoTime. */
    record Outcome(boolean ok, String body, long receivedNanos) {}

    private record Invocation(String id, String event, CompletableFuture<Outcome> done) {}

    private static final String PREFIX = "/2018-06-01/runtime/";
    private static final Invocation CLOSED = new Invocation("", "", new CompletableFuture<>());

    private final HttpServer server;
    private final BlockingQueue<Invocation> queue = new LinkedBlockingQueue<>();
    private final Map<String, Invocation> inFlight = new ConcurrentHashMap<>();
    private final Semaphore polls = new Semaphore(0);
    private volatile Outcome initError;
    private volatile long firstPollNanos;

    RuntimeApi() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
        // `next` long-polls: each exchange needs its own thread so that a waiting poll blocks nothing else.
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext(PREFIX, this::handle);
        server.start();
    }

    /** host:port, the value of AWS_LAMBDA_RUNTIME_API. */
    String address() {
        return "127.0.0.1:" + server.getAddress().getPort();
    }

    /** Queues an event; the future completes when the runtime answers it (or fails if the runtime dies). */
    CompletableFuture<Outcome> invoke(String event) {
        Invocation invocation = new Invocation(UUID.randomUUID().toString(), event, new CompletableFuture<>());
        Outcome failedInit = initError;
        if (failedInit != null) {
            invocation.done().complete(failedInit);
        } else {
            queue.add(invocation);
        }
        return invocation.done();
    }

    /** Waits until the runtime is blocked in `next` (so a warm invoke times the invocation, not the loop's turn). */
    boolean awaitPoll(long timeoutMs) throws InterruptedException {
        return polls.tryAcquire(timeoutMs, TimeUnit.MILLISECONDS);
    }

    /** When the first `next` arrived (System.nanoTime()), 0 before: the end of init (runtime start, handler load). */
    long firstPollNanos() {
        return firstPollNanos;
    }

    /** The runtime process is gone: whatever it had not answered never will be. */
    void runtimeExited(int exitCode) {
        Outcome gone = new Outcome(false, "runtime exited with code " + exitCode, System.nanoTime());
        inFlight.values().forEach(i -> i.done().complete(gone));
        queue.forEach(i -> i.done().complete(gone));
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath().substring(PREFIX.length());
            byte[] body = readAll(exchange.getRequestBody());
            long received = System.nanoTime();
            String method = exchange.getRequestMethod();
            if (method.equals("GET") && path.equals("invocation/next")) {
                next(exchange);
            } else if (method.equals("POST") && path.equals("init/error")) {
                initError = new Outcome(false, new String(body, StandardCharsets.UTF_8), received);
                queue.forEach(i -> i.done().complete(initError));
                send(exchange, 202, "{}");
            } else if (method.equals("POST") && path.startsWith("invocation/")) {
                complete(exchange, path, new String(body, StandardCharsets.UTF_8), received);
            } else {
                send(exchange, 404, "{\"errorMessage\":\"unknown path\"}");
            }
        }
    }

    private void next(HttpExchange exchange) throws IOException {
        if (firstPollNanos == 0) {
            firstPollNanos = System.nanoTime();
        }
        polls.release();
        Invocation invocation;
        try {
            invocation = queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        if (invocation == CLOSED) {
            send(exchange, 500, "{\"errorMessage\":\"benchmark over\"}");
            return;
        }
        inFlight.put(invocation.id(), invocation);
        var headers = exchange.getResponseHeaders();
        headers.set("Lambda-Runtime-Aws-Request-Id", invocation.id());
        headers.set("Lambda-Runtime-Deadline-Ms", Long.toString(System.currentTimeMillis() + 30_000));
        headers.set("Lambda-Runtime-Invoked-Function-Arn", "arn:aws:lambda:us-east-1:000000000000:function:bench");
        headers.set("Lambda-Runtime-Trace-Id", "Root=1-00000000-000000000000000000000000;Sampled=0");
        send(exchange, 200, invocation.event());
    }

    private void complete(HttpExchange exchange, String path, String body, long received) throws IOException {
        String[] parts = path.split("/");
        Invocation invocation = parts.length == 3 ? inFlight.remove(parts[1]) : null;
        if (invocation == null) {
            send(exchange, 400, "{\"errorMessage\":\"unknown request id\"}");
            return;
        }
        // Answer the runtime first: its next `next` should not wait on the harness's bookkeeping.
        send(exchange, 202, "{}");
        invocation.done().complete(new Outcome(parts[2].equals("response"), body, received));
    }

    private static byte[] readAll(InputStream in) throws IOException {
        return in.readAllBytes();
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            exchange.getResponseBody().write(bytes);
        }
    }

    @Override
    public void close() {
        queue.add(CLOSED);
        server.stop(0);
    }
}
