package dev.llrtj.modules;

import dev.llrtj.modules.console.ConsoleBinding;
import dev.llrtj.modules.fetch.FetchBinding;
import dev.llrtj.modules.process.ProcessBinding;
import dev.llrtj.modules.timers.TimersBinding;
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
            new BuiltinModule("llrt:test", "js/llrt/test.js", null),
            // fetch and its types (js/web), llrt:net = connection warm-up for the SDK
            new BuiltinModule("llrt:fetch", "js/web/fetch.js", FetchBinding::create),
            new BuiltinModule("llrt:fetch-body", "js/web/body.js", FetchBinding::create),
            new BuiltinModule("llrt:headers", "js/web/headers.js", null),
            new BuiltinModule("llrt:request", "js/web/request.js", null),
            new BuiltinModule("llrt:response", "js/web/response.js", null),
            new BuiltinModule("llrt:net", "js/web/net.js", FetchBinding::create));

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
