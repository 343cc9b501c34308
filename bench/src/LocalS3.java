import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * local-s3 (io.github.robothy:local-s3-rest, copied into bench/.cache/ by bench/run), in memory, path-style, on a
 * loopback port, started through the tests' own launcher (LocalS3Main, run from its source file); the benchmark's
 * bucket is created with a raw PUT (local-s3 does not check signatures) so the harness needs no SDK.
 */
final class LocalS3 implements AutoCloseable {
    private final Process process;
    private final int port;

    private LocalS3(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    static LocalS3 start(Path root, Path libDir, int port, Path log) throws IOException, InterruptedException {
        Path launcher = root.resolve("src/test/java/dev/llrtj/testsupport/services/LocalS3Main.java");
        Process p = ServiceProcess.launch(log, List.of("-cp", libDir.toAbsolutePath() + File.separator + "*",
                launcher.toString(), Integer.toString(port)));
        LocalS3 s3 = new LocalS3(p, port);
        ServiceProcess.await(p, "local-s3", log, s3::answers);
        return s3;
    }

    String endpoint() {
        return "http://127.0.0.1:" + port;
    }

    void createBucket(String name) throws IOException, InterruptedException {
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(endpoint() + "/" + name))
                .timeout(Duration.ofSeconds(10)).PUT(HttpRequest.BodyPublishers.noBody()).build());
        if (r.statusCode() != 200) {
            throw new IOException("CreateBucket answered " + r.statusCode() + ": " + r.body());
        }
    }

    private boolean answers() throws IOException, InterruptedException {
        send(HttpRequest.newBuilder(URI.create(endpoint() + "/")).timeout(Duration.ofSeconds(5)).GET().build());
        return true;
    }

    private static HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        }
    }

    @Override
    public void close() {
        ServiceProcess.stop(process);
    }
}
