package dev.llrtj.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.llrtj.testsupport.LlrtProcesses;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * examples/streaming as its README runs it: `llrt serve examples/streaming --http` and `curl -N` (a client we did not
 * write, told not to buffer). The five paced lines must reach curl one by one, about 200 ms apart as the handler
 * writes them, not together at the end; then the Readable's rows, all of them, and the status and headers of the
 * HttpResponseStream prelude. Nothing ran the example before: the SAM template test only checks that it exists.
 */
@Timeout(value = 240, unit = TimeUnit.SECONDS)
class StreamingExampleOverHttpTest {
    private static final int ROWS = 2000;

    @Test
    void curlReceivesTheLinesAsTheExampleWritesThemAndEveryRow() throws Exception {
        Path example = Path.of(System.getProperty("llrt.home", ".")).resolve("examples/streaming");
        EmulatorArgs args = EmulatorArgs.parse(new String[] {example.toString(), "--http", "--port", "0",
                "--timeout", "60", "--init-timeout", "120", "--runtime-command",
                "exec " + LlrtProcesses.shellCommand(LlrtProcesses.command())}, 9000, false);
        EmulatorFixture.Log log = new EmulatorFixture.Log();
        try (Emulator emulator = Emulator.start(args.config(), args.serve(), log.stream)) {
            String url = "http://127.0.0.1:" + emulator.port() + "/?rows=" + ROWS;
            List<String> warm = curl(url); // the first invocation also starts the runtime (and lowers the example)
            assertEquals("row " + ROWS, warm.getLast(), String.join("\n", warm) + "\n" + log);
            List<String> lines = new ArrayList<>();
            List<Long> arrivals = new ArrayList<>();
            Process curl = new ProcessBuilder("curl", "-sSN", "-i", "--max-time", "120", url).redirectErrorStream(true).start();
            try (BufferedReader out = new BufferedReader(new InputStreamReader(curl.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = out.readLine()) != null; ) {
                    arrivals.add(System.nanoTime());
                    lines.add(line);
                }
            }
            assertTrue(curl.waitFor(60, TimeUnit.SECONDS));
            assertEquals(0, curl.exitValue(), String.join("\n", lines));
            assertEquals("HTTP/1.1 200 OK", lines.get(0));
            assertTrue(lines.contains("Content-Type: text/plain; charset=utf-8"), lines.subList(0, 8).toString());
            assertTrue(lines.contains("Cache-Control: no-store"), lines.subList(0, 8).toString());
            int first = lines.indexOf("") + 1; // the body after the head's empty line
            for (int i = 1; i <= 5; i++) {
                String line = lines.get(first + i - 1);
                assertTrue(line.startsWith("line " + i + " of 5, ") && line.endsWith(" ms left"), line);
            }
            // the handler waits 200 ms after each line: written over ~800 ms, they must arrive spread the same way
            // (a spread, not each gap, so that one line delayed on a busy machine is no failure)
            long spreadMs = (arrivals.get(first + 4) - arrivals.get(first)) / 1_000_000;
            assertTrue(spreadMs >= 500, "the five lines reached curl within " + spreadMs
                    + " ms: held back and sent together, not as written");
            List<String> rows = lines.subList(first + 5, lines.size());
            assertEquals(ROWS, rows.size(), "every row of the piped Readable");
            for (int i = 1; i <= ROWS; i++) {
                assertEquals("row " + i, rows.get(i - 1));
            }
        }
    }

    private static List<String> curl(String url) throws Exception {
        Process curl = new ProcessBuilder("curl", "-sS", "--max-time", "180", url).redirectErrorStream(true).start();
        String out = new String(curl.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(curl.waitFor(60, TimeUnit.SECONDS));
        return out.lines().toList();
    }
}
