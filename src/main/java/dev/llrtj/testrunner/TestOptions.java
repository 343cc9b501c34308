package dev.llrtj.testrunner;

import java.nio.file.Path;
import java.util.List;

/**
 * What {@code llrt test} was asked to do. {@code timeoutMs} 0 means the per-test default (5 s, or what the file
 * sets with jest.setTimeout); {@code jobs} is how many files run at once; {@code fileLimitMs} bounds a whole file,
 * the only guard against a test stuck in a synchronous loop; {@code updateSnapshots} is -u; {@code coverage} is
 * --coverage.
 */
public record TestOptions(Path dir, List<String> filters, String namePattern, String reporter, Path outputFile,
        long timeoutMs, int jobs, long fileLimitMs, boolean updateSnapshots, boolean coverage) {

    public static final String PRETTY = "pretty";
    public static final String JUNIT = "junit";

    public TestOptions {
        filters = List.copyOf(filters);
        if (!PRETTY.equals(reporter) && !JUNIT.equals(reporter)) {
            throw new IllegalArgumentException("unknown reporter '" + reporter + "' (pretty or junit)");
        }
        if (jobs < 1) {
            throw new IllegalArgumentException("jobs must be at least 1");
        }
    }
}
