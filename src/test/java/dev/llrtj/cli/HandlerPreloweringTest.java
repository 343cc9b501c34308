package dev.llrtj.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.llrtj.emulator.EmulatorConfig;
import dev.llrtj.lowering.Lowerer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `llrt invoke`/`serve` lower the handler before the runtime starts, so the runtime's init finds a cache hit. */
class HandlerPreloweringTest {
    @TempDir
    Path root;

    private static boolean nodeAvailable() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (Files.isExecutable(Path.of(dir, "node"))) {
                return true;
            }
        }
        return false;
    }

    private static boolean cached(Path file, String source) throws Exception {
        Lowerer lowerer = Lowerer.shared();
        return lowerer.cache().get(lowerer.cacheKey(file.toRealPath(), source)).isPresent();
    }

    @Test
    void lowersAnEsModuleHandlerIntoTheSharedCache() throws Exception {
        assumeTrue(nodeAvailable(), "lowering needs Node.js, which CI installs (.ci/run)");
        String source = "// unique " + System.nanoTime() + "\nexport const handler = async () => ({ ok: true });\n";
        Path file = Files.writeString(root.resolve("index.mjs"), source);
        assertFalse(cached(file, source));

        HandlerPrelowering.prepare(EmulatorConfig.defaults(root));

        assertTrue(cached(file, source), "the runtime would lower it again inside its 10 s init");
    }

    @Test
    void leavesPlainCommonJsAndOtherRuntimesAlone() throws Exception {
        String cjs = "// unique " + System.nanoTime() + "\nexports.handler = function (e, c, cb) { cb(null, 1); };\n";
        Path cjsFile = Files.writeString(root.resolve("index.js"), cjs);
        HandlerPrelowering.prepare(EmulatorConfig.defaults(root));
        assertFalse(cached(cjsFile, cjs), "Rhino runs this as it is");

        Path other = Files.createDirectories(root.resolve("other"));
        String esm = "// unique " + System.nanoTime() + "\nexport const handler = () => 1;\n";
        Path esmFile = Files.writeString(other.resolve("index.mjs"), esm);
        HandlerPrelowering.prepare(EmulatorConfig.defaults(other).withRuntimeCommand("node bootstrap.mjs"));
        assertFalse(cached(esmFile, esm), "a foreign runtime does not read llrt's cache");
    }
}
