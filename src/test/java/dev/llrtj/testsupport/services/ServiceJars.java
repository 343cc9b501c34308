package dev.llrtj.testsupport.services;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A service's jars, copied from Maven Central by `mvn dependency:copy-dependencies` on its tiny pom under
 * src/test/resources/services/ into {@code ~/.cache/llrt-test-services/<pom>-<pom hash>/} (or
 * {@code $LLRT_TEST_SERVICES_CACHE}): once per machine and pom content, shared by worktrees and Maven runs, under a
 * file lock so concurrent runs fetch it once.
 */
final class ServiceJars {
    private static final String DEPENDENCY_PLUGIN = "org.apache.maven.plugins:maven-dependency-plugin:3.8.1";

    private ServiceJars() {}

    static Path cacheRoot() {
        String configured = System.getenv("LLRT_TEST_SERVICES_CACHE");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        return Path.of(System.getProperty("user.home"), ".cache", "llrt-test-services");
    }

    static Path pom(String name) {
        String home = System.getProperty("llrt.home", ".");
        return Path.of(home, "src", "test", "resources", "services", name + ".pom.xml").toAbsolutePath();
    }

    /** The folder holding the service's jars, fetched first when missing. */
    static Path fetch(String name) throws IOException, InterruptedException {
        Path pom = pom(name);
        Path root = cacheRoot();
        Files.createDirectories(root);
        Path dir = root.resolve(name + "-" + shortHash(Files.readAllBytes(pom)));
        if (hasJars(dir)) {
            return dir;
        }
        try (FileChannel lockFile = FileChannel.open(root.resolve(name + ".lock"),
                StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock ignored = lockFile.lock()) {
            if (hasJars(dir)) {
                return dir;
            }
            Path staging = Files.createTempDirectory(root, name + "-staging-");
            Path log = root.resolve(name + "-fetch.log");
            ProcessBuilder mvn = new ProcessBuilder("mvn", "-B", "-q", "-f", pom.toString(),
                    DEPENDENCY_PLUGIN + ":copy-dependencies", "-DoutputDirectory=" + staging)
                    .redirectErrorStream(true).redirectOutput(log.toFile());
            mvn.environment().put("JAVA_HOME", System.getProperty("java.home"));
            Process p = mvn.start();
            if (!p.waitFor(10, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new IOException("fetching " + name + " took over 10 minutes; see " + log);
            }
            if (p.exitValue() != 0 || !hasJars(staging)) {
                throw new IOException("fetching " + name + " from Maven Central failed (" + p.exitValue() + "):\n"
                        + LocalService.tail(log, 40));
            }
            Files.move(staging, dir, StandardCopyOption.ATOMIC_MOVE);
            return dir;
        }
    }

    private static boolean hasJars(Path dir) {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> jars = files.filter(f -> f.toString().endsWith(".jar")).toList();
            return !jars.isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String shortHash(byte[] content) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(content);
            return HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
