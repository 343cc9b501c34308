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

    /** The native executable's flavour, beside it as its layer ships it ({@code sdk/}); looked for once. */
    private static volatile Optional<String> besideExecutable;

    /**
     * The flavour's directory, when one is configured: the system property (the JVM launchers set it), else in the
     * native executable an {@code sdk/} directory beside it. On a JVM a system property read, no file access.
     */
    public static Optional<String> home() {
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
