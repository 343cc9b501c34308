package dev.llrtj.lambda;

import dev.llrtj.testsupport.LlrtProcesses;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * How the Lambda tests start the real llrt runtime as a child process ({@link LlrtProcesses#command}: this test
 * class path on a JVM, or the native executable under test) with no arguments, the way a Lambda bootstrap does.
 */
final class RuntimeProcess {
    /** Printed by {@link #shellCommandReportingExit()} after the runtime ends by itself. */
    static final String EXIT_MARK = "llrt-runtime-exit=";

    private RuntimeProcess() {}

    /** The runtime's command line (testsupport's one builder: a JVM, or -Dllrt.test.runtime's executable). */
    static List<String> command(String... args) {
        return LlrtProcesses.command(args);
    }

    /**
     * A /bin/sh command line (for the emulator's runtime command) that runs the runtime and then prints its exit
     * status as {@link #EXIT_MARK}N. The emulator kills the whole tree when it gives up on a runtime, so the mark
     * appears only when the runtime exited by itself.
     */
    static String shellCommandReportingExit() {
        return LlrtProcesses.shellCommand(command()) + "; code=$?; echo \"" + EXIT_MARK + "$code\"; exit $code";
    }

    /**
     * Starts the runtime as Lambda's sandbox does, against the Runtime API at {@code apiAddress} (host:port), with
     * {@code handler} in the test resource folder {@code taskRoot}; stdout and stderr together go to {@code log}.
     */
    static Process startAgainst(String apiAddress, String taskRoot, String handler, Path log) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(command()).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().put("AWS_LAMBDA_RUNTIME_API", apiAddress);
        pb.environment().put("_HANDLER", handler);
        pb.environment().put("LAMBDA_TASK_ROOT", resource(taskRoot).toString());
        return pb.start();
    }

    /** A folder under src/test/resources/lambda, as copied to the test class path. */
    static Path resource(String relative) {
        URL url = RuntimeProcess.class.getResource("/lambda/" + relative);
        if (url == null) {
            throw new IllegalStateException("missing test resource lambda/" + relative);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs `llrt bundle entry -o outdir` in a child JVM, as a user would before deploying. */
    static void bundle(Path entry, Path outdir) throws IOException, InterruptedException {
        Path log = outdir.resolveSibling(outdir.getFileName() + "-bundle.log");
        Process p = new ProcessBuilder(command("bundle", entry.toString(), "-o", outdir.toString()))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!p.waitFor(180, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("llrt bundle did not finish in 180 s");
        }
        if (p.exitValue() != 0) {
            throw new AssertionError("llrt bundle failed (" + p.exitValue() + "):\n" + java.nio.file.Files.readString(log));
        }
    }

}
