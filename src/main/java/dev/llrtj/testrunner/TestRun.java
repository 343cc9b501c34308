package dev.llrtj.testrunner;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * One {@code llrt test} run: discover, run files on up to {@code jobs} worker threads (each file on its own
 * event loop, so files are isolated and run in parallel), report, and compute the exit code.
 */
public final class TestRun {
    private final TestOptions options;
    private final Reporter reporter;

    public TestRun(TestOptions options, Reporter reporter) {
        this.options = options;
        this.reporter = reporter;
    }

    /** Exit code: 0 when at least one test ran and nothing failed, else 1. */
    public int execute(PrintStream err) throws InterruptedException {
        long started = System.nanoTime();
        TestConfig config;
        try {
            config = TestConfig.load(options.dir());
        } catch (IllegalArgumentException e) {
            err.println("llrt test: " + e.getMessage());
            return 1;
        }
        List<Path> files = TestDiscovery.find(options.dir(), options.filters(), config);
        if (files.isEmpty()) {
            err.println("No test files found in " + options.dir()
                    + (options.filters().isEmpty() ? "" : " matching " + options.filters())
                    + " (looking for *.test.*, *.spec.* and __tests__/*, as Jest does)");
        }
        Coverage coverage = options.coverage() ? new Coverage(options.dir()) : null;
        List<FileResult> results = runAll(files, config, coverage);
        Counts total = results.stream().map(FileResult::counts).reduce(Counts.ZERO, Counts::plus);
        reporter.runDone(results, total, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
        if (coverage != null) {
            CoverageReport.print(coverage, options.dir(), System.out);
            try {
                err.println("llrt test: coverage written to " + CoverageReport.writeLcov(coverage, options.dir()));
            } catch (java.io.IOException e) {
                err.println("llrt test: cannot write coverage/lcov.info: " + e.getMessage());
            }
        }
        return exitCode(results, total);
    }

    static int exitCode(List<FileResult> results, Counts total) {
        boolean anyFailed = results.stream().anyMatch(FileResult::failed);
        boolean anyRan = total.passed() + total.failed() > 0;
        return anyFailed || !anyRan ? 1 : 0;
    }

    private List<FileResult> runAll(List<Path> files, TestConfig config, Coverage coverage) throws InterruptedException {
        TestFileRunner runner = new TestFileRunner(options, config, coverage);
        int workers = Math.max(1, Math.min(options.jobs(), files.size()));
        if (workers == 1) {
            List<FileResult> results = new ArrayList<>();
            for (Path f : files) {
                FileResult r = runner.run(f, displayName(f));
                reporter.fileDone(r);
                results.add(r);
            }
            return results;
        }
        ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "llrt-test-worker");
            t.setDaemon(true); // a file stuck in a synchronous loop must not keep the process alive
            return t;
        });
        try {
            List<Future<FileResult>> futures = new ArrayList<>();
            for (Path f : files) {
                futures.add(pool.submit(() -> {
                    FileResult r = runner.run(f, displayName(f));
                    reporter.fileDone(r);
                    return r;
                }));
            }
            List<FileResult> results = new ArrayList<>();
            for (Future<FileResult> future : futures) {
                try {
                    results.add(future.get());
                } catch (java.util.concurrent.ExecutionException e) {
                    throw new IllegalStateException("test worker failed", e.getCause());
                }
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private String displayName(Path file) {
        Path rel = options.dir().relativize(file);
        return rel.toString().replace('\\', '/');
    }
}
