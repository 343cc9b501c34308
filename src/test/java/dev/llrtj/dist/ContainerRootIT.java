package dev.llrtj.dist;

import dev.llrtj.testsupport.CapturedLog;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The container image's file tree (target/dist/container-root, which docker/Dockerfile copies into the image as
 * is): its `llrt`, found on PATH as the image's CMD finds it, runs a function with LAMBDA_HANDLER.
 */
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class ContainerRootIT {
    @TempDir
    Path tmp;

    @Test
    void treeHasTheLauncherOnPathAndTheRuntimeBesideIt() throws Exception {
        Path root = DistFixture.requireDist("container-root");
        assertTrue(Files.isExecutable(root.resolve("usr/local/bin/llrt")));
        assertTrue(Files.isExecutable(root.resolve("usr/local/lib/llrt-java/jre/bin/java")));
        assertTrue(Files.isRegularFile(root.resolve("usr/local/lib/llrt-java/lib/llrt.jar")));
        assertTrue(Files.isDirectory(root.resolve("var/task")));
        assertTrue(Files.isRegularFile(root.resolve("usr/local/lib/llrt-java/llrt.aot")), "the trained AOT cache");

        String dockerfile = Files.readString(DistFixture.project().resolve("docker/Dockerfile"));
        assertTrue(dockerfile.contains("COPY target/dist/container-root/ /"), "the image is this tree");
        assertTrue(dockerfile.contains("CMD [\"llrt\"]"));
        assertTrue(dockerfile.contains("WORKDIR /var/task"));
    }

    /** The cache was trained where the tree was built; the JVM must still take it, or it only costs space. */
    @Test
    void theAotCacheIsUsedFromAnotherPlace() throws Exception {
        Path root = DistFixture.requireDist("container-root");
        Path copy = tmp.resolve("elsewhere/deeper/than/before");
        Files.createDirectories(copy);
        ProcessBuilder cp = new ProcessBuilder("cp", "-a", root.resolve("usr").toString(), copy.toString());
        assertEquals(0, cp.start().waitFor());
        ProcessBuilder pb = new ProcessBuilder(copy.resolve("usr/local/bin/llrt").toString(), "-p", "6 * 7")
                .redirectErrorStream(true);
        pb.environment().put("LLRT_JAVA_OPTS", "-Xlog:class+load=info");
        Process p = pb.start();
        List<String> lines = new String(p.getInputStream().readAllBytes()).lines().toList();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertTrue(lines.contains("42"), "the result among the class-load lines");
        long fromCache = lines.stream()
                .filter(l -> l.contains("org.mozilla.javascript.") && l.contains("source: shared objects file"))
                .count();
        assertTrue(fromCache > 100, "Rhino classes from the AOT cache: " + fromCache);
    }

    @Test
    void llrtOnPathRunsTheFunctionNamedByLambdaHandler() throws Exception {
        servesHelloFrom(DistFixture.requireDist("container-root"));
    }

    /** The native variant (docker/Dockerfile.native): the same launcher contract, the native executable behind it. */
    @Test
    void nativeTreeRunsTheFunctionNamedByLambdaHandlerWithItsEmbeddedSdk() throws Exception {
        Path root = DistFixture.requireDist("container-root-native");
        Path exe = root.resolve("usr/local/lib/llrt/llrt");
        assertTrue(Files.isExecutable(exe), "the native executable beside the launcher");
        assertTrue(Files.isRegularFile(root.resolve("usr/local/lib/llrt/sdk/manifest.json")), "std-sdk beside it");
        String dockerfile = Files.readString(DistFixture.project().resolve("docker/Dockerfile.native"));
        assertTrue(dockerfile.contains("COPY target/dist/container-root-native/ /"), "the image is this tree");
        servesHelloFrom(root);
    }

    /**
     * Issue 14 item 4, the docker-less check: the image started without AWS_LAMBDA_RUNTIME_API (as `docker run -p
     * 9000:8080 image` outside Lambda) answers `curl -d '{}' localhost:8080/2015-03-31/functions/function/invocations`
     * by itself, as AWS base images do through the Runtime Interface Emulator.
     */
    @Test
    void treeStartedOutsideLambdaAnswersTheInvokeEndpointOn8080() throws Exception {
        answersOn8080(DistFixture.requireDist("container-root"));
    }

    @Test
    void nativeTreeStartedOutsideLambdaAnswersTheInvokeEndpointOn8080() throws Exception {
        answersOn8080(DistFixture.requireDist("container-root-native"));
    }

    private void answersOn8080(Path root) throws Exception {
        Path task = tmp.resolve("task");
        DistFixture.bundleHello(task);
        // the image's ENV and CMD (docker/Dockerfile*): LAMBDA_TASK_ROOT, LAMBDA_HANDLER, `llrt` on PATH
        ProcessBuilder pb = new ProcessBuilder("llrt").redirectErrorStream(true)
                .redirectOutput(tmp.resolve("llrt.log").toFile()).directory(task.toFile());
        pb.environment().clear();
        pb.environment().put("PATH", root.resolve("usr/local/bin") + ":/usr/bin:/bin");
        pb.environment().put("LAMBDA_TASK_ROOT", task.toString());
        pb.environment().put("LAMBDA_HANDLER", "index.handler");
        pb.command(root.resolve("usr/local/bin/llrt").toString());
        Process llrt = pb.start();
        try {
            var answer = dev.llrtj.testsupport.InvokeProbe.postUntilListening(
                    "http://localhost:8080/2015-03-31/functions/function/invocations", "{}", llrt);
            assertEquals(200, answer.statusCode(), answer.body());
            JsonNode result = DistFixture.JSON.readTree(answer.body());
            assertEquals(200, result.path("statusCode").asInt(), answer.body());
            assertEquals("Hello, world!", DistFixture.JSON.readTree(result.path("body").asText()).path("message")
                    .asText(), answer.body());
        } finally {
            llrt.toHandle().descendants().forEach(ProcessHandle::destroyForcibly);
            llrt.destroyForcibly();
        }
    }

    private void servesHelloFrom(Path root) throws Exception {
        Path task = tmp.resolve("task");
        DistFixture.bundleHello(task);

        // Lambda gives images no _HANDLER of their own: LAMBDA_HANDLER (set by the image) must win over it
        String command = "PATH=" + DistFixture.shellQuote(root.resolve("usr/local/bin")) + ":/usr/bin:/bin exec llrt";
        CapturedLog log = new CapturedLog();
        List<JsonNode> results = DistFixture.invokeAll(
                DistFixture.config(task, "absent.handler", command, Map.of("LAMBDA_HANDLER", "index.handler")), log,
                "{\"name\":\"container\"}");
        JsonNode body = DistFixture.JSON.readTree(results.get(0).path("body").asText());
        assertEquals(200, results.get(0).path("statusCode").asInt(), log.text());
        assertEquals("Hello, container!", body.path("message").asText());
        assertEquals(results.get(0).path("$requestId").asText(), body.path("requestId").asText());
    }
}
