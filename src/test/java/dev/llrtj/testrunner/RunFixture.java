package dev.llrtj.testrunner;

import dev.llrtj.cli.TestCommand;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Runs `llrt test` in-process with the given arguments and keeps its output and exit code. */
record RunFixture(int exitCode, String out, String err) {
    static Path home() {
        return Path.of(System.getProperty("llrt.home", ".")).toAbsolutePath();
    }

    static Path resources() {
        return home().resolve("src/test/resources/testrunner");
    }

    static RunFixture run(String... args) throws Exception {
        TestOptions options = TestCommand.parse(args);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream outStream = new PrintStream(out, true, StandardCharsets.UTF_8);
        Reporter reporter = TestOptions.JUNIT.equals(options.reporter())
                ? new JunitReporter(outStream, options.outputFile())
                : new PrettyReporter(outStream, false);
        int code = new TestRun(options, reporter).execute(new PrintStream(err, true, StandardCharsets.UTF_8));
        return new RunFixture(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    String lastLine() {
        String[] lines = out.strip().split("\n");
        return lines[lines.length - 1];
    }
}
