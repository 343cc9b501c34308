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
 * "env" | "big"}}; init behaviour from STANDIN_INIT ("error", "crash", "hang"). It speaks the Runtime API through
 * the real {@link RuntimeApiClient}, so these tests cover the client too.
 */
public final class StandInRuntime {
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
        switch (event.getString("action", "echo")) {
            case "error" -> client.postError(inv, "TypeError", utf8(new JsonObject()
                    .put("errorType", "TypeError").put("errorMessage", event.getString("message", "boom"))
                    .put("stackTrace", new io.vertx.core.json.JsonArray()).encode())).get();
            case "sleep" -> {
                Thread.sleep(event.getLong("ms"));
                client.postResponse(inv, utf8("{\"slept\":" + event.getLong("ms") + "}")).get();
            }
            case "crash" -> System.exit(3);
            case "env" -> {
                JsonObject out = new JsonObject();
                for (Object name : event.getJsonArray("names")) {
                    out.put((String) name, System.getenv((String) name));
                }
                out.put("cwd", Path.of("").toAbsolutePath().toString())
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

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
