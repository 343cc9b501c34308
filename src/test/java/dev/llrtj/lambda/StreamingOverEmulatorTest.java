package dev.llrtj.lambda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.llrtj.emulator.Emulator;
import dev.llrtj.emulator.EmulatorConfig;
import dev.llrtj.emulator.ServeOptions;
import dev.llrtj.testsupport.CapturedLog;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;

/**
 * Response streaming end to end: the real runtime running functions/streaming.js (awslambda.streamifyResponse)
 * behind `serve --http`, read by a real HTTP client as the bytes come. Timestamps written by the handler into
 * each chunk show the client got chunk 1 before chunk 2 was written; a 10 MiB body arrives byte for byte while
 * the producer is held back by the reader; an error after two chunks ends the stream and the runtime goes on.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class StreamingOverEmulatorTest {
    private static final Pattern CHUNK_LINE = Pattern.compile("chunk (\\d) at (\\d+)");
    private static final Pattern PRODUCED = Pattern.compile("produced (\\d+)");
    private static final int BIG = 10 * 1024 * 1024;

    private final CapturedLog log = new CapturedLog();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private Emulator emulator;

    @BeforeAll
    void start() throws Exception {
        EmulatorConfig config = new EmulatorConfig(RuntimeProcess.resource("functions"), "streaming.handler", 0, 60, 128,
                "llrt-streaming-test", RuntimeProcess.shellCommandReportingExit(), Map.of(), 180);
        emulator = Emulator.start(config, new ServeOptions(1, true), log.stream);
    }

    @AfterAll
    void stop() {
        if (emulator != null) {
            emulator.close();
        }
    }

    private HttpResponse<InputStream> request(String action, String extra) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + emulator.port() + "/"))
                .timeout(Duration.ofSeconds(180)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"action\":\"" + action + "\"" + extra + "}")).build();
        return http.send(request, HttpResponse.BodyHandlers.ofInputStream());
    }

    private int served() throws Exception {
        try (InputStream body = request("served", "").body()) {
            String text = new String(body.readAllBytes(), StandardCharsets.UTF_8);
            return HttpInvoke.JSON.readTree(text).path("served").asInt();
        }
    }

    @Test
    void theFirstChunkArrivesBeforeTheSecondIsWritten() throws Exception {
        // a first run warms the path (class loading in both JVMs costs a fresh runtime's first chunk ~150 ms)
        try (InputStream warm = request("paced", "").body()) {
            warm.readAllBytes();
        }
        HttpResponse<InputStream> response = request("paced", "");
        assertEquals(201, response.statusCode(), "status from the HttpResponseStream prelude");
        assertEquals("yes", response.headers().firstValue("x-paced").orElse(""));
        assertEquals("text/plain", response.headers().firstValue("content-type").orElse(""));
        assertEquals(List.of("a=1"), response.headers().allValues("set-cookie"));
        List<long[]> chunks = new ArrayList<>(); // {written at, arrived at}
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            for (String line; (line = reader.readLine()) != null; ) {
                long arrived = System.currentTimeMillis();
                Matcher m = CHUNK_LINE.matcher(line);
                assertTrue(m.matches(), line);
                assertEquals(chunks.size() + 1, Integer.parseInt(m.group(1)));
                chunks.add(new long[] {Long.parseLong(m.group(2)), arrived});
            }
        }
        assertEquals(5, chunks.size());
        for (int i = 0; i < 4; i++) {
            long arrived = chunks.get(i)[1];
            long nextWritten = chunks.get(i + 1)[0];
            assertTrue(arrived < nextWritten, "chunk " + (i + 1) + " arrived at " + arrived
                    + ", after chunk " + (i + 2) + " was written at " + nextWritten);
        }
        long spread = chunks.get(4)[1] - chunks.get(0)[1];
        assertTrue(spread >= 700, "chunks arrived as written, 200 ms apart, not at once: " + spread + " ms");
    }

    @Test
    void tenMebibytesFromAReadableArriveExactlyWhileTheProducerWaitsForTheReader() throws Exception {
        HttpResponse<InputStream> response = request("big", ",\"bytes\":" + BIG);
        assertEquals(200, response.statusCode());
        assertEquals("application/octet-stream", response.headers().firstValue("content-type").orElse(""));
        long position = 0;
        try (InputStream body = response.body()) {
            byte[] buffer = new byte[64 * 1024];
            position = check(body, buffer, position, 1024 * 1024);
            Thread.sleep(2000); // the reader stops; backpressure must stop the producer far short of the end
            long producedWhilePaused = producedSoFar();
            // Between the producer and this reader sit two loopback connections whose kernel buffers grow up to
            // tcp_rmem's and tcp_wmem's maxima. Where those can hold the whole body (32 MB rmem max on the CI kind
            // of machine) a stopped reader cannot hold the producer back, whatever the runtime and the emulator do:
            // the assertion is only made where the kernel cannot hide the answer; the body is checked everywhere.
            // What the runtime itself holds of the body is measured on every machine by StreamedBodyHeldBackTest.
            if (kernelBufferCeiling() < BIG) {
                assertTrue(producedWhilePaused < BIG - 2 * 1024 * 1024,
                        "the producer ran ahead of a stopped reader to " + producedWhilePaused + " of " + BIG + " bytes");
            } else {
                System.err.println("streaming: backpressure not observable here: the kernel's socket buffers can hold "
                        + kernelBufferCeiling() + " bytes, more than the " + BIG + "-byte body");
            }
            System.err.println("streaming: the reader held at " + position + " bytes, the producer at " + producedWhilePaused);
            position = check(body, buffer, position, Long.MAX_VALUE);
        }
        assertEquals(BIG, position);
    }

    /** Reads up to {@code until} bytes, checking each against the handler's pattern; returns the new position. */
    private static long check(InputStream body, byte[] buffer, long position, long until) throws IOException {
        while (position < until) {
            int n = body.read(buffer, 0, (int) Math.min(buffer.length, until - position));
            if (n < 0) {
                break;
            }
            for (int i = 0; i < n; i++) {
                long at = position + i;
                if (buffer[i] != (byte) ((at * 31 + 7) & 0xff)) {
                    throw new AssertionError("byte " + at + " differs");
                }
            }
            position += n;
        }
        return position;
    }

    /** What the two loopback hops' kernel buffers can hold at most: each hop a receive and a send buffer. */
    private static long kernelBufferCeiling() {
        try {
            long rmem = maximumOf("/proc/sys/net/ipv4/tcp_rmem");
            long wmem = maximumOf("/proc/sys/net/ipv4/tcp_wmem");
            return 2 * (rmem + wmem);
        } catch (java.io.IOException | RuntimeException e) {
            return 0; // not Linux, or unreadable: assert
        }
    }

    /** The third figure of a tcp_rmem/tcp_wmem file ("min default max"); read by line: Files.readString sees /proc files empty. */
    private static long maximumOf(String procFile) throws IOException {
        try (BufferedReader r = new BufferedReader(new java.io.FileReader(procFile, StandardCharsets.US_ASCII))) {
            return Long.parseLong(r.readLine().trim().split("\\s+")[2]);
        }
    }

    private long producedSoFar() {
        long max = 0;
        for (String line : log.lines()) {
            Matcher m = PRODUCED.matcher(line);
            if (m.find()) {
                max = Math.max(max, Long.parseLong(m.group(1)));
            }
        }
        return max;
    }

    @Test
    void anErrorAfterTwoChunksCutsTheStreamAndTheNextInvocationWorks() throws Exception {
        int before = served();
        HttpResponse<InputStream> response = request("failAfterTwo", "");
        assertEquals(200, response.statusCode());
        byte[] received = new byte[64];
        int[] got = {0};
        IOException cut = assertThrows(IOException.class, () -> {
            try (InputStream body = response.body()) {
                for (int n; (n = body.read(received, got[0], received.length - got[0])) > 0; ) {
                    got[0] += n;
                }
            }
        }, "the client must see an unfinished body, not a complete one");
        assertEquals("one,two,", new String(received, 0, got[0], StandardCharsets.UTF_8), cut.toString());
        // the emulator got the error trailers: its REPORT line carries the handler's error type
        log.awaitLine(l -> l.startsWith("REPORT RequestId: ") && l.contains("Error Type: TypeError"), 20_000);
        // without a stream of its own, the invoke's result is the trailers' error JSON
        var buffered = emulator.invoke("{\"action\":\"failAfterTwo\"}".getBytes(StandardCharsets.UTF_8)).get();
        assertTrue(buffered.failed());
        var error = HttpInvoke.JSON.readTree(buffered.payload());
        assertEquals("TypeError", error.path("errorType").asText(), buffered.payloadText());
        assertEquals("broke after two chunks", error.path("errorMessage").asText(), buffered.payloadText());
        assertEquals(before + 3, served(), "the same runtime served the next invocations");
        assertTrue(log.lines().stream().noneMatch(l -> l.startsWith(RuntimeProcess.EXIT_MARK)), "the runtime did not exit");
    }

    @Test
    void aPreludeHttpCannotCarryIsTheFunctionsFaultNotTheEmulators() throws Exception {
        HttpResponse<InputStream> response = request("badPrelude", "");
        assertEquals(502, response.statusCode(), "a statusCode that is no number");
        assertEquals("1", response.headers().firstValue("x-good").orElse(""));
        assertTrue(response.headers().firstValue("x-bad").isEmpty(), "a value with a line break is left out");
        assertTrue(response.headers().firstValue("injected").isEmpty());
        try (InputStream body = response.body()) {
            assertEquals("still the body", new String(body.readAllBytes(), StandardCharsets.UTF_8));
        }
    }
}
