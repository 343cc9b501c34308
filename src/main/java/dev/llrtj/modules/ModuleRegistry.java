package dev.llrtj.modules;

import dev.llrtj.modules.console.ConsoleBinding;
import dev.llrtj.modules.process.ProcessBinding;
import dev.llrtj.modules.timers.TimersBinding;
import dev.llrtj.modules.url.UrlBinding;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The one list of built-in modules. Names are as `require` sees them, without the `node:` prefix. */
public final class ModuleRegistry {
    private static final List<BuiltinModule> MODULES = List.of(
            BuiltinModule.js("assert"),
            BuiltinModule.withBinding("console", ConsoleBinding::create),
            BuiltinModule.js("events"),
            BuiltinModule.withBinding("module", Realm::loaderExports),
            BuiltinModule.js("path"),
            BuiltinModule.withBinding("process", ProcessBinding::create),
            BuiltinModule.withBinding("timers", TimersBinding::create),
            BuiltinModule.js("util"),
            BuiltinModule.js("url"),
            new BuiltinModule("llrt:test", "js/llrt/test.js", null),
            // web platform (URL, events, abort, Blob/File, FormData, structuredClone)
            new BuiltinModule("llrt:url", "js/web/url.js", null),
            new BuiltinModule("llrt:url-host", "js/web/url-host.js", UrlBinding::create),
            new BuiltinModule("llrt:url-parse", "js/web/url-parse.js", null),
            new BuiltinModule("llrt:url-search-params", "js/web/url-search-params.js", null),
            new BuiltinModule("llrt:url-legacy", "js/node/url-legacy.js", null),
            new BuiltinModule("llrt:dom-exception", "js/web/dom-exception.js", null),
            new BuiltinModule("llrt:events", "js/web/events.js", null),
            new BuiltinModule("llrt:abort", "js/web/abort.js", null),
            new BuiltinModule("llrt:blob", "js/web/blob.js", null),
            new BuiltinModule("llrt:form-data", "js/web/form-data.js", null),
            new BuiltinModule("llrt:structured-clone", "js/web/structured-clone.js", null),
            new BuiltinModule("llrt:web-inspect", "js/web/inspect.js", null));

    private static final Map<String, BuiltinModule> BY_NAME =
            MODULES.stream().collect(Collectors.toUnmodifiableMap(BuiltinModule::name, Function.identity()));

    private static final String INTERNAL_PARTS = "llrt:test/";

    private ModuleRegistry() {}

    public static BuiltinModule find(String name) {
        BuiltinModule module = BY_NAME.get(name);
        if (module == null && name.startsWith(INTERNAL_PARTS) && name.matches("llrt:test/[a-z-]+")) {
            // the test runner's own parts (js/llrt/test/*.js): reachable by name, not listed as built-ins
            module = new BuiltinModule(name, "js/llrt/test/" + name.substring(INTERNAL_PARTS.length()) + ".js", null);
        }
        return module;
    }

    public static List<BuiltinModule> all() {
        return MODULES;
    }
}
