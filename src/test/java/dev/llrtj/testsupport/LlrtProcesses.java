package dev.llrtj.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The one way tests start `llrt` as a child process (whole-process behaviour: exit codes, stdout, stderr, the Lambda
 * loop). By default a child JVM on the test class path (the freshly compiled main classes); with
 * {@code -Dllrt.test.runtime=<executable>} (the native {@code llrt}, or a native layer's {@code bootstrap}) that
 * executable instead, so the same tests prove the native build (scripts/test runs them both ways).
 */
public final class LlrtProcesses {
    /** The system property naming the executable under test; unset or blank: the JVM on the test class path. */
    public static final String RUNTIME_PROPERTY = "llrt.test.runtime";

    /** How one process ended: its exit code (-1 when it had to be killed), stdout and stderr. */
    public record Run(int code, String out, String err) {}

    /** The JVM flags the launchers (./llrt, bootstrap) start the runtime with; JVM form only. */
    private static final List<String> LAUNCHER_FLAGS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
            "-XX:-UsePerfData", "-Xshare:auto", "-Xss8m", "--sun-misc-unsafe-memory-access=allow");

    private LlrtProcesses() {}

    /** The executable under test, when this run tests one rather than the JVM. */
    public static Optional<Path> runtimeUnderTest() {
        String configured = System.getProperty(RUNTIME_PROPERTY, "");
        return configured.isBlank() ? Optional.empty() : Optional.of(Path.of(configured).toAbsolutePath());
    }

    /** True when the children are the native executable (or a native layer's bootstrap), not a JVM. */
    public static boolean testsNativeRuntime() {
        return runtimeUnderTest().isPresent();
    }

    /** The command line of `llrt args...` with the flags the launchers use. */
    public static List<String> command(String... args) {
        return command(Map.of(), List.of(), args);
    }

    /**
     * The command line of `llrt args...`. {@code properties} become {@code -Dk=v} in both forms (the native
     * executable takes -D options before its arguments); {@code jvmOnly} options (heap, GC, logging of the JVM) are
     * for the JVM form only: the native executable's heap is what its own launcher gives it.
     */
    public static List<String> command(Map<String, String> properties, List<String> jvmOnly, String... args) {
        List<String> cmd = new ArrayList<>();
        Optional<Path> executable = runtimeUnderTest();
        if (executable.isPresent()) {
            cmd.add(executable.get().toString());
        } else {
            cmd.add(java());
            cmd.addAll(LAUNCHER_FLAGS);
            cmd.addAll(jvmOnly);
            // the native image has Vert.x's DNS switch built in; a JVM must be told (as ./llrt and bootstrap do)
            cmd.add("-Dvertx.disableDnsResolver=true");
        }
        String home = System.getProperty("llrt.home");
        if (home != null) {
            cmd.add("-Dllrt.home=" + home); // where the lowering scripts live
        }
        properties.forEach((k, v) -> cmd.add("-D" + k + "=" + v));
        if (executable.isEmpty()) {
            cmd.addAll(List.of("-cp", runtimeClassPath(), "dev.llrtj.Main"));
        }
        cmd.addAll(List.of(args));
        return cmd;
    }

    /**
     * The -Dllrt.sdk property giving a JVM child the SDK flavour Maven built; none for the native executable under
     * test, which must use the flavour its layer ships beside it (and holds in its image heap).
     */
    public static Map<String, String> embeddedSdk(Path flavour) {
        return testsNativeRuntime() ? Map.of() : Map.of("llrt.sdk", flavour.toString());
    }

    /** {@link #command} as one /bin/sh line, each word quoted (for the emulator's --runtime-command). */
    public static String shellCommand(List<String> command) {
        StringBuilder sb = new StringBuilder();
        for (String part : command) {
            sb.append(sb.isEmpty() ? "" : " ").append('\'').append(part.replace("'", "'\\''")).append('\'');
        }
        return sb.toString();
    }

    /**
     * The test class path without the test classes and resources: the runtime as it ships (target/classes and its
     * dependencies). The test resources' sdk/ scripts, seen as class path resources, hid the embedded SDK from
     * `llrt invoke`'s runtime child when llrt.home was set (ConnectionWarmupTest).
     */
    static String runtimeClassPath() {
        return java.util.Arrays.stream(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
                .filter(entry -> !Path.of(entry).getFileName().toString().equals("test-classes"))
                .collect(java.util.stream.Collectors.joining(java.io.File.pathSeparator));
    }

    /** This test JVM's java, for children that must be a JVM whatever runtime is under test. */
    public static String java() {
        return ProcessHandle.current().info().command().orElseThrow();
    }

    /** Starts every command at once in {@code dir} (outputs kept there as name.out/.err), then waits for each. */
    public static Map<String, Run> runAll(Path dir, Map<String, List<String>> commands, long timeoutSeconds)
            throws IOException, InterruptedException {
        Map<String, Process> started = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> c : commands.entrySet()) {
            started.put(c.getKey(), new ProcessBuilder(c.getValue()).directory(dir.toFile())
                    .redirectOutput(dir.resolve(c.getKey() + ".out").toFile())
                    .redirectError(dir.resolve(c.getKey() + ".err").toFile())
                    .start());
        }
        Map<String, Run> runs = new LinkedHashMap<>();
        for (Map.Entry<String, Process> p : started.entrySet()) {
            boolean ended = p.getValue().waitFor(timeoutSeconds, TimeUnit.SECONDS);
            if (!ended) {
                p.getValue().destroyForcibly();
            }
            runs.put(p.getKey(), new Run(ended ? p.getValue().exitValue() : -1,
                    Files.readString(dir.resolve(p.getKey() + ".out")), Files.readString(dir.resolve(p.getKey() + ".err"))));
        }
        return runs;
    }
}
