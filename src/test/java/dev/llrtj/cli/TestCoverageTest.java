package dev.llrtj.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * `llrt test --coverage` (issue 14 item 2) on src/test/resources/testrunner-coverage: a CommonJS file run as it is
 * and a TypeScript file lowered on the fly, each partly tested. What is covered is known from the sources: calc.js
 * never throws (line 7) and never calls unused() (12-13); util.ts never calls later() (7-8). Test files are not
 * counted, and neither is the code the lowering added.
 */
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class TestCoverageTest {
    @TempDir
    Path dir;

    @Test
    void linesAndFunctionsOfTheLoadedSourcesInATableAndLcov() throws Exception {
        Path fixture = Path.of("src/test/resources/testrunner-coverage");
        try (var files = Files.walk(fixture)) {
            for (Path p : files.toList()) {
                Path target = dir.resolve(fixture.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        CliOutcome run = CliOutcome.of(() -> new TestCommand().run(new String[] {"-d", dir.toString(), "--coverage"}));
        assertEquals(0, run.code(), run.out() + run.err());
        String out = run.out();
        assertTrue(out.contains("File        | % Funcs | % Lines | Uncovered Line #s"), out);
        assertTrue(out.contains("src/calc.js |   66.67 |   66.67 | 7,12-13"), out);
        assertTrue(out.contains("src/util.ts |      50 |   71.43 | 7-8"), out);
        assertTrue(!out.substring(out.indexOf("% Funcs")).contains(".test."), "test files are not counted: " + out);

        String lcov = Files.readString(dir.resolve("coverage/lcov.info"));
        assertTrue(lcov.contains("SF:" + dir.resolve("src/calc.js") + "\n"), lcov);
        assertTrue(lcov.contains("FNDA:0,unused\n") && lcov.contains("FNF:3\nFNH:2\n"), lcov);
        assertTrue(lcov.contains("DA:7,0\n") && lcov.contains("LF:9\nLH:6\n"), lcov);
        assertTrue(lcov.contains("SF:" + dir.resolve("src/util.ts") + "\n"), lcov);
        assertTrue(lcov.contains("FNF:2\nFNH:1\n") && lcov.contains("LF:7\nLH:5\n"), lcov);
        assertTrue(run.err().contains("coverage written to " + dir.resolve("coverage/lcov.info")), run.err());
    }
}
