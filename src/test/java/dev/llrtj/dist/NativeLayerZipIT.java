package dev.llrtj.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The native layer zips (llrt-lambda-<arch>{-no-sdk,,-full-sdk}.zip: bootstrap + llrt/{llrt, *.so, sdk/}) as Lambda
 * uses them: unzipped into an empty folder standing for /opt, /opt/bootstrap started with Lambda's environment.
 */
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class NativeLayerZipIT {
    /** The issue's target for the default (std-sdk) native layer, well under Lambda's 50 MB. */
    private static final long STD_SDK_ZIPPED_TARGET = 30L * 1024 * 1024;
    /** glibc's own libraries (and the kernel's vDSO): provided.al2023 has them, nothing else may come from outside. */
    private static final Set<String> GLIBC = Set.of("linux-vdso.so.1", "ld-linux-x86-64.so.2", "ld-linux-aarch64.so.1",
            "libc.so.6", "libm.so.6", "libpthread.so.0", "libdl.so.2", "librt.so.1", "libresolv.so.2", "libutil.so.1");
    private static final Pattern LDD_LINE = Pattern.compile("^\\s*(\\S+)(?:\\s+=>\\s+(.*?))?\\s+\\(0x[0-9a-f]+\\)\\s*$");

    @TempDir
    Path tmp;

    private static String name(String flavour) {
        return "llrt-lambda-" + DistFixture.arch() + flavour + ".zip";
    }

    private static Path zip(String flavour) {
        return DistFixture.requireNative("dist/" + name(flavour));
    }

    private Path unzipped(String flavour) throws Exception {
        Path opt = Files.createDirectories(tmp.resolve("opt" + flavour));
        DistFixture.unzip(zip(flavour), opt);
        return opt;
    }

    @Test
    void everyFlavourHasBootstrapAndTheExecutableReadableByAllWithinLambdasLimits() throws Exception {
        for (String flavour : List.of("-no-sdk", "", "-full-sdk")) {
            Path zip = zip(flavour);
            LayerChecks.assertLayoutAndLimits(zip);
            LayerChecks.assertExecutableEntry(zip, "llrt/llrt");
            assertFalse(LayerChecks.hasEntry(zip, "llrt-java/lib/llrt.jar"), zip + ": no JVM runtime in a native layer");
            assertEquals(!flavour.equals("-no-sdk"), LayerChecks.hasEntry(zip, "llrt/sdk/manifest.json"),
                    zip + ": an SDK manifest exactly in the SDK flavours");
        }
        assertTrue(LayerChecks.hasEntry(zip(""), "llrt/sdk/@aws-sdk/client-dynamodb.js"));
    }

    @Test
    void theStdSdkLayerMeetsTheIssuesThirtyMegabyteTarget() throws Exception {
        long zipped = Files.size(zip(""));
        assertTrue(zipped <= STD_SDK_ZIPPED_TARGET, name("") + " is " + zipped / 1024 + " KiB zipped, target 30 MiB");
    }

    @Test
    void theNoSdkLayerCarriesAnExecutableWithoutTheSdksHeap() throws Exception {
        // built with build-native.sh's no-sdk flavour: the std-sdk executable's image heap holds ~16 MB of the SDK's
        // prepared objects, which cost every start resident pages whether it imports the SDK or not
        long noSdk = entrySize(zip("-no-sdk"), "llrt/llrt");
        long std = entrySize(zip(""), "llrt/llrt");
        assertTrue(std - noSdk > 8_000_000, "no-sdk executable " + noSdk + " bytes, std-sdk " + std);
        assertEquals(std, entrySize(zip("-full-sdk"), "llrt/llrt"), "full-sdk shares std-sdk's executable");
    }

    private static long entrySize(Path zip, String entry) throws Exception {
        try (java.util.zip.ZipFile file = new java.util.zip.ZipFile(zip.toFile())) {
            return file.getEntry(entry).getSize();
        }
    }

    @Test
    void bootstrapFromTheLayerAnswersTwoInvocationsFromOneProcess() throws Exception {
        LayerChecks.assertBootstrapAnswersTwoInvocations(zip("-no-sdk"), tmp);
    }

    @Test
    void everyFlavourServesAHandlerThatUsesItsEmbeddedSdk() throws Exception {
        Map<String, String> flavours = new LinkedHashMap<>();
        flavours.put(name(""), "@aws-sdk/client-sqs");
        flavours.put(name("-full-sdk"), "@aws-sdk/client-athena");
        flavours.put(name("-no-sdk"), null);
        LayerChecks.assertFlavoursServeTheirSdk(tmp, flavours, "llrt/sdk");
    }

    @Test
    void bootstrapReportsTheSdkVersionOfItsManifest() throws Exception {
        for (String flavour : List.of("", "-full-sdk")) {
            Path opt = unzipped(flavour);
            Process p = new ProcessBuilder(opt.resolve("bootstrap").toString(), "-p", "process.versions['@aws-sdk']")
                    .redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(p.waitFor(60, TimeUnit.SECONDS));
            assertEquals(0, p.exitValue(), out);
            String version = DistFixture.JSON.readTree(opt.resolve("llrt/sdk/manifest.json").toFile()).get("version").asText();
            assertEquals(version, out.strip(), name(flavour));
        }
    }

    /**
     * bootstrap gives the executable -Xmx from AWS_LAMBDA_FUNCTION_MEMORY_SIZE (its exec keeps the pid, so the
     * running executable's /proc/pid/cmdline shows it), and the executable honours it: 96 MiB of live typed arrays
     * fit a 2048 MB function's heap but not a 128 MB one's. Without the sizing the native default (a share of the
     * machine's memory) would let both through.
     */
    @Test
    void bootstrapSizesTheHeapFromTheFunctionMemory() throws Exception {
        Path opt = unzipped("-no-sdk");
        assertEquals(61, heapFlagMb(opt, 128), "(128 - 40) * 70% MB");
        assertEquals(1405, heapFlagMb(opt, 2048), "(2048 - 40) * 70% MB");
        String allocate = "var kept = []; for (var i = 0; i < 96; i++) kept.push(new Uint8Array(1 << 20)); "
                + "console.log('allocated ' + kept.length);";
        Run small = bootstrap(opt, 128, "-e", allocate);
        Run large = bootstrap(opt, 2048, "-e", allocate);
        assertEquals("allocated 96", large.out.strip(), "2048 MB function: " + large);
        assertFalse(small.out.contains("allocated"), "128 MB function kept 96 MiB: " + small);
        assertTrue(small.code != 0, "128 MB function: " + small);
    }

    /**
     * A user's own heap size (LLRT_NATIVE_OPTS or an argument) replaces the bootstrap's three sizes: with ours kept
     * too, a 512 MB function's -Xms165m above the user's -Xmx64m refused to start at all.
     */
    @Test
    void aUsersSmallerHeapReplacesTheBootstrapsSizes() throws Exception {
        Path opt = unzipped("-no-sdk");
        String allocate = "var kept = []; for (var i = 0; i < 96; i++) kept.push(new Uint8Array(1 << 20)); "
                + "console.log('allocated ' + kept.length);";
        Run asArgument = bootstrap(opt, 512, "-Xmx64m", "-e", "console.log('started')");
        assertEquals("started", asArgument.out.strip(), asArgument.toString());
        Run inOptions = bootstrapWithOptions(opt, 512, "-Xmx64m", "-e", allocate);
        assertFalse(inOptions.out.contains("allocated"), "the user's 64 MB heap kept 96 MiB: " + inOptions);
        assertTrue(inOptions.err.contains("out of memory"), inOptions.toString());
        Run unsized = bootstrap(opt, 512, "-e", allocate);
        assertEquals("allocated 96", unsized.out.strip(), "512 MB function: " + unsized);
    }

    /**
     * The executable and its libraries need nothing outside the layer but glibc: a libjvm.so (the toolchain's small
     * stand-in) must be the layer's own, never a JDK's, and no library may come from the build machine's paths.
     */
    @Test
    void theExecutablesLibrariesResolveFromTheLayerAndGlibcAlone() throws Exception {
        Path opt = unzipped("-no-sdk");
        Path llrtDir = opt.resolve("llrt").toRealPath();
        List<Path> binaries = new ArrayList<>(List.of(llrtDir.resolve("llrt")));
        try (var files = Files.list(llrtDir)) {
            files.filter(f -> f.getFileName().toString().endsWith(".so")).forEach(binaries::add);
        }
        for (Path binary : binaries) {
            // a clean environment: no LD_LIBRARY_PATH or JAVA_HOME of this machine may help the lookup
            Process p = new ProcessBuilder("/usr/bin/env", "-i", "/usr/bin/ldd", binary.toString())
                    .redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(p.waitFor(30, TimeUnit.SECONDS));
            assertEquals(0, p.exitValue(), binary + " is a dynamic executable:\n" + out);
            assertFalse(out.contains("not found"), binary + ":\n" + out);
            for (String line : out.lines().toList()) {
                Matcher m = LDD_LINE.matcher(line);
                assertTrue(m.matches(), "ldd line not understood: " + line + "\n" + out);
                String lib = Path.of(m.group(1)).getFileName().toString();
                String resolved = m.group(2) == null ? m.group(1) : m.group(2);
                boolean inLayer = resolved.startsWith("/") && Path.of(resolved).toRealPath().startsWith(llrtDir);
                assertTrue(inLayer || GLIBC.contains(lib), binary.getFileName() + " needs " + lib + " from "
                        + resolved + ", neither the layer's nor glibc's:\n" + out);
            }
        }
    }

    private record Run(int code, String out, String err) {}

    private Run bootstrap(Path opt, int memoryMb, String... args) throws Exception {
        return bootstrapWithOptions(opt, memoryMb, null, args);
    }

    private Run bootstrapWithOptions(Path opt, int memoryMb, String nativeOpts, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(opt.resolve("bootstrap").toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectError(tmp.resolve("bootstrap.err").toFile());
        pb.environment().put("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", Integer.toString(memoryMb));
        pb.environment().remove("LLRT_NATIVE_OPTS");
        if (nativeOpts != null) {
            pb.environment().put("LLRT_NATIVE_OPTS", nativeOpts);
        }
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        boolean ended = p.waitFor(120, TimeUnit.SECONDS);
        if (!ended) {
            p.destroyForcibly();
        }
        return new Run(ended ? p.exitValue() : -1, out, Files.readString(tmp.resolve("bootstrap.err")));
    }

    /** The -Xmx (MB) on the command line the executable runs with, read while it waits in a timer. */
    private static long heapFlagMb(Path opt, int memoryMb) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(opt.resolve("bootstrap").toString(), "-e", "setTimeout(function () {}, 20000)")
                .redirectErrorStream(true);
        pb.environment().put("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", Integer.toString(memoryMb));
        pb.environment().remove("LLRT_NATIVE_OPTS");
        Process p = pb.start();
        try {
            Path cmdline = Path.of("/proc", Long.toString(p.pid()), "cmdline");
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
            while (System.nanoTime() < deadline && p.isAlive()) {
                List<String> args = List.of(new String(Files.readAllBytes(cmdline), StandardCharsets.UTF_8).split("\0"));
                if (!args.isEmpty() && args.get(0).endsWith("llrt/llrt")) { // bootstrap has exec'd the executable
                    for (String arg : args) {
                        Matcher m = Pattern.compile("-Xmx(\\d+)m").matcher(arg);
                        if (m.matches()) {
                            return Long.parseLong(m.group(1));
                        }
                    }
                    throw new AssertionError("no -Xmx on the executable's command line: " + args);
                }
                Thread.sleep(20);
            }
            throw new AssertionError("the executable never ran under bootstrap (alive: " + p.isAlive() + ")");
        } finally {
            p.destroyForcibly();
            p.waitFor(10, TimeUnit.SECONDS);
        }
    }
}
