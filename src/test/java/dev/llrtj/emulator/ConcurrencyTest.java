package dev.llrtj.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * `serve --concurrency N`: up to N runtime processes take invocations at the same time, each on its own Runtime
 * API endpoint; beyond N, invocations wait for a free one. The stand-in's "overlap" action counts how many
 * invocations are active at once, so nothing here depends on timing.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class ConcurrencyTest {
    @TempDir
    Path root;

    private List<JsonObject> invokeAtOnce(Emulator emulator, int count, JsonObject event) throws Exception {
        List<CompletableFuture<InvokeResult>> pending = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            pending.add(emulator.invoke(event.encode().getBytes(StandardCharsets.UTF_8)));
        }
        List<JsonObject> results = new ArrayList<>();
        for (CompletableFuture<InvokeResult> f : pending) {
            InvokeResult r = f.get(90, TimeUnit.SECONDS);
            assertTrue(!r.failed(), r.payloadText());
            results.add(new JsonObject(r.payloadText()));
        }
        return results;
    }

    @Test
    void twoSandboxesRunTwoInvocationsAtOnceOnTheirOwnRuntimeApis() throws Exception {
        Path dir = Files.createDirectory(root.resolve("active"));
        EmulatorConfig config = EmulatorFixture.standInConfig(root, 60, Map.of());
        EmulatorFixture.Log log = new EmulatorFixture.Log();
        try (Emulator emulator = Emulator.start(config, new ServeOptions(2, false), log.stream)) {
            // each waits (up to 30 s) for the other: both return 2 only if they ran side by side
            List<JsonObject> results = invokeAtOnce(emulator, 2,
                    new JsonObject().put("action", "overlap").put("dir", dir.toString()).put("expect", 2)
                            .put("ms", 30_000));
            assertEquals(2, results.get(0).getLong("seen"), results.toString());
            assertEquals(2, results.get(1).getLong("seen"), results.toString());
            assertNotEquals(results.get(0).getLong("pid"), results.get(1).getLong("pid"));
            assertNotEquals(results.get(0).getString("runtimeApi"), results.get(1).getString("runtimeApi"));
            // sandbox 0 keeps the front port as its Runtime API (what `llrt serve` without --http always did)
            assertTrue(results.stream().anyMatch(r -> r.getString("runtimeApi").equals("127.0.0.1:" + emulator.port())));
        }
    }

    @Test
    void invocationsBeyondTheLimitWaitAndReuseWarmRuntimes() throws Exception {
        Path dir = Files.createDirectory(root.resolve("active"));
        EmulatorConfig config = EmulatorFixture.standInConfig(root, 60, Map.of());
        EmulatorFixture.Log log = new EmulatorFixture.Log();
        try (Emulator emulator = Emulator.start(config, new ServeOptions(2, false), log.stream)) {
            // each waits 1.5 s for a third active invocation, which the limit of 2 must never allow
            List<JsonObject> results = invokeAtOnce(emulator, 5,
                    new JsonObject().put("action", "overlap").put("dir", dir.toString()).put("expect", 3)
                            .put("ms", 1500));
            Set<Long> pids = new HashSet<>();
            long most = 0;
            for (JsonObject r : results) {
                pids.add(r.getLong("pid"));
                most = Math.max(most, r.getLong("seen"));
            }
            assertEquals(2, most, "never more than 2 at once, and 2 did run together: " + results);
            assertEquals(2, pids.size(), "5 invocations on 2 runtimes: " + results);
            assertEquals(2, log.linesStartingWith("REPORT").stream().filter(l -> l.contains("Init Duration")).count(),
                    "two cold starts only");
        }
    }

    @Test
    void concurrencyIsAServeOption() {
        EmulatorArgs parsed = EmulatorArgs.parse(new String[] {root.toString(), "--concurrency", "3", "--http"},
                9000, false);
        assertEquals(new ServeOptions(3, true), parsed.serve());
        assertEquals(ServeOptions.DEFAULT, EmulatorArgs.parse(new String[] {root.toString()}, 9000, false).serve());
        assertEquals("127.0.0.1", ServeOptions.DEFAULT.host(), "loopback unless asked");
        assertEquals(new ServeOptions(1, false, "0.0.0.0"),
                EmulatorArgs.parse(new String[] {root.toString(), "--host", "0.0.0.0"}, 9000, false).serve());
        assertThrows(IllegalArgumentException.class,
                () -> EmulatorArgs.parse(new String[] {root.toString(), "--host", "0.0.0.0"}, 0, true),
                "--host is not an invoke option");
        assertThrows(IllegalArgumentException.class,
                () -> EmulatorArgs.parse(new String[] {root.toString(), "--concurrency", "0"}, 9000, false));
        assertThrows(IllegalArgumentException.class,
                () -> EmulatorArgs.parse(new String[] {root.toString(), "--http"}, 0, true), "not an invoke option");
    }
}
