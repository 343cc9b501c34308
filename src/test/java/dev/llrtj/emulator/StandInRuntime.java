package dev.llrtj.emulator;

import dev.llrtj.lambda.runtimeapi.Invocation;
import dev.llrtj.lambda.runtimeapi.RuntimeApiClient;
import dev.llrtj.lambda.runtimeapi.RuntimeApiException;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;

/**
 * A runtime for emulator tests, driven by the event: {@code {"action": "echo" | "error" | "sleep" | "crash" |
 * "env" | "big" | "grow"}}; init behaviour from STANDIN_INIT ("error", "crash", "hang"). It speaks the Runtime API through
 * the real {@link RuntimeApiClient}, so these tests cover the client too.
 */
public final class StandInRuntime {
    private static final java.util.List<Object> HELD = new java.util.ArrayList<>();

    public static void main(String[] args) throws Exception {
        String init = System.getenv().getOrDefault("STANDIN_INIT", "");
        switch (init) {
            case "crash" -> System.exit(7);
            case "hang" -> Thread.sleep(60_000);
            default -> { }
        }
        Vertx vertx = Vertx.vertx();
        RuntimeApiClient client = RuntimeApiClient.deploy(vertx, System.getenv("AWS_LAMBDA_RUNTIME_API")).get();
        if (init.equals("error")) {
            client.postInitError("Runtime.ImportModuleError", utf8(new JsonObject()
                    .put("errorType", "Runtime.ImportModuleError")
                    .put("errorMessage", "Cannot find module 'index'").encode())).get();
            System.exit(1);
        }
        System.out.println("stand-in runtime ready");
        while (true) {
            Invocation inv;
            try {
                inv = client.next().get();
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeApiException r && r.isFatal()) {
                    System.exit(2);
                }
                continue;
            }
            handle(client, inv);
        }
    }

    private static void handle(RuntimeApiClient client, Invocation inv) throws Exception {
        JsonObject event = new JsonObject(Buffer.buffer(inv.event()));
        String action = event.getString("action", "echo");
        boolean payload10 = "1.0".equals(event.getString("version"));
        if ((payload10 || "2.0".equals(event.getString("version"))) && event.containsKey("requestContext")) {
            // an HTTP API event: a JSON body {"reply": ...} is answered verbatim (as JSON; {"rawReply": "..."} as
            // those very characters), anything else is echoed (a payload 1.0 event as a response's body)
            String body = event.getString("body");
            JsonObject request = body != null && body.startsWith("{") ? new JsonObject(body) : new JsonObject();
            if (request.containsKey("rawReply")) { // any bytes at all, even ones that are not JSON
                client.postResponse(inv, utf8(request.getString("rawReply"))).get();
                return;
            }
            if (request.containsKey("reply")) {
                client.postResponse(inv, utf8(io.vertx.core.json.Json.encode(request.getValue("reply")))).get();
                return;
            }
            if (request.containsKey("action")) {
                event = request;
                action = request.getString("action");
            } else if (payload10) {
                client.postResponse(inv, utf8(new JsonObject().put("statusCode", 200).put("body", event.encode()).encode())).get();
                return;
            }
        }
        switch (action) {
            case "error" -> client.postError(inv, "TypeError", utf8(new JsonObject()
                    .put("errorType", "TypeError").put("errorMessage", event.getString("message", "boom"))
                    .put("stackTrace", new io.vertx.core.json.JsonArray()).encode())).get();
            case "sleep" -> {
                Thread.sleep(event.getLong("ms"));
                client.postResponse(inv, utf8("{\"slept\":" + event.getLong("ms") + "}")).get();
            }
            case "crash" -> System.exit(3);
            case "grow" -> { // touches {"mb": n} megabytes and keeps them: resident memory, not just reserved
                byte[][] kept = new byte[event.getInteger("mb")][];
                for (int i = 0; i < kept.length; i++) {
                    kept[i] = new byte[1 << 20];
                    java.util.Arrays.fill(kept[i], (byte) i);
                }
                HELD.add(kept);
                Thread.sleep(event.getLong("ms", 0L));
                client.postResponse(inv, utf8("{\"grew\":" + kept.length + "}")).get();
            }
            case "overlap" -> client.postResponse(inv, utf8(overlap(event).encode())).get();
            case "env" -> {
                JsonObject out = new JsonObject();
                for (Object name : event.getJsonArray("names")) {
                    out.put((String) name, System.getenv((String) name));
                }
                out.put("cwd", Path.of("").toAbsolutePath().toString()).put("pid", ProcessHandle.current().pid())
                        .put("requestId", inv.requestId()).put("deadlineMs", inv.deadlineMs())
                        .put("arn", inv.invokedFunctionArn()).put("traceId", inv.traceId())
                        .put("clientContext", inv.clientContext()).put("invocationId", inv.invocationId());
                client.postResponse(inv, utf8(out.encode())).get();
            }
            case "big" -> {
                byte[] body = new byte[event.getInteger("bytes")];
                java.util.Arrays.fill(body, (byte) 'a');
                body[0] = '"';
                body[body.length - 1] = '"';
                try {
                    client.postResponse(inv, body).get();
                } catch (ExecutionException e) {
                    RuntimeApiException r = (RuntimeApiException) e.getCause();
                    System.err.println("stand-in: response refused with " + r.status());
                }
            }
            default -> client.postResponse(inv, inv.event()).get();
        }
    }

    /**
     * Marks itself active in a shared folder, waits until {@code expect} invocations are active at once (or
     * {@code ms} passed), and reports how many it saw: proof of how many ran in parallel, without timing guesses.
     * Having seen them all it lingers a second, so that the others see it too before it goes.
     */
    private static JsonObject overlap(JsonObject event) throws Exception {
        Path dir = Path.of(event.getString("dir"));
        Path mine = dir.resolve(java.util.UUID.randomUUID().toString());
        java.nio.file.Files.createFile(mine);
        int expect = event.getInteger("expect", 1);
        long until = System.currentTimeMillis() + event.getLong("ms", 10_000L);
        long seen;
        do {
            Thread.sleep(50);
            try (var files = java.nio.file.Files.list(dir)) {
                seen = files.count();
            }
        } while (seen < expect && System.currentTimeMillis() < until);
        if (seen >= expect) {
            Thread.sleep(1000); // stay visible while the others poll (every 50 ms) for the same count
        }
        java.nio.file.Files.delete(mine);
        return new JsonObject().put("pid", ProcessHandle.current().pid()).put("seen", seen)
                .put("runtimeApi", System.getenv("AWS_LAMBDA_RUNTIME_API"));
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
