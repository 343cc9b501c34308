package dev.llrtj.realm;

import dev.llrtj.engine.Engine;
import dev.llrtj.engine.JsErrors;
import dev.llrtj.engine.Natives;
import dev.llrtj.loop.EventLoop;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.Function;
import org.mozilla.javascript.ScriptableObject;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.Undefined;

/**
 * One JS global scope with its own module loader and caches, living on one {@link EventLoop}. Everything here
 * runs on the loop thread. Built-ins load lazily: a bare realm loads only the loader, timers and process.
 */
public final class Realm {
    // The loop, its Context and the arguments are the process's: a realm prepared while the native image is built
    // (ImageSnapshot) has none until the first start attaches it (attach).
    private EventLoop loop;
    private Context cx;
    private List<String> argv;
    private final ScriptableObject global;
    private final Map<String, Scriptable> internals = new HashMap<>();
    private final PerProcess perProcess;
    private final Scriptable loader;
    private final Builtins builtins;

    private Realm(Context cx, EventLoop loop, List<String> argv, Builtins builtins) {
        this.loop = loop;
        this.cx = cx;
        this.builtins = builtins;
        this.argv = argv;
        this.perProcess = new PerProcess(loop != null);
        this.global = Engine.newGlobal(cx, loop != null);
        this.loader = internal("loader");
        // bootstrap.js gets the loader as its `native`, the realm's own Java helpers as its `exports`
        Function bootstrap = Engine.instantiate(cx, InternalScripts.get(cx, InternalScripts.OWN + "bootstrap.js"), global);
        ScriptableObject realmNatives = Natives.newObject(global);
        realmNatives.defineProperty("installAsyncDriver", AsyncDriver.installer(global), ScriptableObject.DONTENUM);
        realmNatives.defineProperty("makeThen", GuardedThen.factory(global), ScriptableObject.DONTENUM);
        bootstrap.call(cx, global, global, new Object[] {realmNatives, Undefined.instance, cx.newObject(global), loader});
    }

    /**
     * A realm offering {@code builtins} for this process; call on the loop thread. {@code argv} becomes process.argv.
     * The native executable's first realm is the one its image holds (bootstrapped, the embedded SDK already
     * imported), attached to this loop, when it was prepared with the same built-ins; every other realm is built here.
     */
    public static Realm create(EventLoop loop, List<String> argv, Builtins builtins) {
        loop.assertInLoop();
        Realm prepared = PreparedRealm.take(builtins);
        if (prepared != null) {
            prepared.attach(loop, argv);
            return prepared;
        }
        return new Realm(loop.cx(), loop, argv, builtins);
    }

    public Builtins builtins() {
        return builtins;
    }

    /** Image build only: a realm with no loop, whose per-process values stay unread until {@link #attach}. */
    static Realm detached(Context cx, Builtins builtins) {
        return new Realm(cx, null, List.of(), builtins);
    }

    /** Image build only: the builder's Context is not stored in the image (the start attaches its own). */
    void releaseBuildContext() {
        this.cx = null;
    }

    private void attach(EventLoop loop, List<String> argv) {
        this.loop = loop;
        this.cx = loop.cx();
        this.argv = argv;
        Engine.adopt(global, cx);
        perProcess.start(cx, global);
    }

    /** The loop this realm runs on; a realm being prepared in the image builder has none, and must not ask. */
    public EventLoop loop() {
        if (loop == null) {
            throw perProcess.violation("the event loop");
        }
        return loop;
    }

    PerProcess perProcess() {
        return perProcess;
    }

    public ScriptableObject global() {
        return global;
    }

    public List<String> argv() {
        return argv;
    }

    /** Runs a file as the main module: undefined when it completed synchronously, else a Promise. */
    public Object runMain(Path file) {
        return callLoader("runMain", file.toAbsolutePath().toString());
    }

    /** Runs {@code source} as the main module, as if it were the file {@code file} (`llrt -e`: cwd/[eval]). */
    public Object runMain(Path file, String source) {
        return callLoader("runMain", file.toAbsolutePath().toString(), source);
    }

    /** import(file): a Promise of the module namespace. */
    public Object importFile(Path file) {
        return callLoader("importFile", file.toAbsolutePath().toString());
    }

    /** require(spec) as a CommonJS module in {@code fromFile} would. */
    public Object require(String spec, Path fromFile) {
        Function createRequire = (Function) ScriptableObject.getProperty(loader, "createRequire");
        Function req = (Function) createRequire.call(cx, global, loader, new Object[] {fromFile.toAbsolutePath().toString()});
        return req.call(cx, global, global, new Object[] {spec});
    }

    /** Whether the built-in {@code name} has been loaded in this realm. */
    public boolean builtinLoaded(String name) {
        return Boolean.TRUE.equals(callLoader("isLoaded", name));
    }

    public Object requireBuiltin(String name) {
        return callLoader("requireBuiltin", name);
    }

    public Object call(Function fn, Object thisObj, Object... args) {
        Scriptable self = thisObj instanceof Scriptable s ? s : global;
        return fn.call(cx, global, self, args);
    }

    /** Settles on the loop thread when {@code value} (a Promise or any value) settles. */
    public CompletableFuture<Object> settle(Object value) {
        CompletableFuture<Object> result = new CompletableFuture<>();
        if (value instanceof Scriptable thenable && ScriptableObject.getProperty(thenable, "then") instanceof Function then) {
            then.call(cx, global, thenable, new Object[] {
                callback(result::complete),
                callback(reason -> result.completeExceptionally(new JsRejection(reason)))
            });
        } else {
            result.complete(value);
        }
        return result;
    }

    private Function callback(Consumer<Object> onValue) {
        return Natives.function(global, "settle", 1, (c, s, args) -> {
            onValue.accept(args.length > 0 ? args[0] : Undefined.instance);
            return null;
        });
    }

    /** The value a JS `catch` would see for a Java-side failure. */
    public Object toJs(Throwable t) {
        return JsErrors.toJsValue(cx, global, t);
    }

    /**
     * Node's handling of errors nobody caught, for a realm that owns its process (`llrt file.js`, the test
     * runner's files): listeners first, else print and exit 1; and exit when the loop runs out of work.
     */
    public void installProcessDefaults() {
        Scriptable uncaught = internal("uncaught");
        loop.setUncaughtHandler(t -> invoke(uncaught, "handleUncaught", toJs(t), "uncaughtException"));
        loop.setRejectionHandler((reason, promise) -> invoke(uncaught, "handleRejection", reason, promise));
        loop.setIdleListener(() -> invoke(uncaught, "handleIdle"));
    }

    /** Calls an exported function of one of the runtime's internal JS files (dev/llrtj/realm/NAME.js). */
    public Object callInternal(String file, String fn, Object... args) {
        return invoke(internal(file), fn, args);
    }

    private Object invoke(Scriptable exports, String fn, Object... args) {
        return ((Function) ScriptableObject.getProperty(exports, fn)).call(cx, global, exports, args);
    }

    /** The loader's exports, handed to node:module as its binding. */
    public Scriptable loaderExports() {
        return loader;
    }

    /** [wrapper function, binding object] of a built-in, for the loader. */
    Scriptable builtinDefinition(String name) {
        BuiltinModule module = builtins.find(name);
        if (module == null || !InternalScripts.exists(module.resource())) {
            throw new IllegalArgumentException("no built-in module " + name);
        }
        Function wrapper = Engine.instantiate(cx, InternalScripts.get(cx, module.resource()), global);
        Object binding = module.binding() == null ? Undefined.instance : module.binding().create(this);
        return cx.newArray(global, new Object[] {wrapper, binding});
    }

    /** One of the loader's own files (dev/llrtj/realm/NAME.js), loaded once per realm. */
    public Scriptable internal(String name) {
        Scriptable exports = internals.get(name);
        if (exports == null) {
            ScriptableObject module = (ScriptableObject) cx.newObject(global);
            exports = cx.newObject(global);
            module.put("exports", module, exports);
            internals.put(name, exports);
            Function wrapper = Engine.instantiate(cx, InternalScripts.get(cx, InternalScripts.OWN + name + ".js"), global);
            Function req = Natives.function(global, "require", 1, (c, s, args) -> internal(Natives.str(args, 0)));
            wrapper.call(cx, global, exports, new Object[] {exports, req, module, LoaderBinding.create(this)});
            exports = (Scriptable) module.get("exports", module);
            internals.put(name, exports);
        }
        return exports;
    }

    private Object callLoader(String fn, Object... args) {
        return invoke(loader, fn, args);
    }

    /** A Promise rejection surfaced to Java, keeping the JS reason. */
    public static final class JsRejection extends RuntimeException {
        private final transient Object reason;

        public JsRejection(Object reason) {
            super(JsErrors.describe(reason).headline(), null, false, false);
            this.reason = reason;
        }

        public Object reason() {
            return reason;
        }
    }
}
