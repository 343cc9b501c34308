package dev.llrtj.dist;

import dev.llrtj.testsupport.CapturedLog;
import dev.llrtj.testsupport.LlrtProcesses;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.llrtj.emulator.Emulator;
import dev.llrtj.emulator.EmulatorConfig;
import dev.llrtj.emulator.InvokeResult;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;

/**
 * Shared steps of the packaging tests: where `mvn -Pdist package` put its output, unzipping as Lambda does
 * (unix permissions from the zip), bundling a handler as a user would, and invoking it through the emulator.
 */
final class DistFixture {
    static final ObjectMapper JSON = new ObjectMapper();

    private DistFixture() {}

    static Path project() {
        return Path.of(System.getProperty("llrt.home", System.getProperty("user.dir"))).toAbsolutePath();
    }

    static Path dist() {
        return project().resolve("target/dist");
    }

    /** The packaging tests check what -Pdist built; without it (a plain `mvn test`) there is nothing to check. */
    static Path requireDist(String relative) {
        Path path = dist().resolve(relative);
        assumeTrue(Files.exists(path), path + " is missing: build it with `mvn -Pdist -DskipTests package`");
        return path;
    }

    /** The build's switch for leaving the native image out of `mvn -Pdist` (pom.xml: the exec executions' skip). */
    static final String NATIVE_SKIP = "llrt.native.skip";

    /**
     * A native artifact of `mvn -Pdist package` (the executable, the native layers). -Pdist builds them, so one that
     * is missing is a failure; only a build told -Dllrt.native.skip=true skips the tests that need it.
     */
    static Path requireNative(String relative) {
        Path path = project().resolve("target").resolve(relative);
        if (!Files.exists(path)) {
            assumeFalse(Boolean.getBoolean(NATIVE_SKIP), path + " is missing: the build skipped the native image (-D"
                    + NATIVE_SKIP + "=true)");
            fail(path + " is missing: `mvn -Pdist package` builds it (-D" + NATIVE_SKIP + "=true to go without)");
        }
        return path;
    }

    static String arch() {
        String arch = System.getProperty("os.arch");
        return arch.equals("aarch64") || arch.equals("arm64") ? "arm64" : "x64";
    }

    /** Extracts like Lambda: files keep the unix mode stored in the zip, nothing else makes them executable. */
    static void unzip(Path zip, Path into) throws IOException {
        try (ZipFile file = ZipFile.builder().setPath(zip).get()) {
            for (Enumeration<ZipArchiveEntry> e = file.getEntries(); e.hasMoreElements(); ) {
                ZipArchiveEntry entry = e.nextElement();
                Path target = into.resolve(entry.getName()).normalize();
                if (!target.startsWith(into)) {
                    throw new IOException("entry escapes the folder: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                    continue;
                }
                Files.createDirectories(target.getParent());
                try (InputStream in = file.getInputStream(entry)) {
                    Files.copy(in, target);
                }
                Files.setPosixFilePermissions(target, permissions(entry.getUnixMode()));
            }
        }
    }

    static Set<PosixFilePermission> permissions(int mode) {
        Set<PosixFilePermission> set = EnumSet.noneOf(PosixFilePermission.class);
        PosixFilePermission[] bits = {
            PosixFilePermission.OTHERS_EXECUTE, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_READ,
            PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_READ,
            PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_READ};
        for (int i = 0; i < bits.length; i++) {
            if ((mode & (1 << i)) != 0) {
                set.add(bits[i]);
            }
        }
        return set;
    }

    /** `llrt bundle examples/hello/index.mjs -o taskRoot`, as a user does before deploying. */
    static void bundleHello(Path taskRoot) throws IOException, InterruptedException {
        Path entry = project().resolve("examples/hello/index.mjs");
        Path log = taskRoot.resolveSibling("bundle.log");
        Process p = new ProcessBuilder(LlrtProcesses.command("bundle", entry.toString(), "-o", taskRoot.toString()))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!p.waitFor(180, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("llrt bundle did not finish in 180 s");
        }
        if (p.exitValue() != 0 || !Files.isRegularFile(taskRoot.resolve("index.mjs"))) {
            throw new AssertionError("llrt bundle failed: " + Files.readString(log));
        }
    }

    static String shellQuote(Object s) {
        return "'" + s.toString().replace("'", "'\\''") + "'";
    }

    /** Invokes each event in turn on one emulator (so the second is warm) and returns the parsed results. */
    static List<JsonNode> invokeAll(EmulatorConfig config, CapturedLog log, String... events) throws Exception {
        try (Emulator emulator = Emulator.start(config, log.stream)) {
            JsonNode[] results = new JsonNode[events.length];
            for (int i = 0; i < events.length; i++) {
                InvokeResult r = emulator.invoke(events[i].getBytes(StandardCharsets.UTF_8)).get(90, TimeUnit.SECONDS);
                if (r.failed()) {
                    throw new AssertionError("invocation failed: " + r.payloadText() + "\nlog:\n" + log.text());
                }
                JsonNode node = JSON.readTree(r.payload());
                ((com.fasterxml.jackson.databind.node.ObjectNode) node).put("$requestId", r.requestId());
                results[i] = node;
            }
            return List.of(results);
        }
    }

    static EmulatorConfig config(Path taskRoot, String handler, String runtimeCommand, Map<String, String> env) {
        return new EmulatorConfig(taskRoot, handler, 0, 60, 128, "hello-dist", runtimeCommand, env, 60);
    }
}
