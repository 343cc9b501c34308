package dev.llrtj.testrunner;

import dev.llrtj.testrunner.TestNode.LogLine;
import dev.llrtj.testrunner.TestNode.TestError;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/**
 * Human-readable output: per file PASS/FAIL and its nested tests with ✔/✘ and times as files finish, then a
 * failures section (suite > test, the error with its diff, the test's console output), a duration line and
 * the closing {@code N passed, N failed, N skipped} line.
 */
public final class PrettyReporter implements Reporter {
    private final PrintStream out;
    private final boolean color;
    // stack frames name files absolutely; relative to the working directory they are shorter and still clickable
    private final String cwdPrefix = java.nio.file.Path.of("").toAbsolutePath() + java.io.File.separator;

    public PrettyReporter(PrintStream out, boolean color) {
        this.out = out;
        this.color = color;
    }

    private String paint(String code, String text) {
        return color ? "\u001b[" + code + "m" + text + "\u001b[0m" : text;
    }

    @Override
    public synchronized void fileDone(FileResult r) {
        StringBuilder sb = new StringBuilder();
        sb.append(r.failed() ? paint("1;41;97", "FAIL") : paint("1;42;97", "PASS")).append(' ').append(r.displayName())
                .append(paint("2", " (" + r.durationMs() + " ms)")).append('\n');
        if (r.root() != null) {
            r.root().children().forEach(child -> appendNode(sb, child, 1));
        }
        for (TestError e : r.fileErrors()) {
            sb.append("  ").append(paint("31", "● " + firstLine(e.text()))).append('\n');
        }
        for (LogLine line : r.fileOutput()) {
            sb.append("  ").append(paint("2", "console." + line.type() + ": ")).append(indentRest(line.message(), "    ")).append('\n');
        }
        out.print(sb);
        out.flush();
    }

    private void appendNode(StringBuilder sb, TestNode node, int depth) {
        String indent = "  ".repeat(depth);
        if (node.suite()) {
            sb.append(indent).append(node.name()).append('\n');
            node.children().forEach(c -> appendNode(sb, c, depth + 1));
            return;
        }
        String line = switch (node.status()) {
            case "passed" -> paint("32", "✔") + " " + node.name() + paint("2", " (" + node.durationMs() + " ms)");
            case "failed" -> paint("31", "✘ " + node.name()) + paint("2", " (" + node.durationMs() + " ms)");
            case "todo" -> paint("35", "✎ todo " + node.name());
            default -> paint("33", "○ skipped " + node.name());
        };
        sb.append(indent).append(line).append('\n');
        // what the test printed, under it (Jest also shows console output of passing tests)
        for (LogLine log : node.output()) {
            sb.append(indent).append("    ").append(paint("2", "console." + log.type() + ": "))
                    .append(indentRest(log.message(), indent + "      ")).append('\n');
        }
    }

    @Override
    public synchronized void runDone(List<FileResult> results, Counts total, long durationMs) {
        StringBuilder sb = new StringBuilder();
        boolean header = false;
        for (FileResult r : results) {
            if (!r.failed()) {
                continue;
            }
            if (!header) {
                sb.append('\n').append(paint("1", "Failures:")).append("\n\n");
                header = true;
            }
            for (TestError e : r.fileErrors()) {
                sb.append(paint("1;31", "● " + r.displayName())).append("\n\n");
                appendError(sb, e);
                r.fileOutput().forEach(l -> sb.append("    console.").append(l.type()).append(": ")
                        .append(indentRest(l.message(), "      ")).append('\n'));
            }
            if (r.root() == null) {
                continue;
            }
            for (TestNode t : r.root().tests()) {
                if (!"failed".equals(t.status())) {
                    continue;
                }
                sb.append(paint("1;31", "● " + t.fullName())).append(paint("2", "  (" + r.displayName() + ")")).append("\n\n");
                t.errors().forEach(e -> appendError(sb, e));
                if (!t.output().isEmpty()) {
                    sb.append("    ").append(paint("1", "Console output:")).append('\n');
                    t.output().forEach(l -> sb.append("      ").append(paint("2", "console." + l.type() + ": "))
                            .append(indentRest(l.message(), "        ")).append('\n'));
                    sb.append('\n');
                }
            }
        }
        int files = results.size();
        long failedFiles = results.stream().filter(FileResult::failed).count();
        sb.append('\n').append(String.format(Locale.ROOT, "Duration: %.2f s (%d file%s, %d failed)%n",
                durationMs / 1000.0, files, files == 1 ? "" : "s", failedFiles));
        String summary = total.summaryLine();
        sb.append(total.failed() > 0 || failedFiles > 0 ? paint("1;31", summary) : paint("1;32", summary)).append('\n');
        out.print(sb);
        out.flush();
    }

    private void appendError(StringBuilder sb, TestError e) {
        for (String line : e.text().split("\n", -1)) {
            sb.append(line.isEmpty() ? "" : "    " + colorDiffLine(line)).append('\n');
        }
        if (!e.stack().isBlank()) {
            sb.append('\n');
            for (String line : e.stack().split("\n")) {
                sb.append("      ").append(paint("2", line.strip().replace(cwdPrefix, ""))).append('\n');
            }
        }
        sb.append('\n');
    }

    // expected lines green and received lines red, as in Jest's diffs
    private String colorDiffLine(String line) {
        if (line.startsWith("- ") || line.equals("-") || line.startsWith("Expected")) {
            return line.startsWith("Expected") ? line : paint("32", line);
        }
        if (line.startsWith("+ ") || line.equals("+")) {
            return paint("31", line);
        }
        return line;
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    private static String indentRest(String s, String indent) {
        return s.replace("\n", "\n" + indent);
    }
}
