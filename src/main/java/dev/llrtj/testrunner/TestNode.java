package dev.llrtj.testrunner;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * One node of a file's result tree as the JS runner reports it: a suite (describe block; the file's root has an
 * empty name) with children, or a test with its status, time, errors and captured console output.
 */
public record TestNode(boolean suite, String name, List<String> path, String status, long durationMs,
        List<TestError> errors, List<LogLine> output, List<TestNode> children) {

    /** An error as the runner serialized it; {@code assertion} errors carry Jest's full message (hint, diff). */
    public record TestError(String name, String message, String stack, boolean assertion) {
        static TestError fromJson(JsonNode n) {
            return new TestError(n.path("name").asText("Error"), n.path("message").asText(""),
                    n.path("stack").asText(""), n.path("assertion").asBoolean(false));
        }

        /** The message as a user should read it: assertion messages stand alone, other errors get their name. */
        public String text() {
            return assertion || message.startsWith("thrown: ") ? message : name + ": " + message;
        }
    }

    /** One console call captured while a test (or the file) ran. */
    public record LogLine(String type, String message) {
        static LogLine fromJson(JsonNode n) {
            return new LogLine(n.path("type").asText("log"), n.path("message").asText(""));
        }
    }

    public boolean isTest() {
        return !suite;
    }

    /** {@code suite > nested suite > test}, the name a failure is listed under. */
    public String fullName() {
        List<String> parts = new ArrayList<>(path);
        parts.add(name);
        return String.join(" > ", parts);
    }

    static TestNode fromJson(JsonNode n) {
        boolean suite = "suite".equals(n.path("type").asText());
        List<String> path = new ArrayList<>();
        n.path("path").forEach(p -> path.add(p.asText()));
        List<TestNode> children = new ArrayList<>();
        n.path("children").forEach(c -> children.add(fromJson(c)));
        return new TestNode(suite, n.path("name").asText(""), List.copyOf(path), n.path("status").asText(""),
                n.path("duration").asLong(0), errors(n.path("errors")), logLines(n.path("output")), List.copyOf(children));
    }

    static List<TestError> errors(JsonNode array) {
        List<TestError> out = new ArrayList<>();
        array.forEach(e -> out.add(TestError.fromJson(e)));
        return List.copyOf(out);
    }

    static List<LogLine> logLines(JsonNode array) {
        List<LogLine> out = new ArrayList<>();
        array.forEach(e -> out.add(LogLine.fromJson(e)));
        return List.copyOf(out);
    }

    /** Every test below this node, in declaration order. */
    public List<TestNode> tests() {
        List<TestNode> out = new ArrayList<>();
        collect(this, out);
        return out;
    }

    private static void collect(TestNode node, List<TestNode> out) {
        if (node.isTest()) {
            out.add(node);
            return;
        }
        node.children.forEach(c -> collect(c, out));
    }

    public Counts counts() {
        int passed = 0;
        int failed = 0;
        int skipped = 0;
        int todo = 0;
        for (TestNode t : tests()) {
            switch (t.status) {
                case "passed" -> passed++;
                case "failed" -> failed++;
                case "todo" -> todo++;
                default -> skipped++;
            }
        }
        return new Counts(passed, failed, skipped, todo);
    }
}
