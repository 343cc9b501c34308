package dev.llrtj.realm;

import dev.llrtj.engine.Engine;
import dev.llrtj.engine.ImageScripts;
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
    /** The realm's own files (loader, bootstrap...), named llrt:NAME in stack traces. */
    static final String OWN = "dev/llrtj/realm/";
    /** The built-in modules' rooms, dev/llrtj/modules/ROOM/FILE.js, named node:ROOM/FILE (node:ROOM for ROOM.js). */
    private static final String ROOMS = "dev/llrtj/modules/";
    /** Where bundles/vendor.mjs puts the npm packages it turns into built-ins. */
    private static final String VENDORED = "js/";
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

    /** Image build only: every runtime JS resource compiled now, so the native executable parses none at start. */
    static int precompileAll(Context cx) throws IOException {
        int count = 0;
        for (String folder : new String[] {OWN, ROOMS, VENDORED}) {
            for (String resource : ResourceListing.under(InternalScripts.class.getClassLoader(), folder, ".js")) {
                ImageScripts.compact(get(cx, resource));
                count++;
            }
        }
        return count;
    }

    static boolean exists(String resource) {
        // the native image holds every runtime script compiled, not their files (resource-config.json)
        return COMPILED.containsKey(resource) || InternalScripts.class.getClassLoader().getResource(resource) != null;
    }

    private static String sourceName(String resource) {
        // node:util, node:fs/promises, llrt:loader: built-ins named as Node names its own internals in stack traces
        String file = resource.substring(resource.lastIndexOf('/') + 1).replace(".js", "");
        if (resource.startsWith(ROOMS)) {
            String room = resource.substring(ROOMS.length(), resource.indexOf('/', ROOMS.length()));
            return "node:" + (room.equals(file) ? room : room + "/" + file);
        }
        return "llrt:" + file;
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
