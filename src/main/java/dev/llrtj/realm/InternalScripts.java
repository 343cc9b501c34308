package dev.llrtj.modules;

import dev.llrtj.engine.Engine;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.Script;

/** The runtime's own JS files, compiled once per JVM and instantiated in each realm that asks for them. */
final class InternalScripts {
    static final String MODULE_PARAMS = "exports, require, module, native";
    private static final Map<String, Script> COMPILED = new ConcurrentHashMap<>();

    private InternalScripts() {}

    static Script get(Context cx, String resource) {
        Script script = COMPILED.get(resource);
        if (script == null) {
            script = Engine.compileWrapper(cx, read(resource), sourceName(resource), MODULE_PARAMS);
            COMPILED.put(resource, script);
        }
        return script;
    }

    /** Image build only: every js/**.js resource compiled now, so the native executable parses none at start. */
    static int precompileAll(Context cx) throws IOException {
        int count = 0;
        for (String resource : ResourceListing.under(InternalScripts.class.getClassLoader(), "js/", ".js")) {
            get(cx, resource);
            count++;
        }
        return count;
    }

    static boolean exists(String resource) {
        return InternalScripts.class.getClassLoader().getResource(resource) != null;
    }

    private static String sourceName(String resource) {
        // node:util, node:fs/promises, llrt:loader: the names Node users see for internals in stack traces
        if (resource.startsWith("js/node/")) return "node:" + resource.substring("js/node/".length()).replace(".js", "");
        return "llrt:" + resource.substring(resource.lastIndexOf('/') + 1).replace(".js", "");
    }

    private static String read(String resource) {
        try (InputStream in = InternalScripts.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing runtime resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
