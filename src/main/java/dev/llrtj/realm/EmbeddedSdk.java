package dev.llrtj.realm;

import dev.llrtj.host.Executable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the embedded AWS SDK flavour lives: the directory named by the system property {@code llrt.sdk} (set by the
 * launchers when a flavour is installed), holding {@code manifest.json} and {@code VERSION} from bundles/sdk/build.mjs.
 * Nothing is read at start-up: the loader asks on the first SDK import, {@code process.versions} on first access.
 */
public final class EmbeddedSdk {
    public static final String PROPERTY = "llrt.sdk";

    private EmbeddedSdk() {}

    /**
     * Where the native executable's JS sees its flavour, wherever the directory really is: the native layer's path.
     * The realm in its image imported the SDK from here while it was built, and each module keeps its path (to resolve
     * its own requires, in import.meta, in stack frames), so every start must see the same one.
     */
    public static final String SHIPPED_HOME = "/opt/llrt/sdk";

    /** The native executable's flavour, beside it as its layer ships it ({@code sdk/}); looked for once. */
    private static volatile Optional<String> besideExecutable;

    /** Image build only: the flavour being built in, seen by JS at {@link #SHIPPED_HOME}. */
    private static volatile String imageBuildHome;

    static void buildingImageWith(Path home) {
        imageBuildHome = home == null ? null : home.toString();
    }

    /** The flavour's directory as JS code sees it (the loader, require.resolve): see {@link #SHIPPED_HOME}. */
    public static Optional<String> jsHome() {
        Optional<String> home = home();
        return shipped(home) ? Optional.of(SHIPPED_HOME) : home;
    }

    /** A path JS code gave, as a file system path: the flavour's files under {@link #SHIPPED_HOME} are where they are. */
    public static String realPath(String jsPath) {
        if (jsPath.startsWith(SHIPPED_HOME) && (jsPath.length() == SHIPPED_HOME.length() || jsPath.charAt(SHIPPED_HOME.length()) == '/')) {
            Optional<String> home = home();
            if (shipped(home)) {
                return home.get() + jsPath.substring(SHIPPED_HOME.length());
            }
        }
        return jsPath;
    }

    private static boolean shipped(Optional<String> home) {
        return home.isPresent() && (imageBuildHome != null || Executable.isNative()) && !home.get().equals(SHIPPED_HOME);
    }

    /**
     * The flavour's directory, when one is configured: the system property (the JVM launchers set it), else in the
     * native executable an {@code sdk/} directory beside it. On a JVM a system property read, no file access.
     */
    public static Optional<String> home() {
        if (imageBuildHome != null) {
            return Optional.of(imageBuildHome);
        }
        String home = System.getProperty(PROPERTY);
        if (home != null && !home.isBlank()) {
            return Optional.of(home);
        }
        Optional<String> beside = besideExecutable;
        if (beside == null) {
            beside = Executable.nativeHome().map(dir -> dir.resolve("sdk"))
                    .filter(dir -> Files.isRegularFile(dir.resolve("manifest.json")))
                    .map(Path::toString);
            besideExecutable = beside;
        }
        return beside;
    }

    /** The embedded SDK version, or empty when no flavour (or the no-sdk flavour) is configured. */
    public static Optional<String> version() {
        return home().flatMap(home -> {
            try {
                String v = Files.readString(Path.of(home, "VERSION"), StandardCharsets.UTF_8).strip();
                return v.isEmpty() ? Optional.empty() : Optional.of(v);
            } catch (IOException e) {
                return Optional.empty();
            }
        });
    }
}
