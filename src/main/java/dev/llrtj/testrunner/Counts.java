package dev.llrtj.testrunner;

/** Test outcomes of a file or a whole run. Todo tests count as skipped in the closing line, as they did not run. */
public record Counts(int passed, int failed, int skipped, int todo) {
    public static final Counts ZERO = new Counts(0, 0, 0, 0);

    public Counts plus(Counts o) {
        return new Counts(passed + o.passed, failed + o.failed, skipped + o.skipped, todo + o.todo);
    }

    public int total() {
        return passed + failed + skipped + todo;
    }

    /** The closing line: exactly {@code N passed, N failed, N skipped}. */
    public String summaryLine() {
        return passed + " passed, " + failed + " failed, " + (skipped + todo) + " skipped";
    }
}
