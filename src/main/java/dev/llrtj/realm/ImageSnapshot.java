package dev.llrtj.realm;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.llrtj.engine.Engine;
import dev.llrtj.engine.ImageScripts;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
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

    /** Where the native layer puts its SDK flavour: the SDK's compiled files are named by these paths. */
    public static final String SHIPPED_SDK_HOME = EmbeddedSdk.SHIPPED_HOME;

    private ImageSnapshot() {}

    /** Counts of what was prepared, for the build log. */
    public record Prepared(int internalScripts, int sdkFiles, List<String> imported, String compaction) {}

    /**
     * Call with a Context from {@link Engine#enter()} on the image builder's thread. {@code preload}: the SDK packages
     * the prepared realm imports (null: {@link #PRELOAD}); {@code builtins}: what the prepared realm offers.
     */
    public static Prepared prepare(Context cx, Path sdkHome, List<String> preload, Builtins builtins) throws IOException {
        int internal = InternalScripts.precompileAll(cx);
        Engine.prepareImageGlobal(cx);
        int sdk = sdkHome == null ? 0 : precompileSdk(cx, sdkHome);
        // without a flavour (the no-sdk layer's executable) the realm is prepared all the same, with nothing imported
        List<String> imported = sdkHome == null ? List.of() : preload != null ? preload : defaultPreload(sdkHome);
        PreparedRealm.prepare(cx, sdkHome, imported, builtins);
        return new Prepared(internal, sdk, imported, ImageScripts.finish());
    }

    /**
     * The packages most Lambda functions import (ahead of the others, which still find the SDK's shared core
     * evaluated). Every package costs image heap: all 18 of std-sdk's took ~38 MB of it and 8 MB of the layer zip
     * (33.7 MB in all); these ~15 MB and ~3.5 MB.
     */
    static final List<String> PRELOAD = List.of("@aws-sdk/client-dynamodb", "@aws-sdk/lib-dynamodb", "@aws-sdk/client-s3",
            "@aws-sdk/client-sqs", "@aws-sdk/client-sns", "@aws-sdk/client-secrets-manager");

    /** {@link #PRELOAD}, less what the flavour lacks. */
    static List<String> defaultPreload(Path sdkHome) throws IOException {
        String manifest = Files.readString(sdkHome.resolve("manifest.json"), StandardCharsets.UTF_8);
        Map<?, ?> packages = (Map<?, ?>) new ObjectMapper().readValue(manifest, Map.class).get("packages");
        return PRELOAD.stream().filter(p -> packages != null && packages.containsKey(p)).toList();
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
