package dev.llrtj.lowering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LowererTest {
    private static final String LLRT_HOME = System.getProperty("llrt.home");
    private static Path sharedCache;
    private static Lowerer withNode;

    @TempDir
    Path tmp;

    @BeforeAll
    static void startRealLowerer() throws Exception {
        sharedCache = Files.createTempDirectory("llrt-lowering-test");
        NodeToolchain real = NodeToolchain.discover(System.getenv(), LLRT_HOME);
        withNode = real.unavailableReason(null).isEmpty() ? new Lowerer(real, new LoweredCache(sharedCache)) : null;
    }

    @AfterAll
    static void stop() {
        if (withNode != null) {
            withNode.close();
        }
    }

    private static NodeToolchain missingNode() {
        return NodeToolchain.discover(Map.of("LLRT_NODE", "/nonexistent/bin/node", "PATH", "/usr/bin"), LLRT_HOME);
    }

    private static Lowerer requireNode() {
        assumeTrue(withNode != null, "Node.js and bundles/ are needed for this test");
        return withNode;
    }

    @Test
    void missingNodeSaysWhatToDo() {
        Lowerer lowerer = new Lowerer(missingNode(), new LoweredCache(tmp));
        Path file = tmp.resolve("handler.mjs");
        LoweringException e = assertThrows(LoweringException.class,
                () -> lowerer.lower(file, "export const handler = async () => 1;"));
        String m = e.getMessage();
        assertTrue(m.startsWith(file.toString() + " uses syntax Rhino cannot run"), m);
        assertTrue(m.contains("Node.js was not found"), m);
        assertTrue(m.contains("LLRT_NODE is set to /nonexistent/bin/node"), m);
        assertTrue(m.contains("Install Node.js 18+ (or set LLRT_NODE)"), m);
        assertTrue(m.contains("`llrt bundle " + file + "`"), m);
    }

    @Test
    void cacheHitNeedsNoNode() throws Exception {
        Lowerer lowerer = new Lowerer(missingNode(), new LoweredCache(tmp));
        Path file = tmp.resolve("app.mjs");
        String source = "export default 42;";
        Lowered stored = new Lowered(Lowered.SYSTEM_HEADER + "\nSystem.register([], function () {});\n", "{\"version\":3}");
        lowerer.cache().put(lowerer.cacheKey(file, source), stored);

        assertEquals(stored, lowerer.lower(file, source));
        // the key covers the source: a changed file is not served from the cache
        assertThrows(LoweringException.class, () -> lowerer.lower(file, source + " "));
        // and the path
        assertThrows(LoweringException.class, () -> lowerer.lower(tmp.resolve("other.mjs"), source));
    }

    @Test
    void cacheDirectoryFallsBackWhenHomeIsNotWritable() throws Exception {
        Path xdg = tmp.resolve("xdg");
        assertEquals(xdg.resolve("llrt/lowered"), LoweredCache.defaultDir(Map.of("XDG_CACHE_HOME", xdg.toString()), "/x"));
        Path home = tmp.resolve("home");
        assertEquals(home.resolve(".cache/llrt/lowered"), LoweredCache.defaultDir(Map.of(), home.toString()));
        Path notADirectory = Files.writeString(tmp.resolve("file"), "x"); // like a read-only HOME on Lambda
        Path fallback = LoweredCache.defaultDir(Map.of(), notADirectory.toString());
        assertEquals(Path.of(System.getProperty("java.io.tmpdir"), "llrt-cache"), fallback);
    }

    @Test
    void lowersModulesThroughNodeAndCachesTheResult() throws Exception {
        Lowerer lowerer = requireNode();
        Path file = tmp.resolve("mod.mjs");
        String source = "import { readFileSync } from 'node:fs';\n"
                + "export class Greeter { #who; constructor(w) { this.#who = w; } hi() { return `hi ${this.#who}`; } }\n"
                + "export const later = async (x) => (await x) ?? readFileSync;\n"
                + "const mod = await import('./other.mjs');\n"
                + "console.log(import.meta.url, mod);\n";
        Lowered lowered = lowerer.lower(file, source);
        String code = lowered.code();
        assertTrue(lowered.isSystemModule(), code);
        assertTrue(code.startsWith("/*llrt:system*/\n"), code);
        assertTrue(code.contains("System.register([\"node:fs\"]"), code);
        assertTrue(code.contains("_context.import('./other.mjs')"), code);
        assertTrue(code.contains("_context.meta.url"), code);
        assertFalse(code.contains("class Greeter"), "classes are lowered");
        assertFalse(code.contains("async "), "async functions are lowered");
        JsonNode map = new ObjectMapper().readTree(lowered.sourceMapJson());
        assertEquals(file.toString(), map.get("sources").get(0).asText());
        assertTrue(map.get("mappings").asText().startsWith(";"), "the header line has no mappings");

        // a second lowerer without Node finds the result in the same cache
        Lowerer offline = new Lowerer(missingNode(), new LoweredCache(sharedCache));
        assertEquals(lowered, offline.lower(file, source));
    }

    @Test
    void scriptsGetTheCommonJsHeaderAndTypeScriptIsStripped() throws Exception {
        Lowerer lowerer = requireNode();
        Lowered cjs = lowerer.lower(tmp.resolve("a.cjs"), "const { a, ...rest } = require('./x');\nmodule.exports = rest;\n");
        assertTrue(cjs.code().startsWith("/*llrt:cjs*/\n"), cjs.code());
        assertFalse(cjs.code().contains("System.register"), cjs.code());
        assertFalse(cjs.code().contains("...rest"), cjs.code());

        Lowered ts = lowerer.lower(tmp.resolve("t.ts"),
                "enum E { A = 2 }\nexport function f(x: number): E { return x as E; }\n");
        assertTrue(ts.code().startsWith("/*llrt:system*/\n"), ts.code());
        assertFalse(ts.code().contains(": number"), ts.code());
    }

    @Test
    void syntaxErrorsNameFileLineAndColumn() {
        Lowerer lowerer = requireNode();
        Path file = tmp.resolve("broken.mjs");
        LoweringException e = assertThrows(LoweringException.class,
                () -> lowerer.lower(file, "export const ok = 1;\nconst bad = ;\n"));
        assertTrue(e.getMessage().startsWith(file + ":2:13: "), e.getMessage());
        Path ts = tmp.resolve("broken.ts");
        LoweringException t = assertThrows(LoweringException.class,
                () -> lowerer.lower(ts, "let x: number = 1;\nlet y: = 2;\n"));
        assertTrue(t.getMessage().startsWith(ts + ":2:"), t.getMessage());
    }

    @Test
    void concurrentCallersShareOneServer() throws Exception {
        Lowerer lowerer = requireNode();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Lowered>> results = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                int n = i;
                results.add(pool.submit(() -> lowerer.lower(tmp.resolve("c" + n + ".mjs"),
                        "export const value" + n + " = async () => " + n + ";")));
            }
            for (int i = 0; i < results.size(); i++) {
                String code = results.get(i).get(60, TimeUnit.SECONDS).code();
                assertTrue(code.contains("value" + i), code);
                assertTrue(code.startsWith("/*llrt:system*/"), code);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
