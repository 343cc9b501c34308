package dev.llrtj.sdk;

import dev.llrtj.testsupport.LlrtProcesses;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs a script of src/test/resources/sdk-it/ (or an `llrt` subcommand) as a child process with AWS variables
 * pointing at the local services, under llrt ({@link LlrtProcesses#command}: a JVM, or the native runtime under test)
 * or Node.js.
 *
 * <p>{@code -Dsdk.it.runtime=node} runs every script under Node.js instead: it checks the scripts and the services
 * themselves, independently of llrt. Node resolves the SDK from {@code $LLRT_TEST_NODE_MODULES}, else
 * bundles/sdk/node_modules (the same versions llrt embeds).
 */
final class SdkScript {
    static final String ACCESS_KEY = "sdkitaccess";
    static final String SECRET_KEY = "sdkitsecret";

    record Result(int code, String out, String err) {
        String lastLine() {
            List<String> lines = out.strip().lines().toList();
            return lines.isEmpty() ? "" : lines.getLast();
        }

        String describe() {
            return "exit " + code + "\n--- stdout\n" + out + "\n--- stderr\n" + err;
        }
    }

    private SdkScript() {}

    static Path home() {
        return Path.of(System.getProperty("llrt.home", ".")).toAbsolutePath().normalize();
    }

    static Path script(String name) {
        return home().resolve("src/test/resources/sdk-it").resolve(name);
    }

    static boolean underNode() {
        return "node".equals(System.getProperty("sdk.it.runtime"));
    }

    /** The environment a script gets: no AWS settings of the machine, dummy credentials, us-east-1. */
    static Map<String, String> awsEnv(Map<String, String> extra) {
        Map<String, String> env = new HashMap<>();
        System.getenv().forEach((k, v) -> {
            if (!k.startsWith("AWS_") && !k.startsWith("LLRT_SDK_")) {
                env.put(k, v);
            }
        });
        env.put("AWS_REGION", "us-east-1");
        env.put("AWS_ACCESS_KEY_ID", ACCESS_KEY);
        env.put("AWS_SECRET_ACCESS_KEY", SECRET_KEY);
        env.put("AWS_SDK_JS_SUPPRESS_MAINTENANCE_MODE_MESSAGE", "1");
        env.putAll(extra);
        return env;
    }

    /** Runs the script under the runtime chosen for this run (llrt unless -Dsdk.it.runtime=node). */
    static Result run(String name, Map<String, String> env) throws IOException, InterruptedException {
        return underNode() ? node(name, env) : llrt(env, script(name).toString());
    }

    /** `llrt args...` from the repository root, with the std-sdk flavour (the runtime under test's own if native). */
    static Result llrt(Map<String, String> env, String... args) throws IOException, InterruptedException {
        Path flavour = home().resolve("target/sdk/std-sdk");
        return exec(LlrtProcesses.command(LlrtProcesses.embeddedSdk(flavour), List.of(), args), env, home());
    }

    /**
     * The script under Node.js: copied into a scratch folder beside a node_modules link, as ES module resolution
     * has no NODE_PATH.
     */
    static Result node(String name, Map<String, String> env) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("sdk-it-node-");
        Files.createSymbolicLink(dir.resolve("node_modules"), nodeModules());
        Path copy = Files.copy(script(name), dir.resolve(name));
        try {
            return exec(List.of("node", copy.toString()), env, dir);
        } finally {
            Files.delete(copy);
            Files.delete(dir.resolve("node_modules"));
            Files.delete(dir);
        }
    }

    static Path nodeModules() {
        String configured = System.getenv("LLRT_TEST_NODE_MODULES");
        Path modules = configured != null && !configured.isBlank() ? Path.of(configured)
                : home().resolve("bundles/sdk/node_modules");
        if (!Files.isDirectory(modules.resolve("@aws-sdk"))) {
            throw new IllegalStateException("no AWS SDK for Node.js in " + modules
                    + " (npm ci in bundles/sdk, or set LLRT_TEST_NODE_MODULES)");
        }
        return modules.toAbsolutePath();
    }

    private static String text(Path file) throws IOException {
        return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    }

    static Result exec(List<String> cmd, Map<String, String> env, Path dir) throws IOException, InterruptedException {
        Path out = Files.createTempFile("sdk-it-", ".out");
        Path err = Files.createTempFile("sdk-it-", ".err");
        try {
            ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile())
                    .redirectOutput(out.toFile()).redirectError(err.toFile());
            pb.environment().clear();
            pb.environment().putAll(env);
            Process p = pb.start();
            if (!p.waitFor(240, TimeUnit.SECONDS)) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
                throw new AssertionError(String.join(" ", cmd) + " did not finish in 240 s; stderr:\n"
                        + text(err));
            }
            return new Result(p.exitValue(), text(out), text(err));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
