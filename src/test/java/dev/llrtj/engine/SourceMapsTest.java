package dev.llrtj.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Generated file:line positions in stacks mapped back to the user's sources. */
class SourceMapsTest {
    @TempDir
    Path dir;

    /**
     * A map checked by hand: line 1 -> orig 1:1; line 2 -> orig 2:1 (its second segment, orig 7:3, is ignored);
     * line 3 has no mapping; line 4 -> delta line -2, col +1 from the second segment's state -> orig 5:4.
     */
    private static final String HAND_MAP = "{\"version\":3,\"sources\":[\"../src/orig.ts\"],\"names\":[],"
            + "\"mappings\":\"AAAA;AACA,IAKE;;AAFC\"}";

    @Test
    void mapsEachFrameOfAStackByItsLine() {
        String gen = dir.resolve("dist/out.js").toString();
        SourceMaps.register(gen, () -> HAND_MAP);
        String orig = dir.resolve("src/orig.ts").toString();
        String mapped = SourceMaps.mapStack(String.join("\n",
                "Error: x",
                "    at first (" + gen + ":1)",
                "    at second (" + gen + ":2:17)",
                "    at unmapped (" + gen + ":3)",
                "    at " + gen + ":4",
                "    at other (/elsewhere/file.js:4)"));
        assertEquals(String.join("\n",
                "Error: x",
                "    at first (" + orig + ":1:1)",
                "    at second (" + orig + ":2:1)",
                "    at unmapped (" + gen + ":3)",
                "    at " + orig + ":5:4",
                "    at other (/elsewhere/file.js:4)"), mapped);
    }

    @Test
    void aMapIsReadOnlyWhenAStackNeedsItAndReplacedOnReRegistration() {
        String gen = dir.resolve("lazy.js").toString();
        int[] reads = {0};
        SourceMaps.register(gen, () -> {
            reads[0]++;
            return HAND_MAP;
        });
        assertEquals(0, reads[0]);
        SourceMaps.mapStack("    at f (" + gen + ":1)");
        SourceMaps.mapStack("    at f (" + gen + ":2)");
        assertEquals(1, reads[0], "decoded once, then cached");

        SourceMaps.register(gen, () -> "{\"version\":3,\"sources\":[\"/abs/new.js\"],\"mappings\":\"AAMA\"}");
        assertEquals("    at f (/abs/new.js:7:1)", SourceMaps.mapStack("    at f (" + gen + ":1)"));
    }

    @Test
    void aBrokenOrMissingMapLeavesTheStackAlone() throws IOException {
        String gen = dir.resolve("broken.js").toString();
        SourceMaps.register(gen, () -> "{not json");
        assertEquals("    at f (" + gen + ":1)", SourceMaps.mapStack("    at f (" + gen + ":1)"));
        String missing = dir.resolve("missing.js").toString();
        SourceMaps.registerFile(missing, dir.resolve("missing.js.map"));
        assertEquals("    at " + missing + ":1", SourceMaps.mapStack("    at " + missing + ":1"));
        Path onDisk = dir.resolve("disk.js.map");
        Files.writeString(onDisk, HAND_MAP);
        String disk = dir.resolve("disk.js").toString();
        SourceMaps.registerFile(disk, onDisk);
        assertEquals("    at " + dir.resolve("../src/orig.ts").normalize() + ":2:1", SourceMaps.mapStack("    at " + disk + ":2"));
    }

    @Test
    void framesInRhinosOwnFormAreConvertedAndMappedAndNodeFormFramesAreLeftAsFormatted() {
        String gen = dir.resolve("dist/frames.js").toString();
        SourceMaps.register(gen, () -> HAND_MAP);
        List<String> frames = StackFrames.lines("\tat " + gen + ":4 (h)\n\tat " + gen + ":3\n\tat llrt:loader:12");
        assertEquals(List.of("    at h (" + dir.resolve("src/orig.ts") + ":5:4)", "    at llrt:loader:12"), frames,
                "line 3 maps to no source: the lowering's own code, left out");
        assertEquals(List.of("    at h (" + gen + ":4)"), StackFrames.lines("TypeError: bad\n    at h (" + gen + ":4)"),
                "Node-form frames were mapped when formatted: not mapped twice");
        assertEquals("    at f (" + dir.resolve("src/orig.ts") + ":2:1)", StackFrames.frame("f", gen, 2));
        assertEquals(null, StackFrames.frame("helper", gen, 3));
        assertEquals("    at /no/map.js:3", StackFrames.frame(null, "/no/map.js", 3));
    }

    /** The real pipeline: `node bundles/lower.mjs bundle` and its map, when Node and the bundler are installed. */
    @Test
    void mapsABundleMadeByTheLoweringPipeline() throws Exception {
        Path home = Path.of(System.getProperty("llrt.home", "."));
        Path lower = home.resolve("bundles/lower.mjs");
        assumeTrue(Files.isRegularFile(lower) && Files.isDirectory(home.resolve("bundles/node_modules")), "bundler not installed");
        assumeTrue(nodeAvailable(), "node not installed");
        Path src = Files.createDirectories(dir.resolve("src"));
        Files.writeString(src.resolve("index.js"), "const lib = require('./lib');\nmodule.exports.handler = () => lib.fail();\n");
        Files.writeString(src.resolve("lib.js"), "// a comment first\nexports.fail = function fail() {\n  throw new Error('marker');\n};\n");
        Path out = dir.resolve("out");
        Process p = new ProcessBuilder("node", lower.toString(), "bundle", src.resolve("index.js").toString(), "--outdir", out.toString())
                .redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes());
        assertTrue(p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0, log);
        Path bundle = out.resolve("index.mjs");
        List<String> lines = Files.readAllLines(bundle);
        int line = 0;
        for (int i = 0; i < lines.size() && line == 0; i++) {
            if (lines.get(i).contains("marker")) {
                line = i + 1;
            }
        }
        assertTrue(line > 3, "the bundle moved the throw: line " + line);
        SourceMaps.registerFile(bundle.toString(), out.resolve("index.mjs.map"));
        String mapped = SourceMaps.mapStack("    at fail (" + bundle + ":" + line + ")");
        assertTrue(mapped.startsWith("    at fail (" + src.resolve("lib.js") + ":3:"), mapped);
    }

    private static boolean nodeAvailable() {
        try {
            Process p = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}
