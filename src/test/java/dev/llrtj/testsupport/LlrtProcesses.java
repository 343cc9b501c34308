package dev.llrtj.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** `llrt` as a child JVM on the test class path: whole-process behaviour (exit codes, stdout, stderr). */
public final class LlrtProcesses {
    /** How one process ended: its exit code (-1 when it had to be killed), stdout and stderr. */
    public record Run(int code, String out, String err) {}

    private LlrtProcesses() {}

    /** The command line of `llrt args...` with the flags the launchers use. */
    public static List<String> command(String... args) {
        List<String> cmd = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElseThrow(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-XX:-UsePerfData", "-Xshare:auto",
                "-Dvertx.disableDnsResolver=true"));
        String home = System.getProperty("llrt.home");
        if (home != null) {
            cmd.add("-Dllrt.home=" + home); // where the lowering scripts live
        }
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), "dev.llrtj.Main"));
        cmd.addAll(List.of(args));
        return cmd;
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
