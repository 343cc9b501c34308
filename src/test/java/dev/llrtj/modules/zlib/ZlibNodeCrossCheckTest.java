package dev.llrtj.modules.zlib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.llrtj.testsupport.LlrtProcesses;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The other half of zlib's known answers: what llrt compresses (every kind, level, JDK strategy, a dictionary, a
 * stream with flushes; src/test/js/fixtures/zlib/compress-in-llrt.js) Node's zlib decompresses to the original
 * bytes (check-with-node.cjs). Byte equality is not asked: zlib builds may choose different matches.
 */
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class ZlibNodeCrossCheckTest {
    private static final Path FIXTURES = Path.of("src", "test", "js", "fixtures", "zlib");

    @TempDir
    Path work;

    @Test
    void nodeDecompressesWhatLlrtCompressed() throws Exception {
        Path compressed = work.resolve("compressed.json");
        Path log = work.resolve("llrt.log");
        Process llrt = new ProcessBuilder(LlrtProcesses.command(FIXTURES.resolve("compress-in-llrt.js").toString()))
                .redirectOutput(compressed.toFile()).redirectError(log.toFile()).start();
        assertTrue(llrt.waitFor(240, TimeUnit.SECONDS), "llrt did not finish");
        assertEquals(0, llrt.exitValue(), Files.readString(log));

        Process node = new ProcessBuilder("node", FIXTURES.resolve("check-with-node.cjs").toString())
                .redirectInput(compressed.toFile()).redirectErrorStream(true).start();
        String report = new String(node.getInputStream().readAllBytes());
        assertTrue(node.waitFor(60, TimeUnit.SECONDS), "node did not finish");
        assertEquals(0, node.exitValue(), report);
        assertTrue(report.strip().matches("\\d+ checked") && Integer.parseInt(report.strip().split(" ")[0]) > 100,
                report);
    }
}
