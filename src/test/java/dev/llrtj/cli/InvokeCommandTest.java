package dev.llrtj.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(value = 120, unit = TimeUnit.SECONDS)
class InvokeCommandTest {
    @TempDir
    Path root;

    /** The emulator tests' stand-in runtime (a Java main in test sources speaking the Runtime API). */
    private static String standIn() {
        return "exec '" + ProcessHandle.current().info().command().orElseThrow()
                + "' -XX:TieredStopAtLevel=1 -cp '" + System.getProperty("java.class.path")
                + "' dev.llrtj.emulator.StandInRuntime";
    }

    private record Outcome(int code, String out, String err) {}

    private Outcome run(String... args) throws Exception {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            int code = new InvokeCommand().run(args);
            return new Outcome(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    @Test
    void printsTheResultOnStdoutAndReportsOnStderr() throws Exception {
        Outcome ok = run(root.toString(), "--event", "{\"a\":[1,2]}", "--runtime-command", standIn());
        assertEquals(0, ok.code(), ok.err());
        assertEquals("{\"a\":[1,2]}", ok.out().trim());
        assertTrue(ok.err().contains("REPORT RequestId: "), ok.err());
        assertTrue(ok.err().contains("stand-in runtime ready"), "runtime logs go to stderr, not stdout");

        Path event = root.resolve("event.json");
        Files.writeString(event, "{\"action\":\"error\",\"message\":\"from file\"}");
        Outcome failed = run(root.toString(), "--event", event.toString(), "--runtime-command", standIn());
        assertEquals(1, failed.code());
        assertTrue(failed.out().contains("\"errorMessage\":\"from file\""), failed.out());

        Outcome initError = run(root.toString(), "--env", "STANDIN_INIT=error", "--runtime-command", standIn());
        assertEquals(1, initError.code());
        assertTrue(initError.out().contains("Runtime.ImportModuleError"), initError.out());

        assertEquals(2, run(root.toString(), "--no-such-option", "1").code());
    }

    @Test
    void eventIsAFileOrLiteralJson() throws IOException {
        assertArrayEquals("{}".getBytes(StandardCharsets.UTF_8), InvokeCommand.readEvent(null));
        assertArrayEquals("[1]".getBytes(StandardCharsets.UTF_8), InvokeCommand.readEvent("[1]"));
        assertArrayEquals("42".getBytes(StandardCharsets.UTF_8), InvokeCommand.readEvent("42"));
        Path file = root.resolve("e.json");
        Files.writeString(file, "{\"f\":true}");
        assertArrayEquals("{\"f\":true}".getBytes(StandardCharsets.UTF_8), InvokeCommand.readEvent(file.toString()));
        assertThrows(IOException.class, () -> InvokeCommand.readEvent(root.resolve("absent.json").toString()));
    }
}
