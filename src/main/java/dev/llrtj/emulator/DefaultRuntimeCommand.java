package dev.llrtj.emulator;

import dev.llrtj.host.Executable;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The runtime child is what the deployed layer runs when this program can find it: in the native executable, the
 * executable itself with the llrt.* system properties it was given; on a JVM, a native llrt built beside the jar
 * (target/native/llrt, or the dist's native layer) when it is not older than the jar, since that is what the
 * default layer deploys. Otherwise (or with LLRT_EMULATOR_RUNTIME=jvm) this very program again: the same java,
 * flags and class path running dev.llrtj.Main (so an `llrt serve` started with an AOT cache gives its functions
 * the same cache).
 */
final class DefaultRuntimeCommand {
    static final String MAIN_CLASS = "dev.llrtj.Main";

    /** Flags that would attach a debugger/agent twice, or make the child overwrite a training run's output. */
    private static final List<String> DROPPED_PREFIXES = List.of(
            "-agentlib:", "-agentpath:", "-javaagent:", "-Xdebug", "-Xrunjdwp", "-XX:AOTCacheOutput",
            "-XX:AOTMode=record", "-XX:AOTMode=create", "-XX:AOTConfiguration", "-XX:StartFlightRecording",
            "-XX:+StartFlightRecording", "-XX:ArchiveClassesAtExit", "-XX:DumpLoadedClassList");

    /** Class path options of the java launcher: dropped with their value, the child gets an absolute one. */
    private static final List<String> CLASS_PATH_OPTIONS = List.of("-cp", "-classpath", "--class-path");

    /** Where a build puts the native executable, relative to the directory of the jar (target/). */
    private static final List<String> NATIVE_BESIDE_JAR = List.of("native/llrt", "dist/native-layer/llrt/llrt");

    private DefaultRuntimeCommand() {}

    /**
     * The runtime a function runs on. {@code nativeExecutable}: it is the native llrt, sized as bootstrap-native
     * sizes it, so its resident memory can be held to the function's memory as Lambda holds it; {@code note}: what
     * the user should know about the choice (null when there is nothing to say).
     */
    record Choice(List<String> command, boolean nativeExecutable, String note) {}

    /** The runtime child, its memory sized for a function of {@code memoryMb} as the deployed layer sizes it. */
    static Choice choose(int memoryMb) {
        if (Executable.isNative()) {
            return new Choice(nativeCommand(Executable.command(), memoryMb), true, null);
        }
        return choose(memoryMb, jarOf(System.getProperty("java.class.path")).orElse(null),
                System.getenv().getOrDefault("LLRT_EMULATOR_RUNTIME", ""));
    }

    /** On a JVM whose application jar is {@code jar} (null: classes), LLRT_EMULATOR_RUNTIME being {@code wanted}. */
    static Choice choose(int memoryMb, Path jar, String wanted) {
        Optional<Path> exe = jar == null ? Optional.empty() : nativeBeside(jar);
        if (exe.isPresent() && !wanted.equals("jvm")) {
            if (!olderThan(exe.get(), jar)) {
                return new Choice(nativeCommand(exe.get().toString(), memoryMb), true,
                        "the runtime is the native executable " + exe.get() + ", sized for " + memoryMb + " MB");
            }
            return new Choice(build(memoryMb), false, exe.get() + " is older than " + jar
                    + ": the runtime is the JVM (rebuild it with mvn -Pnative -DskipTests package)");
        }
        return new Choice(build(memoryMb), false, wanted.equals("jvm") ? null
                : "the runtime is the JVM (heap sized for " + memoryMb + " MB, resident memory not held to it): the"
                        + " layer runs the native executable (build it with mvn -Pnative -DskipTests package)");
    }

    /** The application jar of a class path (a jar, not target/classes: tests keep the JVM runtime they describe). */
    static Optional<Path> jarOf(String classPath) {
        for (String entry : classPath.split(File.pathSeparator)) {
            if (entry.endsWith("llrt.jar") && Files.isRegularFile(Path.of(entry))) {
                return Optional.of(Path.of(entry).toAbsolutePath().normalize());
            }
        }
        return Optional.empty();
    }

    /** A native llrt where the build puts it, beside {@code jar}. */
    static Optional<Path> nativeBeside(Path jar) {
        for (String relative : NATIVE_BESIDE_JAR) {
            Path exe = jar.resolveSibling(relative);
            if (Files.isRegularFile(exe) && Files.isExecutable(exe)) {
                return Optional.of(exe);
            }
        }
        return Optional.empty();
    }

    private static boolean olderThan(Path a, Path b) {
        try {
            return Files.getLastModifiedTime(a).compareTo(Files.getLastModifiedTime(b)) < 0;
        } catch (IOException e) {
            return true;
        }
    }

    /** This JVM again, running dev.llrtj.Main, sized for {@code memoryMb} as the JVM layer's bootstrap sizes it. */
    static List<String> build(int memoryMb) {
        List<String> command = new ArrayList<>();
        ProcessHandle.Info self = ProcessHandle.current().info();
        command.add(self.command()
                .orElse(System.getProperty("java.home") + File.separator + "bin" + File.separator + "java"));
        command.addAll(jvmOptions(ownArguments().or(() -> self.arguments().map(List::of)).orElse(List.of())));
        command.addAll(RuntimeMemory.jvmOptions(memoryMb));
        command.add("-cp");
        command.add(absoluteClassPath(System.getProperty("java.class.path")));
        command.add(MAIN_CLASS);
        return command;
    }

    /**
     * The JVM options of a java command line (what comes before the main class), without the class path and the
     * dropped ones. Read from the OS's view of the command line rather than java.management's RuntimeMXBean, which
     * would pull the management module into the runtime (and its natives into the native image).
     */
    static List<String> jvmOptions(List<String> javaArguments) {
        List<String> options = new ArrayList<>();
        for (int i = 0; i < javaArguments.size(); i++) {
            String arg = javaArguments.get(i);
            if (arg.equals(MAIN_CLASS) || arg.equals("-jar") || arg.equals("-m") || arg.equals("--module")) {
                break;
            }
            if (CLASS_PATH_OPTIONS.contains(arg)) {
                i++; // and its value
            } else if (keep(arg)) {
                options.add(arg);
            }
        }
        return options;
    }

    /**
     * This process's arguments (after the executable) from Linux's /proc/self/cmdline. ProcessHandle.Info gives none
     * when the command line passes 4 KB (a test class path does), and the JVM options would be lost.
     */
    static Optional<List<String>> ownArguments() {
        try {
            String all = Files.readString(Path.of("/proc/self/cmdline"), StandardCharsets.UTF_8);
            List<String> parts = new ArrayList<>(List.of(all.split("\0", -1)));
            if (!parts.isEmpty() && parts.getLast().isEmpty()) {
                parts.removeLast(); // each argument ends with a NUL, the last one too
            }
            return parts.isEmpty() ? Optional.empty() : Optional.of(parts.subList(1, parts.size()));
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // not Linux
        }
    }

    private static List<String> nativeCommand(String executable, int memoryMb) {
        List<String> command = new ArrayList<>();
        command.add(executable);
        command.addAll(RuntimeMemory.nativeOptions(memoryMb));
        for (String name : System.getProperties().stringPropertyNames()) {
            if (name.startsWith("llrt.")) {
                command.add("-D" + name + "=" + System.getProperty(name));
            }
        }
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
        if (RuntimeMemory.isSizingOption(jvmArg)) {
            return false; // the emulator's own heap is not the function's
        }
        for (String prefix : DROPPED_PREFIXES) {
            if (jvmArg.startsWith(prefix)) {
                return false;
            }
        }
        return true;
    }
}
