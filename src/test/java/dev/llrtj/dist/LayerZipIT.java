package dev.llrtj.dist;

import dev.llrtj.testsupport.CapturedLog;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The layer zip as Lambda uses it: unzipped into an empty folder standing for /opt, a bundled handler in a task
 * root, /opt/bootstrap started with Lambda's environment against the emulator's Runtime API.
 */
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class LayerZipIT {
    private static final long LAMBDA_ZIPPED_LIMIT = 50L * 1024 * 1024;
    private static final long LAMBDA_UNZIPPED_LIMIT = 250L * 1024 * 1024;

    @TempDir
    Path tmp;

    private Path zip() {
        return DistFixture.requireDist("llrt-lambda-" + DistFixture.arch() + "-no-sdk.zip");
    }

    @Test
    void zipHasAnExecutableBootstrapAtItsRootAndFitsLambdasLimits() throws Exception {
        Path zip = zip();
        assertTrue(Files.size(zip) <= LAMBDA_ZIPPED_LIMIT, "zipped " + Files.size(zip));
        long unzipped = 0;
        try (ZipFile file = ZipFile.builder().setPath(zip).get()) {
            var bootstrap = file.getEntry("bootstrap");
            assertTrue(bootstrap != null, "bootstrap at the zip's root");
            assertEquals(0755, bootstrap.getUnixMode() & 0777, "bootstrap's mode in the zip");
            var jvm = file.getEntry("llrt-java/jre/bin/java");
            assertTrue(jvm != null && (jvm.getUnixMode() & 0100) != 0, "an executable jlink'd java");
            assertTrue(file.getEntry("llrt-java/lib/llrt.jar") != null);
            for (var e : Collections.list(file.getEntries())) {
                unzipped += Math.max(0, e.getSize());
                // Lambda unpacks layers as root and runs the runtime as another user
                assertEquals(0444, e.getUnixMode() & 0444, e.getName() + " readable by all, mode "
                        + Integer.toOctalString(e.getUnixMode() & 0777));
            }
        }
        assertTrue(unzipped <= LAMBDA_UNZIPPED_LIMIT, "unzipped " + unzipped);
    }

    @Test
    void bootstrapFromTheLayerAnswersInvocations() throws Exception {
        Path opt = Files.createDirectory(tmp.resolve("opt"));
        DistFixture.unzip(zip(), opt);
        Path task = tmp.resolve("task");
        DistFixture.bundleHello(task);

        CapturedLog log = new CapturedLog();
        String command = "exec " + DistFixture.shellQuote(opt.resolve("bootstrap"));
        List<JsonNode> results = DistFixture.invokeAll(
                DistFixture.config(task, "index.handler", command, Map.of()), log,
                "{\"name\":\"layer\"}", "{\"name\":\"again\",\"extra\":1}");

        JsonNode first = DistFixture.JSON.readTree(results.get(0).path("body").asText());
        JsonNode second = DistFixture.JSON.readTree(results.get(1).path("body").asText());
        assertEquals(200, results.get(0).path("statusCode").asInt(), log.text());
        assertEquals("Hello, layer!", first.path("message").asText());
        assertEquals(results.get(0).path("$requestId").asText(), first.path("requestId").asText());
        assertEquals("Hello, again!", second.path("message").asText());
        assertEquals("[\"extra\"]", second.path("extraKeys").toString());
        // one runtime process served both: module state survived, only the first REPORT has an Init Duration
        assertEquals(first.path("initializedAt").asText(), second.path("initializedAt").asText());
        assertNotEquals(first.path("requestId").asText(), second.path("requestId").asText());
        assertEquals(1, log.text().split("Init Duration", -1).length - 1, log.text());
    }

    /** The heap is a share of the function's memory, so the JVM stays inside what Lambda allows it. */
    @Test
    void bootstrapSizesTheHeapFromTheFunctionMemory() throws Exception {
        Path opt = Files.createDirectory(tmp.resolve("opt"));
        DistFixture.unzip(zip(), opt);
        long small = maxHeapMb(opt, 128);
        long large = maxHeapMb(opt, 2048);
        assertTrue(small >= 48 && small <= 128 * 0.6, "128 MB function: heap " + small + " MB");
        assertTrue(large >= 2048 * 0.5 && large <= 2048 * 0.6, "2048 MB function: heap " + large + " MB");
    }

    /**
     * The layer's AOT cache (trained under target/dist/layer at 512 MB sizing) must still be accepted once the tree
     * sits elsewhere, at another heap size, with new file times (DistFixture.unzip does not keep them, as a plain
     * copy would not): -XX:AOTMode=on makes the JVM refuse to start if it is not. And it must
     * hold Rhino's built-in functions: with the jar as published, ~440 lambda classes were spun at every start
     * (PlainLambdas.java); a Rhino upgrade that defeats the rewrite shows here.
     */
    @Test
    void aotCacheServesTheLayerAtAnotherPathAndHeapSize() throws Exception {
        Path opt = Files.createDirectory(tmp.resolve("opt"));
        DistFixture.unzip(zip(), opt);
        assertTrue(Files.isRegularFile(opt.resolve("llrt-java/llrt.aot")), "the layer ships its AOT cache");
        Path classLog = tmp.resolve("classes.log");
        ProcessBuilder pb = new ProcessBuilder(opt.resolve("bootstrap").toString(), "-p", "6 * 7")
                .redirectErrorStream(true);
        pb.environment().put("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", "128");
        pb.environment().put("LLRT_JAVA_OPTS", "-XX:AOTMode=on -Xlog:class+load=info:file=" + classLog);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out);
        assertEquals("42", out.strip());
        List<String> loaded = Files.readAllLines(classLog);
        long rhinoFromCache = loaded.stream()
                .filter(l -> l.contains(" org.mozilla.javascript.") && l.contains("shared objects file")).count();
        List<String> rhinoLambdasSpun = loaded.stream()
                .filter(l -> l.contains(" org.mozilla.javascript.") && l.contains("$$Lambda")
                        && !l.contains("shared objects file"))
                .toList();
        assertTrue(rhinoFromCache > 500, "Rhino's classes come from the AOT cache: " + rhinoFromCache);
        assertTrue(rhinoLambdasSpun.size() < 20, rhinoLambdasSpun.size() + " Rhino lambda classes spun at start, e.g. "
                + rhinoLambdasSpun.stream().limit(3).toList());
    }

    /**
     * The SDK flavours are the no-sdk layer plus llrt-java/sdk/ (std-sdk under LLRT's default name), within Lambda's
     * limits, and bootstrap hands the flavour to the runtime.
     */
    @Test
    void sdkFlavoursCarryTheirSdkAndBootstrapFindsIt() throws Exception {
        Path std = DistFixture.requireDist("llrt-lambda-" + DistFixture.arch() + ".zip");
        Path full = DistFixture.requireDist("llrt-lambda-" + DistFixture.arch() + "-full-sdk.zip");
        for (Path zip : List.of(std, full)) {
            assertTrue(Files.size(zip) <= LAMBDA_ZIPPED_LIMIT, zip + " zipped " + Files.size(zip));
            long unzipped = 0;
            try (ZipFile file = ZipFile.builder().setPath(zip).get()) {
                assertTrue(file.getEntry("llrt-java/sdk/manifest.json") != null, zip + " has its SDK manifest");
                assertTrue(file.getEntry("llrt-java/sdk/@aws-sdk/client-dynamodb.js") != null, zip.toString());
                for (var e : Collections.list(file.getEntries())) {
                    unzipped += Math.max(0, e.getSize());
                }
            }
            assertTrue(unzipped <= LAMBDA_UNZIPPED_LIMIT, zip + " unzipped " + unzipped);
        }
        try (ZipFile file = ZipFile.builder().setPath(zip()).get()) {
            assertTrue(file.getEntry("llrt-java/sdk/manifest.json") == null, "no-sdk has no SDK");
        }
        Path opt = Files.createDirectory(tmp.resolve("opt"));
        DistFixture.unzip(std, opt);
        Process p = new ProcessBuilder(opt.resolve("bootstrap").toString(), "-p", "process.versions['@aws-sdk']")
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out);
        JsonNode manifest = DistFixture.JSON.readTree(opt.resolve("llrt-java/sdk/manifest.json").toFile());
        assertEquals(manifest.get("version").asText(), out.strip());
    }

    /**
     * Each flavour's zip as Lambda mounts it: a handler that builds an embedded client (no node_modules of its own)
     * answers through the Runtime API; no-sdk says it has none. The warm-up is off: nothing may leave this machine.
     */
    @Test
    void everyFlavourServesAHandlerThatUsesItsEmbeddedSdk() throws Exception {
        Map<String, String> flavours = new java.util.LinkedHashMap<>();
        flavours.put("llrt-lambda-" + DistFixture.arch() + ".zip", "@aws-sdk/client-sqs");
        flavours.put("llrt-lambda-" + DistFixture.arch() + "-full-sdk.zip", "@aws-sdk/client-athena");
        flavours.put("llrt-lambda-" + DistFixture.arch() + "-no-sdk.zip", null);
        for (Map.Entry<String, String> flavour : flavours.entrySet()) {
            Path root = Files.createDirectory(tmp.resolve(flavour.getKey().replace(".zip", "")));
            Path opt = Files.createDirectory(root.resolve("opt"));
            DistFixture.unzip(DistFixture.requireDist(flavour.getKey()), opt);
            Path task = Files.createDirectory(root.resolve("task"));
            // plain CommonJS: Rhino runs it as is, no Node needed where the layer runs
            Files.writeString(task.resolve("index.js"), """
                    exports.handler = function (event) {
                      var out = { sdk: process.versions['@aws-sdk'] || null };
                      try {
                        var mod = require(event.pkg);
                        var name = Object.keys(mod).filter(function (k) { return /Client$/.test(k); })[0];
                        var client = new mod[name]({ region: 'eu-west-1' });
                        out.client = name;
                        return client.config.region().then(function (region) {
                          out.region = region;
                          return out;
                        });
                      } catch (e) {
                        out.error = e.code || e.message;
                        return Promise.resolve(out); // a plain value from a non-async handler is null, as in Node
                      }
                    };
                    """);
            CapturedLog log = new CapturedLog();
            String command = "exec " + DistFixture.shellQuote(opt.resolve("bootstrap"));
            String pkg = flavour.getValue() == null ? "@aws-sdk/client-sqs" : flavour.getValue();
            JsonNode result = DistFixture.invokeAll(DistFixture.config(task, "index.handler", command,
                    Map.of("LLRT_SDK_CONNECTION_WARMUP", "0")), log, "{\"pkg\":\"" + pkg + "\"}").get(0);
            if (flavour.getValue() == null) {
                assertTrue(result.path("sdk").isNull(), flavour.getKey() + ": " + result);
                assertEquals("MODULE_NOT_FOUND", result.path("error").asText(), flavour.getKey() + ": " + result);
            } else {
                JsonNode manifest = DistFixture.JSON.readTree(opt.resolve("llrt-java/sdk/manifest.json").toFile());
                assertEquals(manifest.get("version").asText(), result.path("sdk").asText(), flavour.getKey() + ": " + result + log.text());
                assertTrue(result.path("client").asText().endsWith("Client"), flavour.getKey() + ": " + result + log.text());
                assertEquals("eu-west-1", result.path("region").asText(), flavour.getKey() + ": " + result + log.text());
            }
        }
    }

    private static long maxHeapMb(Path opt, int memoryMb) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(opt.resolve("bootstrap").toString(), "-p", "1")
                .redirectErrorStream(true);
        pb.environment().put("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", Integer.toString(memoryMb));
        pb.environment().put("LLRT_JAVA_OPTS", "-XX:+PrintFlagsFinal");
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out);
        Matcher m = Pattern.compile("size_t MaxHeapSize\\s+=\\s+(\\d+)").matcher(out);
        assertTrue(m.find(), out);
        return Long.parseLong(m.group(1)) / (1024 * 1024);
    }
}
