package dev.llrtj.realm;

import dev.llrtj.engine.Engine;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.mozilla.javascript.Context;

/**
 * What the native executable's image heap holds, prepared while GraalVM Native Image builds it (dev.llrtj.image
 * calls this): the runtime's own JS compiled, one global with Rhino's standard objects, and the embedded SDK's
 * files compiled. Nothing per process is captured: no realm, no event loop, no environment, clock or random seed.
 */
public final class ImageSnapshot {
    /** The loader's marks and wrapper parameters for code lowered ahead of time (dev/llrtj/realm/loader.js). */
    private static final String CJS_MARK = "/*llrt:cjs*/";
    private static final String CJS_PARAMS = "exports,require,module,__filename,__dirname";
    private static final String SYSTEM_MARK = "/*llrt:system*/";
    private static final String SYSTEM_PARAMS = "System,require,module,__filename,__dirname";

    /** Where the native layer puts its SDK flavour: frames in SDK code name these paths (only stack traces see them). */
    public static final String SHIPPED_SDK_HOME = "/opt/llrt/sdk";

    private ImageSnapshot() {}

    /** Counts of what was prepared, for the build log. */
    public record Prepared(int internalScripts, int sdkFiles) {}

    /** Call with a Context from {@link Engine#enter()} on the image builder's thread. */
    public static Prepared prepare(Context cx, Path sdkHome) throws IOException {
        int internal = InternalScripts.precompileAll(cx);
        Engine.prepareImageGlobal(cx);
        int sdk = sdkHome == null ? 0 : precompileSdk(cx, sdkHome);
        return new Prepared(internal, sdk);
    }

    /** Every lowered .js file of the flavour, under the parameters the loader will compile it with. */
    private static int precompileSdk(Context cx, Path sdkHome) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(sdkHome)) {
            files = walk.filter(f -> f.toString().endsWith(".js") && Files.isRegularFile(f)).sorted().toList();
        }
        int count = 0;
        for (Path file : files) {
            String code = Files.readString(file, StandardCharsets.UTF_8);
            String params = code.startsWith(CJS_MARK) ? CJS_PARAMS : code.startsWith(SYSTEM_MARK) ? SYSTEM_PARAMS : null;
            if (params == null) {
                continue; // not lowered ahead of time: the loader decides at run time
            }
            String shippedName = SHIPPED_SDK_HOME + "/" + sdkHome.relativize(file).toString().replace('\\', '/');
            Engine.precompileForImage(cx, code, shippedName, params);
            count++;
        }
        return count;
    }
}
