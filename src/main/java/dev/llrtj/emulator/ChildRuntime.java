package dev.llrtj.emulator;

import io.vertx.core.http.HttpServerRequest;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * One runtime process and the Runtime API state that belongs to it. Fields other than the process are touched
 * only on the emulator's event loop.
 */
final class ChildRuntime {
    final Process process;
    final long spawnNanos;

    /** Nanos of the first GET next: the end of init. -1 while initialising. */
    long initDoneNanos = -1;
    boolean initDurationReported;
    boolean initFailed;
    /** We killed it (timeout, init failure): its exit is expected and must not fail anything else. */
    boolean killedByUs;
    /** Runs code that has since changed (serve --watch): ended once not busy, never handed new work. */
    boolean stale;
    HttpServerRequest parkedNext;
    PendingInvoke busy;
    long initTimer = -1;
    long memoryTimer = -1;
    private final ProcessMemory memory;

    private ChildRuntime(Process process, long spawnNanos) {
        this.process = process;
        this.spawnNanos = spawnNanos;
        this.memory = new ProcessMemory(process.toHandle());
    }

    static ChildRuntime spawn(List<String> command, EmulatorConfig config, Map<String, String> env, PrintStream log)
            throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(config.taskRoot().toFile());
        builder.environment().clear();
        builder.environment().putAll(env);
        long start = System.nanoTime();
        Process process = builder.start();
        process.getOutputStream().close();
        ChildRuntime child = new ChildRuntime(process, start);
        pump(process.getInputStream(), log, "stdout-" + process.pid());
        pump(process.getErrorStream(), log, "stderr-" + process.pid());
        return child;
    }

    boolean initialised() {
        return initDoneNanos >= 0;
    }

    double initDurationMs() {
        return (initDoneNanos - spawnNanos) / 1e6;
    }

    long peakMemoryMb() {
        return memory.peakMb();
    }

    /** SIGKILL for the whole tree, like Lambda tearing down a sandbox; a shell wrapper must not leave orphans. */
    void kill() {
        killedByUs = true;
        process.toHandle().descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }

    /**
     * Line by line so that function logs never split a START/END/REPORT line. Daemon threads: a blocked read must
     * not keep the emulator alive.
     */
    private static void pump(InputStream in, PrintStream log, String name) {
        Thread thread = new Thread(() -> {
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                String line;
                while ((line = reader.readLine()) != null) {
                    log.println(line);
                }
            } catch (IOException e) {
                // the stream closes when the child dies
            }
        }, "llrt-child-" + name);
        thread.setDaemon(true);
        thread.start();
    }
}
