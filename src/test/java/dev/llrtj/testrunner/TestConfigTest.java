package dev.llrtj.testrunner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** jest.config.* / vitest.config.*: testMatch (include), setupFiles, testTimeout, evaluated as Jest reads them. */
class TestConfigTest {
    @TempDir
    Path dir;

    private void write(String relative, String text) throws IOException {
        Path p = dir.resolve(relative);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }

    private void writeSuite() throws IOException {
        write("setup.js", "globalThis.fromSetup = 42;\n");
        write("checks/a.check.js", """
                test('sees what the setup file set', () => { expect(fromSetup).toBe(42); });
                test('never settles', () => new Promise(() => {}));
                """);
        write("ignored.test.js", "test('not matched by the config', () => { throw new Error('ran'); });\n");
    }

    private void assertRunHonoursTheConfig() throws Exception {
        RunFixture run = RunFixture.run("-d", dir.toString());
        assertEquals("1 passed, 1 failed, 0 skipped", run.lastLine(), run.out() + run.err());
        assertTrue(run.out().contains("checks/a.check.js"), run.out());
        assertFalse(run.out().contains("ignored.test.js"), "testMatch replaces the default: " + run.out());
        assertTrue(run.out().contains("Exceeded timeout of 300 ms"), "testTimeout: " + run.out());
    }

    @Test
    void aJestConfigInCommonJsSetsTestMatchSetupFilesAndTestTimeout() throws Exception {
        writeSuite();
        write("jest.config.js", "module.exports = { testMatch: ['**/checks/*.check.js'], setupFiles: ['<rootDir>/setup.js'],"
                + " testTimeout: 300 };\n");
        assertRunHonoursTheConfig();
    }

    @Test
    void aVitestConfigWithDefineConfigIsReadFromItsTestSection() throws Exception {
        writeSuite();
        write("vitest.config.mjs", "import { defineConfig } from 'vitest/config';\n"
                + "export default defineConfig({ test: { include: ['checks/**/*.check.{js,ts}'], setupFiles: './setup.js',"
                + " testTimeout: 300 } });\n");
        assertRunHonoursTheConfig();
    }

    @Test
    void jestsDefaultGlobsMatchWhatTheyMatchInJest() {
        var spec = TestConfig.glob("**/?(*.)+(spec|test).[jt]s?(x)");
        assertTrue(spec.matcher("a/b/cart.test.js").matches());
        assertTrue(spec.matcher("cart.spec.tsx").matches());
        assertFalse(spec.matcher("cart.js").matches());
    }

    @Test
    void aConfigThatThrowsIsAnErrorNamingIt() throws Exception {
        write("jest.config.js", "throw new Error('bad config');\n");
        RunFixture run = RunFixture.run("-d", dir.toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("jest.config.js") && run.err().contains("bad config"), run.err());
    }
}
