import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** The child JVM of a local service (DynamoDB Local, local-s3): started with its log beside, awaited, stopped. */
final class ServiceProcess {
    /** Whether the service answers yet; an IOException (nothing listening yet, a reset) counts as not yet. */
    interface Probe {
        boolean answers() throws IOException, InterruptedException;
    }

    private ServiceProcess() {}

    /** Starts this JVM's java with `args`, in the log's folder (DynamoDB Local writes a file into its working one). */
    static Process launch(Path log, List<String> args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(List.of("-Xmx256m", "-XX:+UseSerialGC"));
        command.addAll(args);
        return new ProcessBuilder(command).directory(log.getParent().toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    /** Waits up to two minutes for `probe` to answer; stops the process and fails when it dies or never does. */
    static void await(Process p, String name, Path log, Probe probe) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (!answers(probe)) {
            if (!p.isAlive() || System.nanoTime() > deadline) {
                stop(p);
                throw new IOException(name + " did not start; see " + log);
            }
            Thread.sleep(200);
        }
    }

    private static boolean answers(Probe probe) throws InterruptedException {
        try {
            return probe.answers();
        } catch (IOException e) {
            return false;
        }
    }

    static void stop(Process process) {
        process.destroy();
        try {
            if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
