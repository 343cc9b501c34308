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

        // as a user runs it: the llrt command with the embedded SDK (src/db.js imports the DynamoDB client, and an
        // automock of src/db.js loads the real module, as Jest's does)
        Path report = dir.resolve("junit.xml");
        Map<String, String> sdk = LlrtProcesses.embeddedSdk(RunFixture.home().resolve("target/sdk/std-sdk"));
        ProcessBuilder pb = new ProcessBuilder(LlrtProcesses.command(sdk, List.of(), "test", "-d", dir.toString(),
                "--reporter", "junit", "-o", report.toString())).redirectErrorStream(true);
        pb.environment().put("CI", "true");
        Process run = pb.start();
        String out = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(run.waitFor(300, TimeUnit.SECONDS), "llrt test did not finish");
        assertEquals(1, run.exitValue(), "the tests that fail on purpose fail the run, as under Jest: " + out);

        List<String> llrt = new ArrayList<>();
        int[] counts = new int[5]; // total passed failed skipped todo
        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(report.toFile());
        NodeList cases = xml.getElementsByTagName("testcase");
        for (int i = 0; i < cases.getLength(); i++) {
            Element c = (Element) cases.item(i);
            assertNotEquals("(file)", c.getAttribute("name"), c.getAttribute("classname") + " did not load: " + out);
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
