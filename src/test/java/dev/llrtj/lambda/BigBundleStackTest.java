package dev.llrtj.lambda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.llrtj.emulator.Emulator;
import dev.llrtj.emulator.EmulatorConfig;
import dev.llrtj.testsupport.CapturedLog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14 item 1: a bundle over 500 KB (a real npm dependency, @babel/parser, inside) once had its frames mapped
 * into the dependency's files, because Babel packed the output onto a few lines and Rhino reports lines only. The
 * Lambda error's first frame and console.trace's must name the user's file and line, and no frame the lowering's
 * helpers (async-to-generator steps) or an unmapped position in the bundle.
 */
class BigBundleStackTest {
    @TempDir
    Path work;

    @Test
    @Timeout(value = 300, unit = TimeUnit.SECONDS)
    void framesOfABundleOverHalfAMegabyteNameTheOriginalFilesAndLines() throws Exception {
        Path modules = Path.of(System.getProperty("llrt.home", ".")).resolve("bundles/node_modules").toAbsolutePath();
        assumeTrue(Files.isDirectory(modules.resolve("@babel/parser")), "bundles/node_modules not installed");
        Path src = Files.createDirectories(work.resolve("src"));
        for (String f : new String[] {"index.mjs", "check.mjs"}) {
            Files.copy(RuntimeProcess.resource("bigbundle/" + f), src.resolve(f));
        }
        Files.createSymbolicLink(work.resolve("node_modules"), modules);
        Path dist = work.resolve("dist");
        RuntimeProcess.bundle(src.resolve("index.mjs"), dist);
        Path bundle = dist.resolve("index.mjs");
        assertTrue(Files.size(bundle) > 700_000, "the bundle is over Babel's threshold: " + Files.size(bundle));

        CapturedLog log = new CapturedLog();
        EmulatorConfig config = new EmulatorConfig(dist, "index.handler", 0, 60, 512, "big-bundle",
                RuntimeProcess.shellCommandReportingExit(), Map.of(), 180);
        try (Emulator emulator = Emulator.start(config, log.stream)) {
            HttpInvoke.Answer ok = HttpInvoke.post(emulator, "{}");
            assertEquals(null, ok.functionError(), ok.raw() + "\n" + log);
            assertEquals(1, ok.json().path("count").asInt(), ok.raw());
            String trace = log.awaitLine(l -> l.contains("at handler") || l.contains("index.mjs:8"), 10_000);
            assertTrue(trace.contains(src.resolve("index.mjs") + ":8:"), "console.trace's frame: " + trace + "\n" + log);

            HttpInvoke.Answer failed = HttpInvoke.post(emulator, "{\"fail\":true}");
            assertEquals("Error", failed.errorType(), failed.raw());
            JsonNode stack = failed.json().path("stackTrace");
            String first = stack.path(0).asText();
            assertTrue(first.contains(src.resolve("check.mjs") + ":3:"), "first frame: " + stack);
            assertTrue(stack.path(1).asText().contains(src.resolve("index.mjs") + ":10:"), "the handler's frame: " + stack);
            stack.forEach(frame -> {
                assertFalse(frame.asText().contains(bundle.toString()), "an unmapped bundle position: " + stack);
                assertFalse(frame.asText().contains("node_modules"), "a frame in the dependency: " + stack);
                assertFalse(frame.asText().matches(".*\\b(asyncGeneratorStep|_next|_asyncToGenerator)\\b.*"),
                        "a lowering helper's frame: " + stack);
            });
        }
    }
}
