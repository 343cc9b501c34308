package dev.llrtj.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.llrtj.testsupport.CapturedLog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.apache.commons.compress.archivers.zip.ZipFile;

/**
 * What every layer zip must do, JVM (LayerZipIT) or native (NativeLayerZipIT): the checks differ only in where the
 * layer keeps its SDK ({@code llrt-java/sdk/} or {@code llrt/sdk/}).
 */
final class LayerChecks {
    static final long LAMBDA_ZIPPED_LIMIT = 50L * 1024 * 1024;
    static final long LAMBDA_UNZIPPED_LIMIT = 250L * 1024 * 1024;

    private LayerChecks() {}

    /**
     * bootstrap at the root with mode 0755, every entry readable by all (Lambda unpacks layers as root and runs the
     * runtime as another user), and Lambda's size limits; returns the unzipped size.
     */
    static long assertLayoutAndLimits(Path zip) throws Exception {
        assertTrue(Files.size(zip) <= LAMBDA_ZIPPED_LIMIT, zip + " zipped " + Files.size(zip));
        long unzipped = 0;
        try (ZipFile file = ZipFile.builder().setPath(zip).get()) {
            var bootstrap = file.getEntry("bootstrap");
            assertTrue(bootstrap != null, zip + ": bootstrap at the zip's root");
            assertEquals(0755, bootstrap.getUnixMode() & 0777, zip + ": bootstrap's mode in the zip");
            for (var e : Collections.list(file.getEntries())) {
                unzipped += Math.max(0, e.getSize());
                assertEquals(0444, e.getUnixMode() & 0444, zip + ": " + e.getName() + " readable by all, mode "
                        + Integer.toOctalString(e.getUnixMode() & 0777));
            }
        }
        assertTrue(unzipped <= LAMBDA_UNZIPPED_LIMIT, zip + " unzipped " + unzipped);
        return unzipped;
    }

    /** The zip's entry {@code name} exists and has its owner's execute bit. */
    static void assertExecutableEntry(Path zip, String name) throws Exception {
        try (ZipFile file = ZipFile.builder().setPath(zip).get()) {
            var entry = file.getEntry(name);
            assertTrue(entry != null && (entry.getUnixMode() & 0100) != 0, zip + ": an executable " + name);
        }
    }

    /** Whether the zip has an entry of that name. */
    static boolean hasEntry(Path zip, String name) throws Exception {
        try (ZipFile file = ZipFile.builder().setPath(zip).get()) {
            return file.getEntry(name) != null;
        }
    }

    /**
     * The layer unzipped as /opt, the hello example bundled into a task root, /opt/bootstrap started by the emulator:
     * two invocations answered by one process (module state survives, only the first REPORT has an Init Duration).
     */
    static void assertBootstrapAnswersTwoInvocations(Path zip, Path tmp) throws Exception {
        Path opt = Files.createDirectory(tmp.resolve("opt"));
        DistFixture.unzip(zip, opt);
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
        assertEquals(first.path("initializedAt").asText(), second.path("initializedAt").asText());
        assertNotEquals(first.path("requestId").asText(), second.path("requestId").asText());
        assertEquals(1, log.text().split("Init Duration", -1).length - 1, log.text());
    }

    /**
     * Each flavour's zip (zip name -> a client package it embeds, null for no-sdk) as Lambda mounts it: a handler that
     * builds an embedded client (no node_modules of its own) answers through the Runtime API; no-sdk says it has
     * none. {@code sdkDir} is where the layer keeps its SDK. The warm-up is off: nothing may leave this machine.
     */
    static void assertFlavoursServeTheirSdk(Path tmp, Map<String, String> flavours, String sdkDir) throws Exception {
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
            String context = flavour.getKey() + ": " + result + "\n" + log.text();
            if (flavour.getValue() == null) {
                assertTrue(result.path("sdk").isNull(), context);
                assertEquals("MODULE_NOT_FOUND", result.path("error").asText(), context);
            } else {
                JsonNode manifest = DistFixture.JSON.readTree(opt.resolve(sdkDir).resolve("manifest.json").toFile());
                assertEquals(manifest.get("version").asText(), result.path("sdk").asText(), context);
                assertTrue(result.path("client").asText().endsWith("Client"), context);
                assertEquals("eu-west-1", result.path("region").asText(), context);
            }
        }
    }
}
