package dev.llrtj.testsupport.services;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;

/**
 * The services, started on first use and shared by every test class of this JVM (one Maven Surefire fork); a
 * shutdown hook stops them. {@link #startAll()} starts the three in parallel, which on 2 cores is about as long as
 * the slowest alone. Logs go to target/test-services/.
 */
public final class TestServices {
    /** DynamoDB Local 2.6.1 (Java 17+), in memory, one database for every access key and region. */
    static final LocalService.Launch DYNAMODB = new LocalService.Launch() {
        @Override
        public String pomName() {
            return "dynamodb-local";
        }

        @Override
        public List<String> jvmFlags(int port, Path jarDir, Path workDir) {
            return List.of("-Dsqlite4java.library.path=" + jarDir.toAbsolutePath());
        }

        @Override
        public List<String> mainAndArgs(int port, Path workDir) {
            return List.of("com.amazonaws.services.dynamodbv2.local.main.ServerRunner",
                    "-inMemory", "-sharedDb", "-disableTelemetry", "-port", Integer.toString(port));
        }
    };

    /** local-s3 2.4 (Netty, path-style), in memory: starts in a fraction of S3Mock's time. */
    static final LocalService.Launch S3 = new LocalService.Launch() {
        @Override
        public String pomName() {
            return "local-s3";
        }

        @Override
        public List<String> extraClassPath() {
            return List.of(ownClassesDir().toString());
        }

        @Override
        public List<String> mainAndArgs(int port, Path workDir) {
            return List.of(LocalS3Main.class.getName(), Integer.toString(port));
        }
    };

    /** ElasticMQ 1.7.1: SQS with the JSON protocol (and the query protocol); queue URLs name 127.0.0.1:port. */
    static final LocalService.Launch SQS = new LocalService.Launch() {
        @Override
        public String pomName() {
            return "elasticmq";
        }

        @Override
        public List<String> jvmFlags(int port, Path jarDir, Path workDir) {
            return List.of("-Drest-sqs.bind-hostname=127.0.0.1", "-Drest-sqs.bind-port=" + port,
                    "-Dnode-address.host=127.0.0.1", "-Dnode-address.port=" + port, "-Drest-stats.enabled=false");
        }

        @Override
        public List<String> mainAndArgs(int port, Path workDir) {
            return List.of("org.elasticmq.server.Main");
        }
    };

    private static final Map<String, CompletableFuture<LocalService>> RUNNING = new ConcurrentHashMap<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> RUNNING.values().forEach(f -> {
            if (f.isDone() && !f.isCompletedExceptionally()) {
                f.join().close();
            }
        }), "test-services-stop"));
    }

    private TestServices() {}

    public static LocalService dynamoDb() {
        return get("dynamodb-local", DYNAMODB);
    }

    public static LocalService s3() {
        return get("local-s3", S3);
    }

    public static LocalService sqs() {
        return get("elasticmq", SQS);
    }

    /** Starts whatever is not running yet, in parallel, and waits for all three. */
    public static void startAll() {
        List<CompletableFuture<LocalService>> all = List.of(
                starting("dynamodb-local", DYNAMODB), starting("local-s3", S3), starting("elasticmq", SQS));
        all.forEach(TestServices::await);
    }

    /**
     * Waits for one service, having started the other two as well: a test run that needs one usually needs all,
     * and starting them together overlaps their start-up.
     */
    private static LocalService get(String name, LocalService.Launch launch) {
        starting("dynamodb-local", DYNAMODB);
        starting("local-s3", S3);
        starting("elasticmq", SQS);
        return await(starting(name, launch));
    }

    private static CompletableFuture<LocalService> starting(String name, LocalService.Launch launch) {
        return RUNNING.computeIfAbsent(name, n -> CompletableFuture.supplyAsync(() -> {
            try {
                return LocalService.start(n, launch, logDir());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }));
    }

    private static LocalService await(CompletableFuture<LocalService> future) {
        try {
            return future.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("a test service failed to start: " + e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Path logDir() throws IOException {
        return Files.createDirectories(Path.of(System.getProperty("llrt.home", "."), "target", "test-services")
                .toAbsolutePath());
    }

    /** target/test-classes (or wherever this class was loaded from): holds {@link LocalS3Main}. */
    private static Path ownClassesDir() {
        try {
            return Path.of(LocalS3Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
