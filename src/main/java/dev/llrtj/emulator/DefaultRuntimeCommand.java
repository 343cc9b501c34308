package dev.llrtj.emulator;

import java.io.File;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The runtime child is this very JVM again (same binary, same flags, same class path) running dev.llrtj.Main,
 * so an `llrt serve` started with an AOT cache gives its functions the same cache.
 */
final class DefaultRuntimeCommand {
    static final String MAIN_CLASS = "dev.llrtj.Main";

    /** Flags that would attach a debugger/agent twice, or make the child overwrite a training run's output. */
    private static final List<String> DROPPED_PREFIXES = List.of(
            "-agentlib:", "-agentpath:", "-javaagent:", "-Xdebug", "-Xrunjdwp", "-XX:AOTCacheOutput",
            "-XX:AOTMode=record", "-XX:AOTMode=create", "-XX:AOTConfiguration", "-XX:StartFlightRecording",
            "-XX:+StartFlightRecording", "-XX:ArchiveClassesAtExit", "-XX:DumpLoadedClassList");

    private DefaultRuntimeCommand() {}

    static List<String> build() {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command()
                .orElse(System.getProperty("java.home") + File.separator + "bin" + File.separator + "java"));
        for (String arg : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (keep(arg)) {
                command.add(arg);
            }
        }
        command.add("-cp");
        command.add(absoluteClassPath(System.getProperty("java.class.path")));
        command.add(MAIN_CLASS);
        return command;
    }

    /** The child runs in the task root, so a class path relative to our working directory would not resolve. */
    static String absoluteClassPath(String classPath) {
        List<String> entries = new ArrayList<>();
        for (String entry : classPath.split(File.pathSeparator)) {
            if (entry.isEmpty()) {
                continue;
            }
            boolean wildcard = entry.equals("*") || entry.endsWith(File.separator + "*");
            String dir = wildcard ? entry.substring(0, entry.length() - 1) : entry;
            String absolute = Path.of(dir.isEmpty() ? "." : dir).toAbsolutePath().normalize().toString();
            entries.add(wildcard ? absolute + File.separator + "*" : absolute);
        }
        return String.join(File.pathSeparator, entries);
    }

    static boolean keep(String jvmArg) {
        for (String prefix : DROPPED_PREFIXES) {
            if (jvmArg.startsWith(prefix)) {
                return false;
            }
        }
        return true;
    }
}
