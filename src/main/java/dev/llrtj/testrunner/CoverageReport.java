package dev.llrtj.testrunner;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What `llrt test --coverage` prints and writes: a table as Jest's text reporter prints it, with the columns this
 * runtime can measure (functions and lines; statements and branches are not measured and say so), and
 * {@code coverage/lcov.info} under the test folder for the tools that read lcov (editors, Codecov, genhtml).
 */
final class CoverageReport {
    private CoverageReport() {}

    static void print(Coverage coverage, Path root, PrintStream out) {
        List<String[]> rows = new ArrayList<>();
        long[] all = new long[4]; // functions hit, functions, lines hit, lines
        Map<String, Map<String, Long>> functions = coverage.functions();
        coverage.lines().forEach((file, lines) -> {
            long[] f = counts(functions.getOrDefault(file, Map.of()).values());
            long[] l = counts(lines.values());
            all[0] += f[0];
            all[1] += f[1];
            all[2] += l[0];
            all[3] += l[1];
            rows.add(new String[] {relative(root, file), percent(f), percent(l), uncovered(lines)});
        });
        rows.addFirst(new String[] {"All files", percent(new long[] {all[0], all[1]}), percent(new long[] {all[2], all[3]}), ""});
        int width = "File".length();
        for (String[] r : rows) {
            width = Math.max(width, r[0].length());
        }
        String rule = "-".repeat(width + 1) + "|---------|---------|-------------------";
        out.println();
        out.println(rule);
        out.printf(Locale.ROOT, "%-" + width + "s | %% Funcs | %% Lines | Uncovered Line #s%n", "File");
        out.println(rule);
        for (String[] r : rows) {
            out.printf(Locale.ROOT, "%-" + width + "s | %7s | %7s | %s%n", r[0], r[1], r[2], r[3]);
        }
        out.println(rule);
        out.println("(statements and branches are not measured: lines and functions only)");
    }

    /** lcov's tracefile format: SF, FN/FNDA/FNF/FNH, DA, LF/LH, end_of_record per file. */
    static Path writeLcov(Coverage coverage, Path root) throws IOException {
        StringBuilder sb = new StringBuilder();
        Map<String, Map<String, Long>> functions = coverage.functions();
        coverage.lines().forEach((file, lines) -> {
            sb.append("TN:\nSF:").append(file).append('\n');
            Map<String, Long> fns = functions.getOrDefault(file, Map.of());
            fns.forEach((key, calls) -> {
                int space = key.indexOf(' ');
                sb.append("FN:").append(key, 0, space).append(',').append(key.substring(space + 1)).append('\n');
            });
            fns.forEach((key, calls) -> sb.append("FNDA:").append(calls).append(',').append(key.substring(key.indexOf(' ') + 1)).append('\n'));
            long[] f = counts(fns.values());
            sb.append("FNF:").append(f[1]).append("\nFNH:").append(f[0]).append('\n');
            lines.forEach((line, hits) -> sb.append("DA:").append(line).append(',').append(hits).append('\n'));
            long[] l = counts(lines.values());
            sb.append("LF:").append(l[1]).append("\nLH:").append(l[0]).append("\nend_of_record\n");
        });
        Path lcov = root.resolve("coverage").resolve("lcov.info");
        Files.createDirectories(lcov.getParent());
        Files.writeString(lcov, sb);
        return lcov;
    }

    /** [covered, total] of a list of hit counts. */
    private static long[] counts(java.util.Collection<Long> hits) {
        long covered = hits.stream().filter(h -> h > 0).count();
        return new long[] {covered, hits.size()};
    }

    private static String percent(long[] c) {
        return c[1] == 0 ? "100" : trim(String.format(Locale.ROOT, "%.2f", 100.0 * c[0] / c[1]));
    }

    private static String trim(String number) {
        return number.contains(".") ? number.replaceAll("0+$", "").replaceAll("\\.$", "") : number;
    }

    /** The lines never run, as Jest writes them: runs of consecutive executable lines as "a-b". */
    static String uncovered(Map<Integer, Long> lines) {
        List<String> parts = new ArrayList<>();
        int start = -1;
        int last = -1;
        for (Map.Entry<Integer, Long> e : lines.entrySet()) {
            boolean missed = e.getValue() == 0;
            if (missed && start < 0) {
                start = e.getKey();
            }
            if (!missed && start >= 0) {
                parts.add(start == last ? Integer.toString(start) : start + "-" + last);
                start = -1;
            }
            last = e.getKey();
        }
        if (start >= 0) {
            parts.add(start == last ? Integer.toString(start) : start + "-" + last);
        }
        return String.join(",", parts);
    }

    private static String relative(Path root, String file) {
        Path p = Path.of(file);
        return p.isAbsolute() && p.startsWith(root) ? root.relativize(p).toString() : file;
    }
}
