package dev.llrtj.testrunner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.llrtj.cli.TestCommand;
import java.io.PrintStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(120)
class TestRunTest {
    private static final Pattern CLOSING = Pattern.compile("\\d+ passed, \\d+ failed, \\d+ skipped");

    @TempDir
    Path dir;

    @Test
    void aSuiteWrittenForJestRunsUnchangedWithJestsCounts() throws Exception {
        // jest-counts.json holds what Jest 29 reported for these files (npx jest --json, pending -> skipped)
        JsonNode expected = new ObjectMapper().readTree(RunFixture.resources().resolve("jest-counts.json").toFile());
        List<FileResult> results = new ArrayList<>();
        TestOptions options = TestCommand.parse(new String[] {"-d", RunFixture.resources().toString()});
        new TestRun(options, new Reporter() {
            @Override
            public void fileDone(FileResult result) { }

            @Override
            public void runDone(List<FileResult> all, Counts total, long durationMs) {
                results.addAll(all);
            }
        }).execute(new PrintStream(OutputStream.nullOutputStream()));
        Map<String, String> actual = new TreeMap<>();
        Map<String, String> wanted = new TreeMap<>();
        for (FileResult r : results) {
            assertEquals(List.of(), r.fileErrors(), r.displayName() + " failed to run");
            Counts c = r.counts();
            actual.put(r.displayName(), c.passed() + "/" + c.failed() + "/" + c.skipped() + "/" + c.todo());
        }
        expected.properties().forEach(e -> wanted.put(e.getKey(), e.getValue().path("passed").asInt() + "/"
                + e.getValue().path("failed").asInt() + "/" + e.getValue().path("skipped").asInt() + "/"
                + e.getValue().path("todo").asInt()));
        assertEquals(wanted, actual);
    }

    @Test
    void aFailingAssertionPrintsADiffAndExitsOne() throws Exception {
        RunFixture run = RunFixture.run("-d", RunFixture.resources().toString(), "failing/diff");
        assertEquals(1, run.exitCode());
        String out = run.out();
        assertTrue(out.contains("FAIL failing/diff.test.js"), out);
        assertTrue(out.contains("● user record > matches the stored copy"), out);
        assertTrue(out.contains("    - Expected  - 1\n    + Received  + 0\n"), out);
        assertTrue(out.contains("-     \"admin\","), out);
        assertTrue(out.contains("console.log: loaded user 1"), "the failing test's console output: " + out);
        assertTrue(out.contains("✔ still passes"), out);
        assertEquals("1 passed, 1 failed, 0 skipped", run.lastLine());
    }

    @Test
    void aTestThatNeverResolvesTimesOutAndTheRunFinishes() throws Exception {
        long started = System.nanoTime();
        RunFixture run = RunFixture.run("-d", RunFixture.resources().toString(), "failing/timeout");
        long ms = (System.nanoTime() - started) / 1_000_000;
        assertEquals(1, run.exitCode());
        assertTrue(run.out().contains("Exceeded timeout of 200 ms for a test."), run.out());
        assertTrue(run.out().contains("while waiting for `done()` to be called"), run.out());
        assertTrue(run.out().contains("✔ runs after the timeouts"), run.out());
        assertEquals("1 passed, 2 failed, 0 skipped", run.lastLine());
        assertTrue(ms < 20_000, "took " + ms + " ms");
    }

    @Test
    void filesDoNotShareGlobalState() throws Exception {
        String leak = "globalThis.leaked = 'yes'; Array.prototype.extra = 1;\n"
                + "test('sets', () => { expect(globalThis.leaked).toBe('yes'); });\n";
        String check = "test('sees nothing', () => { expect(typeof globalThis.leaked).toBe('undefined');"
                + " expect([].extra).toBeUndefined(); });\n";
        for (int i = 0; i < 3; i++) {
            Files.writeString(dir.resolve("a" + i + ".test.js"), leak);
            Files.writeString(dir.resolve("b" + i + ".test.js"), check);
        }
        RunFixture run = RunFixture.run("-d", dir.toString(), "--jobs", "2");
        assertEquals(0, run.exitCode(), run.out());
        assertEquals("6 passed, 0 failed, 0 skipped", run.lastLine());
    }

    @Test
    void nameFilterSkipsOtherTestsAndHooksStillApply() throws Exception {
        Files.writeString(dir.resolve("names.test.js"), """
                let setUp = 0;
                beforeEach(() => { setUp++; });
                describe('users', () => {
                  test('create works', () => { expect(setUp).toBe(1); });
                  test('delete works', () => { throw new Error('must not run'); });
                });
                test('Create elsewhere', () => { expect(setUp).toBe(2); });
                """);
        RunFixture run = RunFixture.run("-d", dir.toString(), "-t", "create");
        assertEquals(0, run.exitCode(), run.out());
        assertTrue(run.out().contains("○ skipped delete works"), run.out());
        assertEquals("2 passed, 0 failed, 1 skipped", run.lastLine());
    }

    @Test
    void onlyAndSkipAndTodoAreReported() throws Exception {
        Files.writeString(dir.resolve("modes.test.js"), """
                test('not focused', () => { throw new Error('must not run'); });
                describe.only('focused', () => {
                  test('runs', () => {});
                  test.skip('skipped inside', () => {});
                });
                test.todo('later');
                """);
        RunFixture run = RunFixture.run("-d", dir.toString());
        assertEquals(0, run.exitCode(), run.out());
        assertTrue(run.out().contains("✎ todo later"), run.out());
        assertEquals("1 passed, 0 failed, 3 skipped", run.lastLine());
    }

    /**
     * Issue 14 item 1: ES modules and TypeScript are lowered before they run; failures still name their own lines
     * (the fixtures sit apart from testrunner/, whose counts are compared with Jest's, which runs neither as is).
     */
    @Test
    void failuresNameTheLinesOfTheOriginalFiles() throws Exception {
        RunFixture run = RunFixture.run("-d", RunFixture.home().resolve("src/test/resources/testrunner-locations").toString());
        assertEquals("0 passed, 3 failed, 0 skipped", run.lastLine(), run.out());
        String out = run.out();
        assertTrue(out.matches("(?s).*at [^\\n]*locations\\.test\\.mjs:8:\\d+\\n.*"), "the assertion's line: " + out);
        assertTrue(out.matches("(?s).*at explode \\([^\\n]*locations-helper\\.mjs:3:\\d+\\)\\n.*"), "the helper's throw: " + out);
        assertTrue(out.matches("(?s).*at [^\\n]*locations\\.test\\.mjs:12:\\d+\\n.*"), "its caller: " + out);
        assertTrue(out.matches("(?s).*at [^\\n]*locations\\.test\\.ts:10:\\d+\\n.*"), "the TypeScript line: " + out);
        assertFalse(out.contains("asyncGeneratorStep") || out.contains("_next"), "no lowering helper frames: " + out);
    }

    @Test
    void aFileThatThrowsWhileLoadingFailsTheRunWithItsError() throws Exception {
        Files.writeString(dir.resolve("broken.test.js"), "test('x', () => {});\nundefinedFunction();\n");
        Files.writeString(dir.resolve("fine.test.js"), "test('fine', () => {});\n");
        RunFixture run = RunFixture.run("-d", dir.toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.out().contains("FAIL broken.test.js"), run.out());
        assertTrue(run.out().contains("Test suite failed to run"), run.out());
        assertTrue(run.out().contains("undefinedFunction"), run.out());
        assertTrue(run.out().contains("PASS fine.test.js"), run.out());
    }

    @Test
    void noTestsMeansExitOne() throws Exception {
        RunFixture none = RunFixture.run("-d", dir.toString());
        assertEquals(1, none.exitCode());
        assertTrue(none.err().contains("No test files found"), none.err());
        assertEquals("0 passed, 0 failed, 0 skipped", none.lastLine());
        Files.writeString(dir.resolve("empty.test.js"), "// nothing declared\n");
        RunFixture empty = RunFixture.run("-d", dir.toString());
        assertEquals(1, empty.exitCode());
        assertTrue(empty.out().contains("Your test suite must contain at least one test."), empty.out());
    }

    @Test
    void theClosingLineIsLastAndDurationHasItsOwnLine() throws Exception {
        Files.writeString(dir.resolve("one.test.js"), "test('one', () => {});\n");
        RunFixture run = RunFixture.run("-d", dir.toString());
        String[] lines = run.out().strip().split("\n");
        assertTrue(CLOSING.matcher(lines[lines.length - 1]).matches(), run.out());
        assertTrue(lines[lines.length - 2].startsWith("Duration: "), run.out());
        assertFalse(run.out().contains("\u001b["), "no colors when not on a terminal");
    }
}
