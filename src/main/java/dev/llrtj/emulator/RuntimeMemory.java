package dev.llrtj.emulator;

import java.util.List;

/**
 * The memory options the deployed launchers (src/main/dist/bootstrap for the JVM layer, bootstrap-native for the
 * native one) give the runtime for a function's memory size, so that a function run by the emulator has the heap
 * it will have in Lambda and runs out of it where it would there. The same arithmetic as the scripts (a test runs
 * the scripts and compares): the JVM gets 55% of the memory as heap (at least 48 MB) and a quarter as metaspace
 * (64-256 MB); the native executable 70% of what its ~40 MB of image pages leave, a tenth of that as young generation, a
 * quarter as the size below which no complete collection runs.
 */
final class RuntimeMemory {
    private RuntimeMemory() {}

    static List<String> jvmOptions(int memoryMb) {
        int heap = Math.max(48, memoryMb * 55 / 100);
        int metaspace = Math.min(256, Math.max(64, memoryMb / 4));
        return List.of("-Xmx" + heap + "m", "-XX:MaxMetaspaceSize=" + metaspace + "m", "-XX:ReservedCodeCacheSize=32m",
                "-Xss8m");
    }

    static List<String> nativeOptions(int memoryMb) {
        int heap = Math.max(48, (memoryMb - 40) * 70 / 100);
        int young = Math.max(4, heap / 10);
        return List.of("-Xmx" + heap + "m", "-Xms" + heap / 4 + "m", "-Xmn" + young + "m");
    }

    /** Options the sizing replaces, dropped from what the emulator's own JVM was started with. */
    static boolean isSizingOption(String option) {
        return option.startsWith("-Xmx") || option.startsWith("-Xms") || option.startsWith("-Xmn")
                || option.startsWith("-Xss") || option.startsWith("-XX:MaxMetaspaceSize=")
                || option.startsWith("-XX:ReservedCodeCacheSize=") || option.startsWith("-XX:MaxRAM")
                || option.startsWith("-XX:InitialRAMPercentage=") || option.startsWith("-XX:MinRAMPercentage=");
    }
}
