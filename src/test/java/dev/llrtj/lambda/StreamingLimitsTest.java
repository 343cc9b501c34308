package dev.llrtj.lambda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.llrtj.emulator.Emulator;
import dev.llrtj.emulator.EmulatorConfig;
import dev.llrtj.emulator.ServeOptions;
import dev.llrtj.lambda.runtimeapi.RuntimeApi;
import dev.llrtj.testsupport.CapturedLog;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;

/**
 * Lambda's limits on a streamed response, behind `serve --http`: beyond 20 MiB the stream is cut and the
 * invocation fails with Function.ResponseSizeTooLarge while the runtime keeps serving; past the timeout the
 * sandbox is killed mid-stream. Either way the client sees a body cut short, never a complete one.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class StreamingLimitsTest {
    private static final int TIMEOUT_SECONDS = 12;

    private final CapturedLog log = new CapturedLog();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private Emulator emulator;

    @BeforeAll
    void start() throws Exception {
        EmulatorConfig config = new EmulatorConfig(RuntimeProcess.resource("functions"), "streaming.handler", 0,
                TIMEOUT_SECONDS, 128, "llrt-streaming-limits", RuntimeProcess.shellCommandReportingExit(), Map.of(), 180);
        emulator = Emulator.start(config, new ServeOptions(1, true), log.stream);
    }

    @AfterAll
    void stop() {
        if (emulator != null) {
            emulator.close();
        }
    }

    private HttpResponse<InputStream> request(String event) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + emulator.port() + "/"))
                .timeout(Duration.ofSeconds(180)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(event)).build(), HttpResponse.BodyHandlers.ofInputStream());
    }

    private static long drain(InputStream body) throws IOException {
        long n = 0;
        byte[] buffer = new byte[64 * 1024];
        for (int r; (r = body.read(buffer)) > 0; ) {
            n += r;
        }
        return n;
    }

    private int served() throws Exception {
        try (InputStream body = request("{\"action\":\"served\"}").body()) {
            return HttpInvoke.JSON.readTree(new String(body.readAllBytes(), StandardCharsets.UTF_8)).path("served").asInt();
        }
    }

    @Test
    void beyondTwentyMebibytesTheStreamIsCutAndTheRuntimeGoesOn() throws Exception {
        int before = served();
        HttpResponse<InputStream> response = request("{\"action\":\"flood\",\"bytes\":" + (24 * 1024 * 1024) + "}");
        assertEquals(200, response.statusCode());
        long[] got = {0};
        assertThrows(IOException.class, () -> {
            try (InputStream body = response.body()) {
                got[0] = drain(body);
            }
        }, "a complete body would hide the cut");
        log.awaitLine(l -> l.startsWith("REPORT RequestId: ") && l.contains("Error Type: Function.ResponseSizeTooLarge"), 30_000);
        // the runtime heard the 413 and said so in its own log
        log.awaitLine(l -> l.contains("Invoke Error") && l.contains("Function.ResponseSizeTooLarge")
                && l.contains(Integer.toString(RuntimeApi.MAX_STREAMED_RESPONSE_BYTES)), 30_000);
        assertEquals(before + 2, served(), "the same runtime served the next invocation");
    }

    @Test
    void theTimeoutEndsAStreamMidway() throws Exception {
        HttpResponse<InputStream> response = request("{\"action\":\"hangs\"}");
        assertEquals(200, response.statusCode());
        long started = System.nanoTime();
        byte[] first = new byte[19];
        try (InputStream body = response.body()) {
            assertEquals(19, body.readNBytes(first, 0, first.length));
            assertEquals("before the timeout\n", new String(first, StandardCharsets.UTF_8));
            assertThrows(IOException.class, () -> drain(body), "the body must end cut, not complete");
        }
        long waitedMs = (System.nanoTime() - started) / 1_000_000;
        assertTrue(waitedMs < (TIMEOUT_SECONDS + 10) * 1000L, "cut at the timeout, after " + waitedMs + " ms");
        log.awaitLine(l -> l.startsWith("REPORT RequestId: ") && l.contains("Status: timeout"), 30_000);
        assertEquals(1, served(), "a fresh runtime after the timeout");
    }
}
