package dev.llrtj.lambda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.llrtj.emulator.Emulator;
import dev.llrtj.emulator.EmulatorConfig;
import dev.llrtj.testsupport.CapturedLog;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * `--memory` is enforced: the emulator's default runtime child (this JVM's java on dev.llrtj.Main, the path `llrt
 * serve` takes) gets the heap the JVM layer's bootstrap gives a 128 MB function, so a handler that keeps allocating
 * fails with Runtime.OutOfMemory (as Lambda reports a function over its memory) instead of growing an unsized JVM
 * until the timeout, and the next invocation gets a fresh runtime. The native child's sizing is the same code with
 * the native bootstrap's figures (RuntimeMemoryTest compares both with the scripts).
 */
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class EmulatorMemoryLimitTest {
    @Test
    void aHandlerOverItsMemoryFailsWithRuntimeOutOfMemoryAndTheNextInvocationRuns() throws Exception {
        CapturedLog log = new CapturedLog();
        EmulatorConfig config = new EmulatorConfig(RuntimeProcess.resource("hostile"), "index.handler", 0, 120, 128,
                "memory-limit", null, Map.of(), 180);
        try (Emulator emulator = Emulator.start(config, log.stream)) {
            HttpInvoke.Answer warm = HttpInvoke.post(emulator, "{\"action\":\"echo\",\"value\":1}");
            assertNull(warm.functionError(), warm + "\n" + log);
            HttpInvoke.Answer oom = HttpInvoke.post(emulator, "{\"action\":\"exhaustHeap\"}");
            assertEquals("Unhandled", oom.functionError(), oom + "\n" + log);
            assertEquals("Runtime.OutOfMemory", oom.errorType(), oom + "\n" + log);
            assertTrue(oom.errorMessage().contains("heap limit 70 MB"), "the 128 MB layer's heap: " + oom);
            String report = log.awaitLine(l -> l.startsWith("REPORT RequestId: " + oom.requestId()), 10_000);
            assertTrue(report.contains("Status: error\tError Type: Runtime.OutOfMemory"), report);
            HttpInvoke.Answer after = HttpInvoke.post(emulator, "{\"action\":\"echo\",\"value\":2}");
            assertNull(after.functionError(), after + "\n" + log);
            assertEquals("{\"echo\":2}", after.raw());
        }
    }
}
