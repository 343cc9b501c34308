package dev.llrtj.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The emulator sizes its runtime child as the deployed launchers do: the real bootstrap scripts, run with a stand-in
 * for the java or llrt executable that prints its arguments, give the same memory options as {@link RuntimeMemory}
 * for every memory size Lambda allows, so the two cannot drift apart.
 */
class RuntimeMemoryTest {
    private static final int[] SIZES = {128, 256, 512, 1024, 1769, 3008, 10240};

    @TempDir
    Path dir;

    private List<String> launch(String script, String executable, int memoryMb) throws Exception {
        Path home = dir.resolve(script + "-" + memoryMb);
        Path exe = home.resolve(executable);
        Files.createDirectories(exe.getParent());
        Files.writeString(exe, "#!/bin/sh\nfor a in \"$@\"; do echo \"$a\"; done\n");
        Files.setPosixFilePermissions(exe, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path bootstrap = home.resolve("bootstrap");
        Files.copy(Path.of("src/main/dist", script), bootstrap);
        ProcessBuilder pb = new ProcessBuilder("/bin/sh", bootstrap.toString(), "--version").redirectErrorStream(true);
        pb.environment().put("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", Integer.toString(memoryMb));
        pb.environment().remove("LLRT_JAVA_OPTS");
        pb.environment().remove("LLRT_NATIVE_OPTS");
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes());
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out);
        return Arrays.stream(out.split("\n")).filter(RuntimeMemory::isSizingOption).toList();
    }

    @Test
    void theJvmChildGetsTheJvmLayersSizing() throws Exception {
        for (int size : SIZES) {
            assertEquals(sorted(RuntimeMemory.jvmOptions(size)), sorted(launch("bootstrap", "llrt-java/jre/bin/java", size)),
                    "at " + size + " MB");
        }
        assertEquals("-Xmx70m", RuntimeMemory.jvmOptions(128).get(0));
    }

    @Test
    void theNativeChildGetsTheNativeLayersSizing() throws Exception {
        for (int size : SIZES) {
            assertEquals(sorted(RuntimeMemory.nativeOptions(size)), sorted(launch("bootstrap-native", "llrt/llrt", size)),
                    "at " + size + " MB");
        }
    }

    private static List<String> sorted(List<String> options) {
        return options.stream().sorted().toList();
    }
}
