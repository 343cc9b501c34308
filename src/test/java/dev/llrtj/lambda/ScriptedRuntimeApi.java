package dev.llrtj.lambda;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A Runtime API the test drives step by step (JDK HttpServer on 127.0.0.1): each `next` takes the next scripted
 * step (an invocation with exactly the headers the test chose, or a bare HTTP status), and every POST the runtime
 * makes is recorded. For what the emulator cannot show: absent headers, exact header values, a failing `next`.
 */
final class ScriptedRuntimeApi implements AutoCloseable {
    /** What a `next` answers: an invocation (status 200) or, with {@code status} other than 200, just that status. */
    record Step(int status, Map<String, String> headers, String body, boolean truncated) {
        static Step invocation(Map<String, String> headers, String body) {
            return new Step(200, headers, body, false);
        }

        static Step fail(int status) {
            return new Step(status, Map.of(), "{\"errorType\":\"Scripted\",\"errorMessage\":\"scripted failure\"}", false);
        }

        /** Announces the whole body, sends half of it, and closes the connection. */
        Step truncate() {
            return new Step(status, headers, body, true);
        }
    }

    /** One POST from the runtime. Header names are lower case. */
    record Posted(String path, Map<String, String> headers, String body) {}

    private static final long NEXT_WAIT_SECONDS = 60;

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "scripted-runtime-api");
        t.setDaemon(true);
        return t;
    });
    private final BlockingQueue<Step> steps = new LinkedBlockingQueue<>();
    private final BlockingQueue<Posted> posted = new LinkedBlockingQueue<>();

    ScriptedRuntimeApi() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(executor);
        server.createContext("/2018-06-01/runtime/", this::handle);
        server.start();
    }

    String address() {
        return "127.0.0.1:" + server.getAddress().getPort();
    }

    void script(Step step) {
        steps.add(step);
    }

    /** The runtime's next POST, waiting at most {@code seconds}. */
    Posted awaitPost(long seconds) throws InterruptedException {
        Posted p = posted.poll(seconds, TimeUnit.SECONDS);
        if (p == null) {
            throw new AssertionError("the runtime posted nothing within " + seconds + " s");
        }
        return p;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            if (exchange.getRequestMethod().equals("GET") && path.endsWith("/invocation/next")) {
                Step step;
                try {
                    // bounded: a runtime left polling after the test must not pin a thread forever
                    step = steps.poll(NEXT_WAIT_SECONDS, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                if (step == null) {
                    respond(exchange, 500, "{\"errorType\":\"Scripted\",\"errorMessage\":\"no more steps\"}");
                    return;
                }
                step.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, servedValue(k, v)));
                if (step.truncated()) {
                    byte[] bytes = step.body().getBytes(StandardCharsets.UTF_8);
                    exchange.sendResponseHeaders(step.status(), bytes.length + 1);
                    exchange.getResponseBody().write(bytes, 0, bytes.length / 2);
                    exchange.getResponseBody().flush();
                    return; // closing the exchange short of its length ends the connection
                }
                respond(exchange, step.status(), step.body());
                return;
            }
            Map<String, String> headers = new LinkedHashMap<>();
            exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(java.util.Locale.ROOT), String.join(",", v)));
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            posted.add(new Posted(path, headers, body));
            respond(exchange, 202, "{\"status\":\"OK\"}");
        }
    }

    /** A deadline written "+7000" means 7 s from when the runtime takes the invocation, not from scripting it. */
    private static String servedValue(String header, String value) {
        if (header.equalsIgnoreCase("Lambda-Runtime-Deadline-Ms") && value.startsWith("+")) {
            return Long.toString(System.currentTimeMillis() + Long.parseLong(value.substring(1)));
        }
        return value;
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
