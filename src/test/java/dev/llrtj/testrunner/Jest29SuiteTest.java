package dev.llrtj.testrunner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.llrtj.testsupport.LlrtProcesses;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * A project written for Jest 29 (src/test/resources/testrunner-jest29: a DynamoDB order handler whose tests use
 * jest.mock with factories, automocks and a manual mock, requireActual, snapshots Jest wrote, test.each and
 * describe.each, fake timers, spies, and five tests that fail on purpose) runs unchanged under `llrt test` with
 * the result Jest gave it, test by test: the known answer jest-results.txt was written by real Jest 29.7.0
 * (record-jest-results.cjs in that folder runs it). The project is copied first so nothing is written into it; CI=true
 * as on a build machine (a missing snapshot fails rather than being written).
 */
class Jest29SuiteTest {
    private static final Path PROJECT = RunFixture.home().resolve("src/test/resources/testrunner-jest29");

    @TempDir
    Path dir;

    @Test
    void runsTheJest29ProjectWithJestsResultForEveryTest() throws Exception {
        copy(PROJECT, dir);
        List<String> jest = Files.readAllLines(PROJECT.resolve("jest-results.txt")).stream()
                .filter(l -> !l.startsWith("#")).toList();

        Path report = dir.resolve("junit.xml");
        Llrt run = llrt(true, "--reporter", "junit", "-o", report.toString());
        assertEquals(1, run.exitCode(), "the tests that fail on purpose fail the run, as under Jest: " + run.out());

        List<String> llrt = new ArrayList<>();
        int[] counts = new int[5]; // total passed failed skipped todo
        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(report.toFile());
        NodeList cases = xml.getElementsByTagName("testcase");
        for (int i = 0; i < cases.getLength(); i++) {
            Element c = (Element) cases.item(i);
            assertNotEquals("(file)", c.getAttribute("name"), c.getAttribute("classname") + " did not load: " + run.out());
            String status = c.getElementsByTagName("failure").getLength() > 0 ? "failed"
                    : c.getElementsByTagName("skipped").getLength() == 0 ? "passed"
                    : "todo".equals(((Element) c.getElementsByTagName("skipped").item(0)).getAttribute("message"))
                    ? "todo" : "pending";
            // Jest's fullName joins the describe titles and the test's with spaces; a skipped test is "pending"
            llrt.add(c.getAttribute("classname") + "\t" + c.getAttribute("name").replace(" > ", " ") + "\t" + status);
            counts[0]++;
            counts[List.of("passed", "failed", "pending", "todo").indexOf(status) + 1]++;
        }
        llrt.sort(null);
        String summary = "total " + counts[0] + " passed " + counts[1] + " failed " + counts[2] + " skipped " + counts[3]
                + " todo " + counts[4];
        assertEquals(jest.get(0), summary, "the counts Jest 29 reported");
        assertEquals(jest.subList(1, jest.size()), llrt, "each test's result as Jest 29 reported it");
    }

    /**
     * Jest wrote the inline snapshots of __tests__/inline.test.js into a copy without them; llrt test, given the same
     * file without them, writes the same text (a second run then passes), compares with them, and -u puts back a
     * snapshot that was changed by hand (and rewrites the one written wrong on purpose, as Jest's -u does).
     */
    @Test
    void writesInlineSnapshotsIntoTheTestFileAsJest29Did() throws Exception {
        copy(PROJECT, dir);
        Path test = dir.resolve("__tests__/inline.test.js");
        String jestWrote = Files.readString(test);
        Files.writeString(test, INLINE.matcher(jestWrote).replaceAll("$1)"));
        assertTrue(Files.readString(test).contains("toMatchInlineSnapshot({ id: expect.any(Number) })"));

        Llrt written = llrt(false, "inline");
        assertTrue(written.out().contains("6 passed, 1 failed, 0 skipped"), written.out());
        assertEquals(jestWrote, Files.readString(test), "the file as Jest 29 wrote it");
        assertTrue(llrt(true, "inline").out().contains("6 passed, 1 failed, 0 skipped"), "a second run compares");

        Files.writeString(test, jestWrote.replace("toMatchInlineSnapshot(`238`)", "toMatchInlineSnapshot(`239`)"));
        Llrt changed = llrt(true, "inline");
        assertTrue(changed.out().contains("5 passed, 2 failed, 0 skipped"), changed.out());
        assertTrue(changed.out().contains("Expected: 239"), changed.out());
        // with -u every snapshot takes the value received, as with Jest's -u: the one that failed on purpose too
        Llrt updated = llrt(true, "inline", "-u");
        assertTrue(updated.out().contains("7 passed, 0 failed, 0 skipped"), updated.out());
        assertEquals(jestWrote.replace("toMatchInlineSnapshot('1000')", "toMatchInlineSnapshot(`1190`)"),
                Files.readString(test), "-u writes the values back");
    }

    /** Jest's refusal too: one call reached twice (a loop, an .each row) with no snapshot yet fails the file. */
    @Test
    void oneInlineSnapshotCallReachedTwiceFailsAsInJest() throws Exception {
        Files.writeString(dir.resolve("loop.test.js"), """
                test('twice', () => {
                  for (const n of [1, 2]) expect(n > 0).toMatchInlineSnapshot();
                });
                """);
        Llrt run = llrt(false, "loop");
        assertTrue(run.out().contains("Multiple inline snapshots for the same call are not supported."), run.out());
        assertTrue(Files.readString(dir.resolve("loop.test.js")).contains("toMatchInlineSnapshot();"), "left as it was");
    }

    /** Inline snapshot arguments, taken out (record-jest-results.cjs takes them out with the same expression). */
    private static final Pattern INLINE = Pattern.compile("(\\.(?:toMatchInlineSnapshot|toThrowErrorMatchingInlineSnapshot)"
            + "\\((?:\\{[^`()]*(?:\\([^`()]*\\))?[^`()]*\\})?)(?:,\\s*)?`(?:[^`\\\\]|\\\\[\\s\\S])*`\\)");

    private record Llrt(int exitCode, String out) {}

    /**
     * `llrt test -d dir ARGS` as a user runs it: the llrt command with the embedded SDK (src/db.js imports the
     * DynamoDB client, and an automock of src/db.js loads the real module, as Jest's does); ci as on a build machine.
     */
    private Llrt llrt(boolean ci, String... args) throws Exception {
        List<String> cli = new ArrayList<>(List.of("test", "-d", dir.toString()));
        cli.addAll(List.of(args));
        Map<String, String> sdk = LlrtProcesses.embeddedSdk(RunFixture.home().resolve("target/sdk/std-sdk"));
        ProcessBuilder pb = new ProcessBuilder(LlrtProcesses.command(sdk, List.of(), cli.toArray(String[]::new)))
                .redirectErrorStream(true);
        if (ci) {
            pb.environment().put("CI", "true");
        } else {
            pb.environment().remove("CI");
        }
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(300, TimeUnit.SECONDS), "llrt test did not finish");
        return new Llrt(p.exitValue(), out);
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            files.filter(p -> !p.toString().contains("node_modules")).forEach(p -> {
                try {
                    Path target = to.resolve(from.relativize(p).toString());
                    if (Files.isDirectory(p)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(p, target);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
