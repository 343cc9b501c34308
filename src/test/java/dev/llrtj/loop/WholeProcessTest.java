package dev.llrtj.loop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import dev.llrtj.testsupport.LlrtProcesses;
import dev.llrtj.testsupport.LlrtProcesses.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * `llrt file.js` as a user runs it (listener and keep-alive rules are covered in-process by ProcessInRealmTest): a child JVM (this JVM's java, this test class path, dev.llrtj.Main), judged
 * by its exit code, stdout and stderr. All scripts start together in {@link #launchAll} to keep the suite fast.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class WholeProcessTest {
    private static final Map<String, String> SCRIPTS = new LinkedHashMap<>();
    private static final Map<String, Run> RUNS = new LinkedHashMap<>();
    private static Path dir;

    static {
        SCRIPTS.put("exitCode", "process.exitCode = 3;\nsetTimeout(() => console.log('timer ran', process.argv.slice(2).join(' ')), 20);\n");
        SCRIPTS.put("uncaught", "console.log('before');\nfunction explode() {\n  throw new TypeError('boom');\n}\n"
                + "setTimeout(explode, 1);\nsetTimeout(() => console.log('never'), 200);\n");
        SCRIPTS.put("exitInTimer", "process.on('exit', code => console.log('exit listener', code));\n"
                + "setTimeout(() => {\n  try { process.exit(7); } catch (e) { console.log('caught'); }\n  console.log('after');\n}, 5);\n"
                + "setTimeout(() => console.log('never'), 200);\n");
        SCRIPTS.put("rejection", "function load() {\n  return Promise.reject(new RangeError('nope'));\n}\nload();\n"
                + "setTimeout(() => console.log('never'), 200);\n");
        SCRIPTS.put("stdioFds", "const fs = require('fs');\nfs.writeSync(1, 'to stdout é\\n');\n"
                + "fs.writeSync(2, Buffer.from('to stderr\\n'));\n");
        SCRIPTS.put("uncaughtInMain", "console.log('start');\nthrow new Error('at top level');\n");
    }

    @BeforeAll
    static void launchAll() throws Exception {
        dir = Files.createTempDirectory("llrt-whole-process");
        Map<String, List<String>> commands = new LinkedHashMap<>();
        for (Map.Entry<String, String> script : SCRIPTS.entrySet()) {
            Path file = dir.resolve(script.getKey() + ".js");
            Files.writeString(file, script.getValue());
            commands.put(script.getKey(), LlrtProcesses.command(file.toString(), "arg1", "--arg2"));
        }
        RUNS.putAll(LlrtProcesses.runAll(dir, commands, 100));
    }

    @AfterAll
    static void cleanUp() throws IOException {
        if (dir != null) {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static Run run(String name) {
        return RUNS.get(name);
    }

    private static List<String> lines(String text) {
        return text.isBlank() ? List.of() : List.of(text.strip().split("\n"));
    }

    @Test
    void fsWritesToDescriptorsOneAndTwoReachStdoutAndStderr() {
        Run r = run("stdioFds");
        assertEquals(0, r.code(), r.err());
        assertEquals(List.of("to stdout é"), lines(r.out()));
        assertEquals(List.of("to stderr"), lines(r.err()));
    }

    @Test
    void exitsWhenNothingIsPendingWithProcessExitCode() {
        Run r = run("exitCode");
        assertEquals(3, r.code(), r.err());
        assertEquals(List.of("timer ran arg1 --arg2"), lines(r.out()));
        assertEquals("", r.err());
    }

    @Test
    void anUncaughtExceptionPrintsTheErrorWithTheUsersFrameAndExitsOne() {
        Run r = run("uncaught");
        assertEquals(1, r.code(), r.err());
        assertEquals(List.of("before"), lines(r.out()));
        assertTrue(r.err().contains("TypeError: boom"), r.err());
        assertTrue(r.err().contains("at explode (" + dir.resolve("uncaught.js") + ":3"), r.err());
    }

    @Test
    void anErrorThrownByTheMainBodyExitsOne() {
        Run r = run("uncaughtInMain");
        assertEquals(1, r.code(), r.err());
        assertEquals(List.of("start"), lines(r.out()));
        assertTrue(r.err().contains("Error: at top level"), r.err());
        assertTrue(r.err().contains(dir.resolve("uncaughtInMain.js") + ":2"), r.err());
    }

    @Test
    void processExitInATimerCannotBeCaughtAndExitListenersSeeTheCode() {
        Run r = run("exitInTimer");
        assertEquals(7, r.code(), r.err());
        assertEquals(List.of("exit listener 7"), lines(r.out()));
    }

    @Test
    void anUnhandledRejectionPrintsTheReasonAndExitsOne() {
        Run r = run("rejection");
        assertEquals(1, r.code(), r.err());
        assertEquals("", r.out());
        assertTrue(r.err().contains("RangeError: nope"), r.err());
        assertTrue(r.err().contains(dir.resolve("rejection.js") + ":2"), r.err());
    }
}
