package dev.llrtj.testrunner;

import dev.llrtj.testrunner.TestNode.LogLine;
import dev.llrtj.testrunner.TestNode.TestError;
import java.nio.file.Path;
import java.util.List;

/**
 * What running one test file produced. {@code fileErrors} are failures outside any test: the file did not load,
 * declared no tests, an afterAll hook failed, process.exit() was called, or it never finished.
 */
public record FileResult(Path file, String displayName, TestNode root, List<TestError> fileErrors,
        List<LogLine> fileOutput, long durationMs) {

    public Counts counts() {
        return root == null ? Counts.ZERO : root.counts();
    }

    public boolean failed() {
        return !fileErrors.isEmpty() || counts().failed() > 0;
    }

    static FileResult error(Path file, String displayName, TestError error, List<LogLine> output, long durationMs) {
        return new FileResult(file, displayName, null, List.of(error), output, durationMs);
    }
}
