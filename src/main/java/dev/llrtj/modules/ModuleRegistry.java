package dev.llrtj.modules;

import dev.llrtj.modules.buffer.BufferBinding;
import dev.llrtj.modules.checksums.ChecksumsBinding;
import dev.llrtj.modules.console.ConsoleBinding;
import dev.llrtj.modules.fs.FsBinding;
import dev.llrtj.modules.os.OsBinding;
import dev.llrtj.modules.crypto.CryptoBinding;
import dev.llrtj.modules.fetch.FetchBinding;
import dev.llrtj.modules.process.ProcessBinding;
import dev.llrtj.modules.subtle.SubtleBinding;
import dev.llrtj.modules.timers.TimersBinding;
import dev.llrtj.modules.xml.XmlBinding;
import dev.llrtj.modules.url.UrlBinding;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The one list of built-in modules. Names are as `require` sees them, without the `node:` prefix. */
public final class ModuleRegistry {
    // Bindings are lambdas, not method references: a method reference loads its class when this list is built,
    // at every start; a lambda only when the module is first required.
    private static final List<BuiltinModule> MODULES = List.of(
            // Node's built-ins (js/node/<name>.js)
            BuiltinModule.js("assert"),
            BuiltinModule.withBinding("buffer", realm -> BufferBinding.create(realm)),
            BuiltinModule.withBinding("console", realm -> ConsoleBinding.create(realm)),
            BuiltinModule.withBinding("crypto", realm -> CryptoBinding.create(realm)),
            BuiltinModule.js("events"),
            BuiltinModule.js("fs"),
            BuiltinModule.js("fs/promises"),
            BuiltinModule.withBinding("module", realm -> realm.loaderExports()),
            BuiltinModule.withBinding("os", realm -> OsBinding.create(realm)),
            BuiltinModule.js("path"),
            BuiltinModule.withBinding("process", realm -> ProcessBinding.create(realm)),
            BuiltinModule.js("stream"),
            BuiltinModule.js("stream/consumers"),
            BuiltinModule.js("stream/promises"),
            BuiltinModule.js("stream/web"),
            BuiltinModule.withBinding("string_decoder", realm -> BufferBinding.create(realm)),
            BuiltinModule.withBinding("timers", realm -> TimersBinding.create(realm)),
            BuiltinModule.js("url"),
            BuiltinModule.js("util"),
            BuiltinModule.js("zlib"),
            unsupported("child_process"),
            unsupported("dgram"),
            unsupported("http"),
            unsupported("http2"),
            unsupported("https"),
            unsupported("net"),
            unsupported("tls"),
            unsupported("worker_threads"),
            // Node internals split out of the modules above
            new BuiltinModule("llrt:per-process", "js/llrt/per-process.js", realm -> realm.perProcess().binding(realm.global())),
            new BuiltinModule("llrt:errors", "js/node/internal/errors.js", null),
            new BuiltinModule("llrt:buffer-numbers", "js/node/internal/buffer-numbers.js", null),
            new BuiltinModule("llrt:crypto-random", "js/node/internal/crypto-random.js", realm -> CryptoBinding.create(realm)),
            new BuiltinModule("llrt:fs", "js/node/fs/internal.js", realm -> FsBinding.create(realm)),
            new BuiltinModule("llrt:fs-streams", "js/node/fs/streams.js", null),
            // the web platform (js/web/*.js)
            new BuiltinModule("llrt:encoding", "js/web/encoding.js", realm -> BufferBinding.create(realm)),
            new BuiltinModule("llrt:text-streams", "js/web/text-streams.js", null),
            new BuiltinModule("llrt:url", "js/web/url.js", null),
            new BuiltinModule("llrt:url-host", "js/web/url-host.js", realm -> UrlBinding.create(realm)),
            new BuiltinModule("llrt:url-parse", "js/web/url-parse.js", null),
            new BuiltinModule("llrt:url-search-params", "js/web/url-search-params.js", null),
            new BuiltinModule("llrt:url-legacy", "js/node/url-legacy.js", null),
            new BuiltinModule("llrt:dom-exception", "js/web/dom-exception.js", null),
            new BuiltinModule("llrt:events", "js/web/events.js", null),
            new BuiltinModule("llrt:abort", "js/web/abort.js", null),
            new BuiltinModule("llrt:blob", "js/web/blob.js", null),
            new BuiltinModule("llrt:form-data", "js/web/form-data.js", null),
            new BuiltinModule("llrt:structured-clone", "js/web/structured-clone.js", null),
            new BuiltinModule("llrt:web-inspect", "js/web/inspect.js", null),
            // Web Crypto's crypto.subtle: the operations, keys, algorithm normalisation
            new BuiltinModule("llrt:subtle", "js/web/subtle.js", realm -> SubtleBinding.create(realm)),
            new BuiltinModule("llrt:subtle/keys", "js/web/subtle/keys.js", realm -> SubtleBinding.create(realm)),
            new BuiltinModule("llrt:subtle/algorithms", "js/web/subtle/algorithms.js", null),
            // fetch and its types; llrt:net = connection warm-up for the SDK
            new BuiltinModule("llrt:fetch", "js/web/fetch.js", realm -> FetchBinding.create(realm)),
            new BuiltinModule("llrt:fetch-body", "js/web/body.js", realm -> FetchBinding.create(realm)),
            new BuiltinModule("llrt:headers", "js/web/headers.js", null),
            new BuiltinModule("llrt:request", "js/web/request.js", null),
            new BuiltinModule("llrt:response", "js/web/response.js", null),
            new BuiltinModule("llrt:net", "js/web/net.js", realm -> FetchBinding.create(realm)),
            // llrt's own
            new BuiltinModule("llrt:checksums", "js/llrt/checksums.js", realm -> ChecksumsBinding.create(realm)),
            new BuiltinModule("llrt:xml", "js/web/xml.js", realm -> XmlBinding.create(realm)),
            new BuiltinModule("llrt:test", "js/llrt/test.js", null),
            new BuiltinModule("llrt:awslambda", "js/llrt/awslambda.js", null),
            // npm packages bundled and lowered at build time (bundles/vendor.mjs)
            vendored("readable-stream"),
            vendored("web-streams"));

    private static final Map<String, BuiltinModule> BY_NAME =
            MODULES.stream().collect(Collectors.toUnmodifiableMap(BuiltinModule::name, Function.identity()));

    private static final String INTERNAL_PARTS = "llrt:test/";

    private ModuleRegistry() {}

    /** Requiring works (libraries import these at load); every function throws ERR_NOT_SUPPORTED. */
    private static BuiltinModule unsupported(String name) {
        return new BuiltinModule(name, "js/node/unsupported.js", null);
    }

    private static BuiltinModule vendored(String name) {
        return new BuiltinModule("llrt:" + name, "js/vendor/" + name + ".js", null);
    }

    public static BuiltinModule find(String name) {
        BuiltinModule module = BY_NAME.get(name);
        if (module == null && name.startsWith(INTERNAL_PARTS) && name.matches("llrt:test/[a-z-]+")) {
            // the test runner's own parts (js/llrt/test/*.js): reachable by name, not listed as built-ins; a name
            // with no such file is no built-in (require then fails as for any missing module)
            String resource = "js/llrt/test/" + name.substring(INTERNAL_PARTS.length()) + ".js";
            module = InternalScripts.exists(resource) ? new BuiltinModule(name, resource, null) : null;
        }
        return module;
    }

    public static List<BuiltinModule> all() {
        return MODULES;
    }
}
