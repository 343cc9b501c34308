package dev.llrtj.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The child-process tests really run on the runtime this run is meant to test. scripts/test's native pass gives
 * the executable both as -Dllrt.test.runtime (what {@link LlrtProcesses} reads) and as the environment variable
 * LLRT_TEST_RUNTIME (which every forked JVM inherits): if Maven or Surefire dropped the property on the way to the
 * forked test JVM, the native pass would quietly test the JVM again; this test fails instead.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class RuntimeUnderTestTest {
    @Test
    void thePropertyReachedThisJvmWheneverTheRunWasToldOfARuntime() {
        String expected = System.getenv("LLRT_TEST_RUNTIME");
        if (expected != null && !expected.isBlank()) {
            assertEquals(Path.of(expected).toAbsolutePath(), LlrtProcesses.runtimeUnderTest().orElse(null),
                    "LLRT_TEST_RUNTIME is set but -D" + LlrtProcesses.RUNTIME_PROPERTY + " did not reach the test JVM");
        }
    }

    /** The child's /proc/self/exe: java on a JVM run, the native llrt (bootstrap's llrt/llrt) on a native one. */
    @Test
    void theChildIsTheRuntimeUnderTest() throws Exception {
        Process p = new ProcessBuilder(LlrtProcesses.command("-p", "require('fs').readlinkSync('/proc/self/exe')"))
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "llrt -p did not end");
        assertEquals(0, p.exitValue(), out);
        Path exe = Path.of(out).toRealPath();
        if (LlrtProcesses.runtimeUnderTest().isPresent()) {
            Path configured = LlrtProcesses.runtimeUnderTest().get().toRealPath();
            // a layer's bootstrap is a shell script that execs llrt/llrt beside it
            Path expected = configured.getFileName().toString().equals("bootstrap")
                    ? configured.resolveSibling("llrt/llrt").toRealPath() : configured;
            assertEquals(expected, exe, "the child is the native executable under test");
        } else {
            assertEquals(Path.of(LlrtProcesses.java()).toRealPath(), exe, "the child is this JVM's java");
        }
        assertTrue(Files.isExecutable(exe), exe.toString());
    }
}
