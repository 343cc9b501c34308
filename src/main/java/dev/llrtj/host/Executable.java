package dev.llrtj.host;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The running program as a file: on a JVM that is {@code java} (the runtime is on its class path), in a native image
 * it is the {@code llrt} executable itself, beside which a layer keeps the embedded SDK and the shared libraries.
 */
public final class Executable {
    /** Set by GraalVM Native Image to "runtime" in every native executable ("buildtime" while the image is built). */
    private static final String IMAGE_CODE = "org.graalvm.nativeimage.imagecode";

    private Executable() {}

    /** True in the native executable, false on a JVM (and during the image build). */
    public static boolean isNative() {
        return "runtime".equals(System.getProperty(IMAGE_CODE));
    }

    /**
     * The executable's absolute path (java for a JVM), from the OS; empty where the OS does not say. /proc/self/exe
     * first: ProcessHandle's Info reads the process's stat, command line and user (passwd) to answer.
     */
    public static Optional<Path> path() {
        Optional<Path> fromProc = readLink(Path.of("/proc/self/exe"));
        if (fromProc.isPresent()) {
            return fromProc;
        }
        return ProcessHandle.current().info().command().map(Path::of).map(Path::toAbsolutePath);
    }

    /** The executable's path as process.execPath and argv[0] give it: {@link #path()}, else "llrt". */
    public static String command() {
        return path().map(Path::toString).orElse("llrt");
    }

    /** The native executable's directory, where its layer keeps {@code sdk/}; empty on a JVM. */
    public static Optional<Path> nativeHome() {
        return isNative() ? path().map(Path::getParent) : Optional.empty();
    }

    private static Optional<Path> readLink(Path link) {
        try {
            return Optional.of(Files.readSymbolicLink(link));
        } catch (Exception e) {
            return Optional.empty(); // not Linux, or /proc not mounted
        }
    }
}
