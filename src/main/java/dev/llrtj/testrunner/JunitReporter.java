package dev.llrtj.testrunner;

import dev.llrtj.testrunner.TestNode.LogLine;
import dev.llrtj.testrunner.TestNode.TestError;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * JUnit XML (the Ant/Surefire shape CI systems read): one testsuite per file, one testcase per test named
 * {@code suite > test}, failure/skipped children, console output in system-out. Written to {@code outputFile},
 * or to {@code out} when there is none; with a file, the closing summary lines still go to {@code out}.
 */
public final class JunitReporter implements Reporter {
    private final PrintStream out;
    private final Path outputFile;

    public JunitReporter(PrintStream out, Path outputFile) {
        this.out = out;
        this.outputFile = outputFile;
    }

    @Override
    public void fileDone(FileResult result) {
        // XML is written once at the end
    }

    @Override
    public void runDone(List<FileResult> results, Counts total, long durationMs) {
        String xml = render(results, total, durationMs);
        if (outputFile == null) {
            out.print(xml);
            out.flush();
            return;
        }
        try {
            Path parent = outputFile.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(outputFile, xml, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.println("JUnit report: " + outputFile);
        out.println(String.format(Locale.ROOT, "Duration: %.2f s", durationMs / 1000.0));
        out.println(total.summaryLine());
        out.flush();
    }

    static String render(List<FileResult> results, Counts total, long durationMs) {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        long fileErrors = results.stream().mapToLong(r -> r.fileErrors().size()).sum();
        sb.append("<testsuites name=\"llrt test\" tests=\"").append(total.total() + fileErrors)
                .append("\" failures=\"").append(total.failed() + fileErrors)
                .append("\" skipped=\"").append(total.skipped() + total.todo())
                .append("\" time=\"").append(seconds(durationMs)).append("\">\n");
        for (FileResult r : results) {
            Counts c = r.counts();
            String suiteName = attr(r.displayName());
            sb.append("  <testsuite name=\"").append(suiteName)
                    .append("\" tests=\"").append(c.total() + r.fileErrors().size())
                    .append("\" failures=\"").append(c.failed() + r.fileErrors().size())
                    .append("\" errors=\"0\" skipped=\"").append(c.skipped() + c.todo())
                    .append("\" time=\"").append(seconds(r.durationMs())).append("\">\n");
            for (TestError e : r.fileErrors()) {
                sb.append("    <testcase classname=\"").append(suiteName).append("\" name=\"(file)\" time=\"0\">\n");
                appendFailure(sb, List.of(e));
                sb.append("    </testcase>\n");
            }
            if (r.root() != null) {
                for (TestNode t : r.root().tests()) {
                    appendCase(sb, suiteName, t);
                }
            }
            if (!r.fileOutput().isEmpty()) {
                sb.append("    <system-out>").append(text(logText(r.fileOutput()))).append("</system-out>\n");
            }
            sb.append("  </testsuite>\n");
        }
        return sb.append("</testsuites>\n").toString();
    }

    private static void appendCase(StringBuilder sb, String suiteName, TestNode t) {
        sb.append("    <testcase classname=\"").append(suiteName).append("\" name=\"").append(attr(t.fullName()))
                .append("\" time=\"").append(seconds(t.durationMs())).append('"');
        boolean empty = "passed".equals(t.status()) && t.output().isEmpty();
        if (empty) {
            sb.append("/>\n");
            return;
        }
        sb.append(">\n");
        switch (t.status()) {
            case "failed" -> appendFailure(sb, t.errors());
            case "todo" -> sb.append("      <skipped message=\"todo\"/>\n");
            case "skipped" -> sb.append("      <skipped/>\n");
            default -> { }
        }
        if (!t.output().isEmpty()) {
            sb.append("      <system-out>").append(text(logText(t.output()))).append("</system-out>\n");
        }
        sb.append("    </testcase>\n");
    }

    private static void appendFailure(StringBuilder sb, List<TestError> errors) {
        String first = errors.isEmpty() ? "failed" : errors.get(0).text().split("\n", 2)[0];
        String body = errors.stream()
                .map(e -> e.text() + (e.stack().isBlank() ? "" : "\n" + e.stack()))
                .collect(Collectors.joining("\n\n"));
        sb.append("      <failure message=\"").append(attr(first)).append("\" type=\"")
                .append(attr(errors.isEmpty() ? "Error" : errors.get(0).name())).append("\">")
                .append(text(body)).append("</failure>\n");
    }

    private static String logText(List<LogLine> lines) {
        return lines.stream().map(l -> "console." + l.type() + ": " + l.message()).collect(Collectors.joining("\n"));
    }

    private static String seconds(long ms) {
        return String.format(Locale.ROOT, "%.3f", ms / 1000.0);
    }

    static String text(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                default -> {
                    // characters XML 1.0 cannot carry at all (ANSI escapes, NUL) are dropped
                    if (c >= 0x20 || c == '\n' || c == '\r' || c == '\t') {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.toString();
    }

    static String attr(String s) {
        return text(s).replace("\"", "&quot;").replace("\n", "&#10;");
    }
}
