package dev.llrtj.testrunner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * toMatchSnapshot and toThrowErrorMatchingSnapshot against Jest 29's own file: the same test file writes the same
 * __snapshots__/*.snap byte for byte (the known answer was written by Jest 29.7), a changed value fails naming the
 * snapshot, -u rewrites it and drops snapshots no test checks. Runs start with -u because CI=true (as on CI) keeps
 * `llrt test` from writing new snapshots, as it keeps Jest.
 */
class SnapshotTest {
    @TempDir
    Path dir;

    @Test
    void writesJestsSnapshotFileComparesWithItAndUpdatesWithU() throws Exception {
        Path fixtures = RunFixture.home().resolve("src/test/resources/testrunner-snapshots");
        Path test = dir.resolve("cart.test.js");
        Files.copy(fixtures.resolve("cart.test.js"), test);
        Path snap = dir.resolve("__snapshots__/cart.test.js.snap");

        RunFixture written = RunFixture.run("-d", dir.toString(), "-u");
        assertEquals("4 passed, 0 failed, 0 skipped", written.lastLine(), written.out());
        assertEquals(Files.readString(fixtures.resolve("cart.test.js.snap.jest29")), Files.readString(snap));

        RunFixture again = RunFixture.run("-d", dir.toString());
        assertEquals("4 passed, 0 failed, 0 skipped", again.lastLine(), again.out());

        Files.writeString(test, Files.readString(test).replace("'plain string'", "'changed string'")
                .replace("test('top level 9', () => { expect(null).toMatchSnapshot(); });", ""));
        RunFixture changed = RunFixture.run("-d", dir.toString());
        assertEquals("2 passed, 1 failed, 0 skipped", changed.lastLine(), changed.out());
        assertTrue(changed.out().contains("Snapshot name: `cart totals 2`"), changed.out());
        assertTrue(changed.out().contains("changed string"), changed.out());

        RunFixture updated = RunFixture.run("-d", dir.toString(), "-u");
        assertEquals("3 passed, 0 failed, 0 skipped", updated.lastLine(), updated.out());
        String after = Files.readString(snap);
        assertTrue(after.contains("exports[`cart totals 2`] = `\"changed string\"`;"), after);
        assertFalse(after.contains("top level 9"), "-u drops a snapshot no test checks: " + after);
    }
}
