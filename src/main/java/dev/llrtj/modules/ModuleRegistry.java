package dev.llrtj.modules;

import dev.llrtj.modules.console.ConsoleBinding;
import dev.llrtj.modules.process.ProcessBinding;
import dev.llrtj.modules.subtle.SubtleBinding;
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
            // Web Crypto's crypto.subtle, in three parts: the operations, keys, algorithm normalisation. A lambda, not
            // SubtleBinding::create: a method reference loads the class when this list is built, at every start
            new BuiltinModule("llrt:subtle", "js/web/subtle.js", realm -> SubtleBinding.create(realm)),
            new BuiltinModule("llrt:subtle/keys", "js/web/subtle/keys.js", realm -> SubtleBinding.create(realm)),
            new BuiltinModule("llrt:subtle/algorithms", "js/web/subtle/algorithms.js", null));

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
