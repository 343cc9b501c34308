package dev.llrtj.emulator;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Starts emulators for tests and captures their log (START/END/REPORT lines and the runtime's output). */
final class EmulatorFixture {
    private EmulatorFixture() {}

    /** This JVM, C1 only, on the test class path: a cheap runtime child. */
    static String standInCommand() {
        String java = ProcessHandle.current().info().command().orElseThrow();
        return "exec '" + java + "' -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp '"
                + System.getProperty("java.class.path") + "' " + StandInRuntime.class.getName();
    }

    static EmulatorConfig standInConfig(Path taskRoot, double timeoutSeconds, Map<String, String> env) {
        return EmulatorConfig.defaults(taskRoot).withPort(0).withRuntimeCommand(standInCommand())
                .withTimeoutSeconds(timeoutSeconds).withEnv(env);
    }

    /** A thread-safe in-memory log, echoed to stderr to make failures readable. */
    static final class Log {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        final PrintStream stream = new PrintStream(new java.io.OutputStream() {
            @Override
            public synchronized void write(int b) {
                bytes.write(b);
                System.err.write(b);
            }

            @Override
            public synchronized void write(byte[] b, int off, int len) {
                bytes.write(b, off, len);
                System.err.write(b, off, len);
            }
        }, true, StandardCharsets.UTF_8);

        List<String> lines() {
            return bytes.toString(StandardCharsets.UTF_8).lines().toList();
        }

        List<String> linesStartingWith(String prefix) {
            return lines().stream().filter(l -> l.startsWith(prefix)).toList();
        }

        /** The REPORT line follows the answer (memory is read after it), so it may need a moment to appear. */
        String reportFor(String requestId) {
            return awaitLine(l -> l.startsWith("REPORT RequestId: " + requestId + "\t"));
        }

        /** Waits up to 10 s for a matching line. */
        String awaitLine(java.util.function.Predicate<String> match) {
            long deadline = System.nanoTime() + 10_000_000_000L;
            while (true) {
                var found = lines().stream().filter(match).findFirst();
                if (found.isPresent()) {
                    return found.get();
                }
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("no such line in " + lines());
                }
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    throw new AssertionError(e);
                }
            }
        }
    }
}
