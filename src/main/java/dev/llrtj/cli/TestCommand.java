package dev.llrtj.cli;

import dev.llrtj.testrunner.JunitReporter;
import dev.llrtj.testrunner.PrettyReporter;
import dev.llrtj.testrunner.Reporter;
import dev.llrtj.testrunner.TestOptions;
import dev.llrtj.testrunner.TestRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** `llrt test [-d dir] [filters...] [-t name-pattern] [--reporter pretty|junit] [--timeout ms]`. */
public final class TestCommand implements Command {
    static final String USAGE = """
            usage: llrt test [-d dir] [filters...] [-t name-pattern] [--reporter pretty|junit] [--output file]
                             [--timeout ms] [--jobs n] [-u]
              -d, --dir dir        where to look for *.test.*, *.spec.*, __tests__/* (default: current directory)
              filters...           run only files whose path contains one of these
              -t, --test-name-pattern re   run only tests whose full name matches (case-insensitive)
              --reporter r         pretty (default) or junit (JUnit XML to stdout or --output)
              --timeout ms         default per-test timeout (default 5000)
              --jobs n             files run at once (default: number of cores)
              -u, --updateSnapshot rewrite snapshots that differ, drop those no test checks
              --coverage           line and function coverage of the files the tests load (a table, and
                                   coverage/lcov.info under the folder)
              --watch, --watchAll  run again whenever a file under the folder changes (node_modules and dot-folders
                                   excepted), until interrupted
            """;

    @Override
    public String summary() {
        return "run Jest-compatible tests: llrt test [-d dir] [filters...] [-t pattern] [--reporter pretty|junit]";
    }

    @Override
    public int run(String[] args) throws Exception {
        List<String> rest = new ArrayList<>(List.of(args));
        boolean watch = rest.removeAll(List.of("--watch", "--watchAll", "--watch-all"));
        TestOptions options;
        try {
            options = parse(rest.toArray(String[]::new));
            if (watch && options != null && TestOptions.JUNIT.equals(options.reporter())) {
                throw new IllegalArgumentException("--watch reports to the terminal: not with --reporter junit");
            }
        } catch (IllegalArgumentException e) {
            System.err.println("llrt test: " + e.getMessage());
            System.err.print(USAGE);
            return 1;
        }
        if (options == null) {
            System.out.print(USAGE);
            return 0;
        }
        if (!watch) {
            return runOnce(options);
        }
        try (FileTreeWatcher watcher = new FileTreeWatcher(options.dir())) {
            while (true) {
                runOnce(options);
                watcher.forgetPending(); // what the run wrote itself (snapshots, files its tests made)
                System.err.println("\nllrt test: watching " + options.dir() + " for changes (Ctrl-C to stop)");
                Set<Path> changed = watcher.awaitChange();
                if (changed == null) {
                    return 0;
                }
                System.err.println("llrt test: changed: " + describe(changed) + "\n");
            }
        }
    }

    private static int runOnce(TestOptions options) throws Exception {
        Reporter reporter = TestOptions.JUNIT.equals(options.reporter())
                ? new JunitReporter(System.out, options.outputFile())
                : new PrettyReporter(System.out, useColor());
        return new TestRun(options, reporter).execute(System.err);
    }

    /** The first few changed paths, for the line that says why the tests run again. */
    static String describe(Set<Path> changed) {
        List<String> names = changed.stream().limit(3).map(Path::toString).toList();
        return String.join(", ", names) + (changed.size() > 3 ? " and " + (changed.size() - 3) + " more" : "");
    }

    /** Null for --help. */
    public static TestOptions parse(String[] args) {
        Path dir = Path.of("").toAbsolutePath();
        List<String> filters = new ArrayList<>();
        String pattern = null;
        String reporter = TestOptions.PRETTY;
        Path output = null;
        long timeout = 0;
        int jobs = Runtime.getRuntime().availableProcessors();
        boolean update = false;
        boolean coverage = false;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            String inline = null;
            int eq = a.indexOf('=');
            if (a.startsWith("--") && eq > 0) {
                inline = a.substring(eq + 1);
                a = a.substring(0, eq);
            }
            switch (a) {
                case "-h", "--help" -> {
                    return null;
                }
                case "-d", "--dir" -> dir = Path.of(inline != null ? inline : value(args, ++i, a)).toAbsolutePath().normalize();
                case "-t", "--test-name-pattern", "--testNamePattern" -> pattern = inline != null ? inline : value(args, ++i, a);
                case "-u", "--updateSnapshot", "--update-snapshots" -> update = true;
                case "--coverage", "--collectCoverage" -> coverage = true;
                case "--reporter" -> reporter = inline != null ? inline : value(args, ++i, a);
                case "-o", "--output" -> output = Path.of(inline != null ? inline : value(args, ++i, a));
                case "--timeout" -> timeout = number(inline != null ? inline : value(args, ++i, a), a);
                case "-j", "--jobs" -> jobs = (int) number(inline != null ? inline : value(args, ++i, a), a);
                default -> {
                    if (a.startsWith("-")) {
                        throw new IllegalArgumentException("unknown option " + a);
                    }
                    filters.add(a);
                }
            }
        }
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("not a directory: " + dir);
        }
        if (pattern != null) {
            try {
                java.util.regex.Pattern.compile(pattern);
            } catch (java.util.regex.PatternSyntaxException e) {
                throw new IllegalArgumentException("invalid -t pattern: " + e.getDescription());
            }
        }
        long perTest = timeout > 0 ? timeout : 5000;
        // the whole-file bound only catches synchronous endless loops; async hangs hit the per-test timeout first
        long fileLimit = Math.max(120_000, perTest * 20);
        return new TestOptions(dir, filters, pattern, reporter, output, timeout, jobs, fileLimit, update, coverage);
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }

    private static long number(String s, String option) {
        try {
            long n = Long.parseLong(s);
            if (n <= 0) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs a positive number, not '" + s + "'");
        }
    }

    private static boolean useColor() {
        if (System.getenv("NO_COLOR") != null) {
            return false;
        }
        java.io.Console console = System.console();
        return console != null && console.isTerminal();
    }
}
