package dev.llrtj.modules;

import dev.llrtj.modules.buffer.BufferBinding;
import dev.llrtj.modules.checksums.ChecksumsBinding;
import dev.llrtj.modules.console.ConsoleBinding;
import dev.llrtj.modules.crypto.CryptoBinding;
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
            BuiltinModule.withBinding("buffer", BufferBinding::create),
            BuiltinModule.withBinding("console", ConsoleBinding::create),
            BuiltinModule.withBinding("crypto", CryptoBinding::create),
            BuiltinModule.js("events"),
            BuiltinModule.withBinding("module", Realm::loaderExports),
            BuiltinModule.js("path"),
            BuiltinModule.withBinding("process", ProcessBinding::create),
            BuiltinModule.withBinding("string_decoder", BufferBinding::create),
            BuiltinModule.withBinding("timers", TimersBinding::create),
            BuiltinModule.js("util"),
            BuiltinModule.js("zlib"),
            new BuiltinModule("llrt:test", "js/llrt/test.js", null),
            // bytes: Buffer internals, TextEncoder/TextDecoder, checksums
            new BuiltinModule("llrt:errors", "js/node/internal/errors.js", null),
            new BuiltinModule("llrt:buffer-numbers", "js/node/internal/buffer-numbers.js", null),
            new BuiltinModule("llrt:crypto-random", "js/node/internal/crypto-random.js", CryptoBinding::create),
            new BuiltinModule("llrt:encoding", "js/web/encoding.js", BufferBinding::create),
            new BuiltinModule("llrt:checksums", "js/llrt/checksums.js", ChecksumsBinding::create));

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
