package dev.llrtj.image;

import dev.llrtj.engine.Engine;
import dev.llrtj.modules.ModuleRegistry;
import dev.llrtj.realm.ImageSnapshot;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import dev.llrtj.realm.Room;
import org.graalvm.nativeimage.hosted.Feature;
import org.graalvm.nativeimage.hosted.RuntimeClassInitialization;
import org.mozilla.javascript.Context;

/**
 * Fills the image heap before the builder's analysis, so what it prepared is reachable and stored in the image:
 * the runtime's JS compiled, the first realm's global, and (with {@code -J-Dllrt.image.sdk=<flavour dir>}) the
 * embedded SDK's files compiled. Registered by META-INF/native-image/dev.llrtj/llrt/native-image.properties.
 */
public final class ImageHeapFeature implements Feature {
    /** Builder JVM property: the SDK flavour whose files are compiled into the image (none when unset). */
    static final String SDK_PROPERTY = "llrt.image.sdk";
    /** Builder JVM property: the SDK packages the image's realm imports, comma-separated (default: ImageSnapshot's). */
    static final String PRELOAD_PROPERTY = "llrt.image.preload";

    @Override
    public String getDescription() {
        return "llrt-java: compiled runtime JS, embedded SDK and a prebuilt global in the image heap";
    }

    /**
     * Every room's descriptor is initialised at build time, read from the registry (so adding a room stays one
     * registry line): the prepared realm holds each room's binding lambdas, which belong to their descriptor.
     */
    @Override
    public void afterRegistration(AfterRegistrationAccess access) {
        for (Room room : ModuleRegistry.builtins().rooms()) {
            RuntimeClassInitialization.initializeAtBuildTime(room.descriptor());
        }
    }

    @Override
    public void beforeAnalysis(BeforeAnalysisAccess access) {
        String sdk = System.getProperty(SDK_PROPERTY);
        Path sdkHome = sdk == null || sdk.isBlank() ? null : Path.of(sdk);
        if (sdkHome != null && !Files.isRegularFile(sdkHome.resolve("manifest.json"))) {
            throw new IllegalStateException(SDK_PROPERTY + "=" + sdk + " is not an SDK flavour (no manifest.json)");
        }
        long started = System.nanoTime();
        Context cx = Engine.enter();
        try {
            String preload = System.getProperty(PRELOAD_PROPERTY);
            ImageSnapshot.Prepared prepared = ImageSnapshot.prepare(cx, sdkHome,
                    preload == null ? null : java.util.Arrays.stream(preload.split(",")).map(String::strip).filter(p -> !p.isEmpty()).toList(),
                    ModuleRegistry.builtins());
            System.out.printf("llrt image heap: %d runtime scripts, %d SDK files compiled, prebuilt global, a realm with %d SDK packages"
                            + " imported %s; %s, their source text dropped (%d ms)%n", prepared.internalScripts(),
                    prepared.sdkFiles(), prepared.imported().size(), prepared.imported(), prepared.compaction(),
                    (System.nanoTime() - started) / 1_000_000);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            Context.exit();
        }
    }
}
