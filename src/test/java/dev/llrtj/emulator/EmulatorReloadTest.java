package dev.llrtj.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * `llrt serve --watch` (issue 14 item 5): after {@link Emulator#reload()} the next invocation runs on a new runtime
 * (the new code, a cold start), while an invocation in progress finishes on the old one, unharmed.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class EmulatorReloadTest {
    @TempDir
    Path taskRoot;

    private static long pid(Emulator emulator) throws Exception {
        var result = emulator.invoke("{\"action\":\"env\",\"names\":[]}".getBytes(StandardCharsets.UTF_8))
                .get(60, TimeUnit.SECONDS);
        return new JsonObject(result.payloadText()).getLong("pid");
    }

    @Test
    void theNextInvocationStartsANewRuntimeAndTheRunningOneFinishes() throws Exception {
        var log = new EmulatorFixture.Log();
        try (Emulator emulator = Emulator.start(EmulatorFixture.standInConfig(taskRoot, 10, Map.of()), log.stream)) {
            long first = pid(emulator);
            assertEquals(first, pid(emulator), "warm: the same runtime");

            emulator.reload();
            long second = pid(emulator);
            assertNotEquals(first, second, "after a reload: a new runtime");
            assertTrue(ProcessHandle.of(first).map(p -> !p.isAlive()).orElse(true), "the old runtime ended");

            CompletableFuture<InvokeResult> busy = emulator.invoke(
                    "{\"action\":\"sleep\",\"ms\":700}".getBytes(StandardCharsets.UTF_8));
            Thread.sleep(200); // delivered and running
            emulator.reload();
            InvokeResult slept = busy.get(60, TimeUnit.SECONDS);
            assertTrue(!slept.failed(), "the invocation in progress finishes on its runtime: " + slept.payloadText());
            long third = pid(emulator);
            assertNotEquals(second, third);
            assertTrue(log.lines().stream().noneMatch(l -> l.contains("exited")), "retired quietly: " + log.lines());
            assertEquals(0, log.lines().stream().filter(l -> l.contains("Status: error")).count(), log.lines().toString());
        }
    }
}
