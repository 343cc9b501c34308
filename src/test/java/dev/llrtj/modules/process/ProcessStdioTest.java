package dev.llrtj.modules.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.llrtj.testsupport.LlrtProcesses;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * process.stdout and process.stderr as Node's: Writables (pipe and pipeline targets, 'finish' on end) writing bytes
 * as bytes (a Uint8Array was written as "104,105,10" and a pipeline into stdout never called back). And
 * process.stdin as Node has it for a pipe: a Readable that delivers what was written as it comes (not at the end of
 * input), ends at end of input, and keeps the process alive only once read (it was a stub whose listeners were
 * never called: a script reading stdin silently read nothing). The same scripts print the same under Node 20.
 */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class ProcessStdioTest {
    @TempDir
    Path dir;

    private Process start(String source) throws Exception {
        Path script = dir.resolve("script.js");
        Files.writeString(script, source);
        return new ProcessBuilder(LlrtProcesses.command(script.toString())).redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
    }

    @Test
    void linesArriveAsTheyAreWrittenAndEndEndsTheStream() throws Exception {
        Process llrt = start("""
                process.stdin.setEncoding('utf8');
                console.log('tty', process.stdin.isTTY);
                process.stdin.on('data', chunk => console.log('got ' + JSON.stringify(chunk)));
                process.stdin.on('end', () => console.log('end'));
                """);
        try (OutputStream in = llrt.getOutputStream();
             BufferedReader out = new BufferedReader(new InputStreamReader(llrt.getInputStream(), StandardCharsets.UTF_8))) {
            assertEquals("tty undefined", out.readLine());
            in.write("a\n".getBytes(StandardCharsets.UTF_8));
            in.flush();
            assertEquals("got \"a\\n\"", out.readLine(), "the first line is read before the input ends");
            in.write("b\n".getBytes(StandardCharsets.UTF_8));
            in.close();
            assertEquals("got \"b\\n\"", out.readLine());
            assertEquals("end", out.readLine());
            assertTrue(llrt.waitFor(60, TimeUnit.SECONDS));
            assertEquals(0, llrt.exitValue());
        } finally {
            llrt.destroyForcibly();
        }
    }

    @Test
    void wholeInputThroughReadlineAndThroughConcatenation() throws Exception {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            text.append("line ").append(i).append(" é\n");
        }
        Process llrt = start("""
                const rl = require('readline').createInterface({ input: process.stdin });
                let lines = 0, chars = 0;
                rl.on('line', l => { lines++; chars += l.length; });
                rl.on('close', () => console.log(lines, chars));
                """);
        try (OutputStream in = llrt.getOutputStream()) {
            in.write(text.toString().getBytes(StandardCharsets.UTF_8));
        }
        assertTrue(llrt.waitFor(60, TimeUnit.SECONDS));
        int chars = text.length() - 20_000; // the newlines are not in the lines
        assertEquals("20000 " + chars, new String(llrt.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip());
    }

    @Test
    void anUnreadStdinDoesNotHoldTheProcess() throws Exception {
        Process llrt = start("console.log(typeof process.stdin.on); setTimeout(() => console.log('done'), 10);");
        try {
            // stdin stays open (never closed here): only reading it would wait for it
            assertTrue(llrt.waitFor(60, TimeUnit.SECONDS), "exits with its stdin still open");
            assertEquals("function\ndone", new String(llrt.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip());
        } finally {
            llrt.destroyForcibly();
        }
    }

    @Test
    void stdoutIsAWritableThatWritesBytesAsNodeDoes() throws Exception {
        Path script = Path.of("src/test/resources/process/stdout.js").toAbsolutePath();
        Process llrt = new ProcessBuilder(LlrtProcesses.command(script.toString())).start();
        byte[] out = llrt.getInputStream().readAllBytes();
        String err = new String(llrt.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(llrt.waitFor(60, TimeUnit.SECONDS));
        byte[] expected = {'h', 'i', '\n', (byte) 0xff, 0, 'A', '\n', 'h', 'i', (byte) 0xc3, (byte) 0xa9, '\n',
            'l', 'o', 'g', ' ', 'b', 'e', 't', 'w', 'e', 'e', 'n', '\n', 'a', '\n', 'b', '\n'};
        assertEquals(new String(expected, StandardCharsets.ISO_8859_1), new String(out, StandardCharsets.ISO_8859_1));
        assertEquals("props true undefined 1 function undefined\nwrite cb\nfinish\npipeline done ok\n", err);
        // and Node itself, where the machine has it, prints exactly that
        if (nodeAvailable()) {
            Process node = new ProcessBuilder("node", script.toString()).start();
            assertEquals(new String(out, StandardCharsets.ISO_8859_1),
                    new String(node.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1));
            assertEquals(err, new String(node.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
            node.waitFor(60, TimeUnit.SECONDS);
        }
    }

    private static boolean nodeAvailable() {
        try {
            return new ProcessBuilder("node", "--version").start().waitFor(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            return false;
        }
    }
}
