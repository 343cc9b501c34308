package dev.llrtj.testsupport.services;

import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One service running as a child JVM on a free 127.0.0.1 port, its output in a log file. Ready when its port answers
 * HTTP with any status (these servers answer a bare GET / with 200 or 400 once they serve requests).
 */
public final class LocalService implements AutoCloseable {
    private static final Duration START_TIMEOUT = Duration.ofSeconds(180);

    private final String name;
    private final Process process;
    private final int port;
    private final Path log;
    private final long startMillis;

    private LocalService(String name, Process process, int port, Path log, long startMillis) {
        this.name = name;
        this.process = process;
        this.port = port;
        this.log = log;
        this.startMillis = startMillis;
    }

    /** What a service needs to start: its jars' pom name and the JVM arguments after the class path. */
    interface Launch {
        String pomName();

        /** Main class and arguments (and any -D flags before the main class, in {@link #jvmFlags}). */
        List<String> mainAndArgs(int port, Path workDir);

        default List<String> jvmFlags(int port, Path jarDir, Path workDir) {
            return List.of();
        }

        /** Extra class path entries before the service's jars (e.g. a launcher class of ours). */
        default List<String> extraClassPath() {
            return List.of();
        }
    }

    static LocalService start(String name, Launch launch, Path logDir) throws IOException, InterruptedException {
        Path jars = ServiceJars.fetch(launch.pomName());
        int port = freePort();
        Path workDir = Files.createDirectories(logDir.resolve(name + "-" + port));
        Path log = logDir.resolve(name + "-" + port + ".log");
        List<String> cmd = new ArrayList<>(List.of(java(), "-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-XX:-UsePerfData"));
        cmd.addAll(launch.jvmFlags(port, jars, workDir));
        List<String> classPath = new ArrayList<>(launch.extraClassPath());
        classPath.add(jars.toAbsolutePath() + File.separator + "*");
        cmd.add("-cp");
        cmd.add(String.join(File.pathSeparator, classPath));
        cmd.addAll(launch.mainAndArgs(port, workDir));
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(cmd).directory(workDir.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        LocalService service = new LocalService(name, p, port, log, 0);
        long deadline = t0 + START_TIMEOUT.toNanos();
        while (!service.answersHttp()) {
            if (!p.isAlive() || System.nanoTime() > deadline) {
                service.close();
                throw new IOException(name + (p.isAlive() ? " did not answer within " + START_TIMEOUT.toSeconds() + " s"
                        : " exited with " + p.exitValue()) + "; the end of " + log + ":\n" + tail(log, 60));
            }
            Thread.sleep(50);
        }
        long millis = (System.nanoTime() - t0) / 1_000_000;
        System.err.println("[test services] " + name + " ready on 127.0.0.1:" + port + " in " + millis + " ms (log " + log + ")");
        return new LocalService(name, p, port, log, millis);
    }

    public String name() {
        return name;
    }

    public String endpoint() {
        return "http://127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    public Path log() {
        return log;
    }

    /** Wall time from spawning the JVM to the first HTTP answer. */
    public long startMillis() {
        return startMillis;
    }

    private boolean answersHttp() {
        try (Socket probe = new Socket()) {
            probe.connect(new java.net.InetSocketAddress(InetAddress.getLoopbackAddress(), port), 200);
        } catch (IOException e) {
            return false;
        }
        try (HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build()) {
            HttpResponse<Void> r = client.send(HttpRequest.newBuilder(URI.create(endpoint() + "/"))
                    .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.discarding());
            return r.statusCode() > 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public void close() {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    static String java() {
        return ProcessHandle.current().info().command()
                .orElse(System.getProperty("java.home") + File.separator + "bin" + File.separator + "java");
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    static String tail(Path file, int lines) {
        try {
            List<String> all = new String(Files.readAllBytes(file), StandardCharsets.UTF_8).lines().toList();
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }
}
