package dev.llrtj.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a function or another local process can do to the emulator: answers that cannot be written as HTTP, results
 * over every cap, a stray poll of the Runtime API. Each must leave the client answered and the warm runtime serving.
 */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class EmulatorFaultsTest {
    @TempDir
    Path root;

    private final EmulatorFixture.Log log = new EmulatorFixture.Log();

    private static String reply(JsonObject response) {
        return new JsonObject().put("reply", response).encode();
    }

    @Test
    void anUnwritableHandlerResponseIsA502AndTheConnectionStaysInStep() throws Exception {
        try (Emulator emulator = Emulator.start(EmulatorFixture.standInConfig(root, 30, Map.of()), new ServeOptions(1, true), log.stream);
             RawHttp http = new RawHttp(emulator.port(), 90_000)) {
            JsonObject crlf = new JsonObject().put("statusCode", 200)
                    .put("headers", new JsonObject().put("x-a", "b\r\nInjected: 1")).put("body", "hi");
            JsonObject badName = new JsonObject().put("statusCode", 200)
                    .put("headers", new JsonObject().put("bad name", "v")).put("body", "hi");
            JsonObject longer = new JsonObject().put("statusCode", 200)
                    .put("headers", new JsonObject().put("content-length", "100")).put("body", "hi");
            JsonObject shorter = new JsonObject().put("statusCode", 200)
                    .put("headers", new JsonObject().put("Content-Length", "1")).put("body", "hello");
            for (JsonObject bad : new JsonObject[] {crlf, badName, longer, shorter}) {
                RawHttp.Response r = http.exchange("POST", "/x", reply(bad));
                assertEquals(502, r.status(), bad.encode());
                assertEquals("{\"message\":\"Internal Server Error\"}", r.body());
                assertFalse(r.headers().containsKey("injected"));
                // the next exchange on the same connection reads its own response, not the rest of the last one
                RawHttp.Response next = http.exchange("POST", "/y", reply(new JsonObject().put("statusCode", 201).put("body", "ok")));
                assertEquals(201, next.status(), bad.encode());
                assertEquals("ok", next.body());
            }
            JsonObject right = new JsonObject().put("statusCode", 200)
                    .put("headers", new JsonObject().put("content-length", "5").put("transfer-encoding", "chunked"))
                    .put("body", "hello");
            RawHttp.Response r = http.exchange("POST", "/z", reply(right));
            assertEquals(200, r.status());
            assertEquals("hello", r.body(), "a right content-length is kept, framing headers are the gateway's");
            assertFalse(r.headers().containsKey("transfer-encoding"));
        }
    }

    @Test
    void aResultOverTheEmulatorsCapIsResponseSizeTooLargeAndTheRuntimeStaysWarm() throws Exception {
        try (Emulator emulator = Emulator.start(EmulatorFixture.standInConfig(root, 30, Map.of()), log.stream)) {
            int bytes = Emulator.MAX_RUNTIME_BODY_BYTES + 1024;
            InvokeResult big = emulator.invoke(("{\"action\":\"big\",\"bytes\":" + bytes + "}").getBytes(StandardCharsets.UTF_8))
                    .get(120, TimeUnit.SECONDS);
            assertTrue(big.failed(), new String(big.payload()));
            JsonObject error = new JsonObject(new String(big.payload(), StandardCharsets.UTF_8));
            assertEquals("Function.ResponseSizeTooLarge", error.getString("errorType"), error.encode());
            assertNotNull(log.awaitLine(l -> l.contains("stand-in: response refused with 413")), "the runtime got its 413");
            InvokeResult after = emulator.invoke("{\"action\":\"echo\",\"n\":2}".getBytes(StandardCharsets.UTF_8)).get(60, TimeUnit.SECONDS);
            assertFalse(after.failed(), new String(after.payload()));
            assertEquals(1, log.linesStartingWith("REPORT").stream().filter(l -> l.contains("Init Duration")).count(),
                    "one runtime served both: " + log.lines());
        }
    }

    @Test
    void aStrayPollFromAnotherProcessIsRefusedAndTheWarmRuntimeKeepsServing() throws Exception {
        try (Emulator emulator = Emulator.start(EmulatorFixture.standInConfig(root, 30, Map.of()), log.stream)) {
            InvokeResult first = emulator.invoke("{\"n\":1}".getBytes(StandardCharsets.UTF_8)).get(120, TimeUnit.SECONDS);
            assertFalse(first.failed(), new String(first.payload()));
            Thread.sleep(300); // the runtime is back on its next poll
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
            HttpResponse<String> stray = client.send(HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + emulator.port() + "/2018-06-01/runtime/invocation/next"))
                    .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(403, stray.statusCode(), stray.body());
            for (int n = 2; n <= 3; n++) {
                InvokeResult next = emulator.invoke(("{\"n\":" + n + "}").getBytes(StandardCharsets.UTF_8)).get(60, TimeUnit.SECONDS);
                assertFalse(next.failed(), new String(next.payload()));
                assertEquals(n, new JsonObject(new String(next.payload(), StandardCharsets.UTF_8)).getInteger("n"));
            }
            assertEquals(1, log.linesStartingWith("REPORT").stream().filter(l -> l.contains("Init Duration")).count(),
                    "the warm runtime survived: " + log.lines());
        }
    }
}
