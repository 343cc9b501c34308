package dev.llrtj.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Lambda's memory limit in the emulator: a runtime whose resident memory goes over --memory is killed, its
 * invocation fails with Runtime.OutOfMemory (REPORT Status: error), Max Memory Used is its peak resident memory, and
 * the next invocation runs on a new runtime. The runtime here is the stand-in (a JVM), held to the limit through the
 * llrt.emulator.holdMemory switch, as the native executable is by default. Also: which runtime the emulator picks.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class MemoryLimitTest {
    private static final Pattern MAX_USED = Pattern.compile("Max Memory Used: (\\d+) MB");

    @TempDir
    Path dir;

    private static InvokeResult invoke(Emulator emulator, String event) throws Exception {
        return emulator.invoke(event.getBytes(StandardCharsets.UTF_8)).get(60, TimeUnit.SECONDS);
    }

    private void withHeldMemory(String value, ThrowingRunnable body) throws Exception {
        String before = System.getProperty(MemoryLimit.PROPERTY);
        System.setProperty(MemoryLimit.PROPERTY, value);
        try {
            body.run();
        } finally {
            if (before == null) {
                System.clearProperty(MemoryLimit.PROPERTY);
            } else {
                System.setProperty(MemoryLimit.PROPERTY, before);
            }
        }
    }

    interface ThrowingRunnable {
        void run() throws Exception;
    }

    private EmulatorConfig config(int memoryMb) {
        EmulatorConfig c = EmulatorFixture.standInConfig(dir, 30, Map.of());
        return new EmulatorConfig(c.taskRoot(), c.handler(), 0, 30, memoryMb, "memory", c.runtimeCommand(), Map.of(),
                60);
    }

    @Test
    void aRuntimeOverItsMemoryIsKilledAndTheInvocationFailsAsLambdaReportsIt() throws Exception {
        withHeldMemory("true", () -> {
            var log = new EmulatorFixture.Log();
            try (Emulator emulator = Emulator.start(config(256), log.stream)) {
                InvokeResult small = invoke(emulator, "{\"action\":\"overlap\",\"dir\":\"" + dir + "\"}");
                assertFalse(small.failed(), small.payloadText());
                long pid = new JsonObject(small.payloadText()).getLong("pid");

                // held for a second so the periodic check, not only the check at the answer, sees it
                InvokeResult big = invoke(emulator, "{\"action\":\"grow\",\"mb\":320,\"ms\":1000}");
                assertEquals("Unhandled", big.functionError(), big.payloadText());
                JsonObject error = new JsonObject(big.payloadText());
                assertEquals("Runtime.OutOfMemory", error.getString("errorType"));
                assertEquals("RequestId: " + big.requestId() + " Error: Runtime exited with error: signal: killed",
                        error.getString("errorMessage"));
                String report = log.reportFor(big.requestId());
                assertTrue(report.endsWith("\tStatus: error\tError Type: Runtime.OutOfMemory"), report);
                Matcher used = MAX_USED.matcher(report);
                assertTrue(used.find(), report);
                assertTrue(Long.parseLong(used.group(1)) > 256, "peak resident memory: " + report);

                InvokeResult after = invoke(emulator, "{\"action\":\"overlap\",\"dir\":\"" + dir + "\"}");
                assertFalse(after.failed(), after.payloadText());
                assertNotEquals(pid, new JsonObject(after.payloadText()).getLong("pid"), "a new sandbox");
            }
        });
    }

    @Test
    void anAnswerSentBeforeTheNextCheckStillFailsWhenThePeakWasOver() throws Exception {
        withHeldMemory("true", () -> {
            var log = new EmulatorFixture.Log();
            try (Emulator emulator = Emulator.start(config(256), log.stream)) {
                InvokeResult big = invoke(emulator, "{\"action\":\"grow\",\"mb\":320}");
                assertEquals("Runtime.OutOfMemory", new JsonObject(big.payloadText()).getString("errorType"),
                        big.payloadText());
            }
        });
    }

    @Test
    void notHeldTheSameGrowthSucceeds() throws Exception {
        withHeldMemory("false", () -> {
            var log = new EmulatorFixture.Log();
            try (Emulator emulator = Emulator.start(config(256), log.stream)) {
                InvokeResult big = invoke(emulator, "{\"action\":\"grow\",\"mb\":320}");
                assertNull(big.functionError(), big.payloadText());
                assertEquals("{\"grew\":320}", big.payloadText());
            }
        });
    }

    @Test
    void theRuntimeIsANativeLlrtBuiltBesideTheJarUnlessItIsOlder() throws Exception {
        Path jar = Files.createDirectories(dir.resolve("target")).resolve("llrt.jar");
        Files.writeString(jar, "jar");
        assertEquals(java.util.Optional.of(jar), DefaultRuntimeCommand.jarOf("/x/classes:" + jar));
        assertTrue(DefaultRuntimeCommand.jarOf(dir.resolve("target/classes").toString()).isEmpty(),
                "the tests' class path (target/classes) keeps the JVM runtime");
        assertTrue(DefaultRuntimeCommand.nativeBeside(jar).isEmpty());

        Path layerExe = dir.resolve("target/dist/native-layer/llrt/llrt");
        Files.createDirectories(layerExe.getParent());
        Files.writeString(layerExe, "#!/bin/sh\n");
        Files.setPosixFilePermissions(layerExe, PosixFilePermissions.fromString("rwxr-xr-x"));
        assertEquals(java.util.Optional.of(layerExe), DefaultRuntimeCommand.nativeBeside(jar), "the dist's layer");
        Path built = dir.resolve("target/native/llrt");
        Files.createDirectories(built.getParent());
        Files.copy(layerExe, built);
        assertEquals(java.util.Optional.of(built), DefaultRuntimeCommand.nativeBeside(jar), "mvn -Pnative's output first");

        DefaultRuntimeCommand.Choice fresh = DefaultRuntimeCommand.choose(128, jar, "");
        assertTrue(fresh.nativeExecutable());
        assertEquals(built.toString(), fresh.command().get(0));
        assertEquals(RuntimeMemory.nativeOptions(128), fresh.command().subList(1, 4), "bootstrap-native's sizing");
        assertFalse(DefaultRuntimeCommand.choose(128, jar, "jvm").nativeExecutable(), "LLRT_EMULATOR_RUNTIME=jvm");

        Files.setLastModifiedTime(built, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() - 60_000));
        DefaultRuntimeCommand.Choice stale = DefaultRuntimeCommand.choose(128, jar, "");
        assertFalse(stale.nativeExecutable(), "a native llrt older than the jar is not the code being tested");
        assertTrue(stale.note().contains("older than"), stale.note());
        assertTrue(List.of(stale.command().get(0)).get(0).endsWith("java"), stale.command().toString());
    }
}
