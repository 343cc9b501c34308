package dev.llrtj.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The JVM layer zips (llrt-lambda-<arch>-jvm*.zip; NativeLayerZipIT has the native ones) as Lambda uses them:
 * unzipped into an empty folder standing for /opt, a bundled handler in a task root, /opt/bootstrap started with
 * Lambda's environment against the emulator's Runtime API.
 */
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class LayerZipIT {
    @TempDir
    Path tmp;

    /** The JVM layers' names: llrt-lambda-<arch>-jvm<flavour>.zip (the native layers have the plain names). */
    private static String name(String flavour) {
        return "llrt-lambda-" + DistFixture.arch() + "-jvm" + flavour + ".zip";
    }

    private Path zip() {
        return DistFixture.requireDist(name("-no-sdk"));
    }

    @Test
    void zipHasAnExecutableBootstrapAtItsRootAndFitsLambdasLimits() throws Exception {
        Path zip = zip();
        LayerChecks.assertLayoutAndLimits(zip);
        LayerChecks.assertExecutableEntry(zip, "llrt-java/jre/bin/java"); // the jlink'd runtime
        assertTrue(LayerChecks.hasEntry(zip, "llrt-java/lib/llrt.jar"));
    }

    @Test
    void bootstrapFromTheLayerAnswersInvocations() throws Exception {
        LayerChecks.assertBootstrapAnswersTwoInvocations(zip(), tmp);
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
        Path std = DistFixture.requireDist(name(""));
        Path full = DistFixture.requireDist(name("-full-sdk"));
        for (Path zip : List.of(std, full)) {
            LayerChecks.assertLayoutAndLimits(zip);
            assertTrue(LayerChecks.hasEntry(zip, "llrt-java/sdk/manifest.json"), zip + " has its SDK manifest");
            assertTrue(LayerChecks.hasEntry(zip, "llrt-java/sdk/@aws-sdk/client-dynamodb.js"), zip.toString());
        }
        assertTrue(!LayerChecks.hasEntry(zip(), "llrt-java/sdk/manifest.json"), "no-sdk has no SDK");
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

    /** Each flavour's zip as Lambda mounts it serves a handler that uses its embedded SDK (LayerChecks). */
    @Test
    void everyFlavourServesAHandlerThatUsesItsEmbeddedSdk() throws Exception {
        Map<String, String> flavours = new java.util.LinkedHashMap<>();
        flavours.put(name(""), "@aws-sdk/client-sqs");
        flavours.put(name("-full-sdk"), "@aws-sdk/client-athena");
        flavours.put(name("-no-sdk"), null);
        LayerChecks.assertFlavoursServeTheirSdk(tmp, flavours, "llrt-java/sdk");
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
