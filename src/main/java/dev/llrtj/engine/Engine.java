package dev.llrtj.engine;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.ErrorReporter;
import org.mozilla.javascript.EvaluatorException;
import org.mozilla.javascript.ContextFactory;
import org.mozilla.javascript.Function;
import org.mozilla.javascript.RhinoException;
import org.mozilla.javascript.Script;
import org.mozilla.javascript.ScriptRuntime;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptableObject;
import org.mozilla.javascript.StackStyle;
import org.mozilla.javascript.TopLevel;

/** Rhino set-up shared by every realm: one Context per thread, interpreted, ES6, no Java access from JS. */
public final class Engine {
    static {
        // "    at fn (file:line)" lines, the shape Node users and Lambda's stackTrace expect
        RhinoException.setStackStyle(StackStyle.V8);
    }

    // NativeError's key for its per-realm stack settings (Rhino 1.9.1 internals)
    private static final String ERROR_SETTINGS_KEY = "_ErrorPrototypeProps";
    private static final String[] NATIVE_ERROR_SUBTYPES = {
        "TypeError", "RangeError", "SyntaxError", "ReferenceError", "EvalError", "URIError", "AggregateError",
        "InternalError"
    };

    private static final String OWNER_KEY = "llrt.ownerContext";

    /** Built at image build time (empty on a JVM): see {@link #prepareImageGlobal}, {@link #precompileForImage}. */
    private static final AtomicReference<TopLevel> IMAGE_GLOBAL = new AtomicReference<>();
    private static final Map<SourceKey, Script> IMAGE_SCRIPTS = new HashMap<>();

    /**
     * A source's identity without keeping the source: its length, String hash and a 64-bit FNV-1a hash of its chars
     * (96 bits in all, so that no other file, the user's included, can be taken for a precompiled one by chance).
     */
    private record SourceKey(String params, int length, int hash, long fnv) {
        SourceKey(String params, String body) {
            this(params, body.length(), body.hashCode(), fnv1a(body));
        }

        private static long fnv1a(String s) {
            long h = 0xcbf29ce484222325L;
            for (int i = 0, n = s.length(); i < n; i++) {
                h = (h ^ s.charAt(i)) * 0x100000001b3L;
            }
            return h;
        }
    }

    /**
     * Typed arrays in the platform's byte order, little-endian as Node has them everywhere it runs: Rhino's
     * default is big-endian, so `new Uint8Array(new Uint16Array([1]).buffer)` would read [0, 1]. Enhanced Java
     * access lets JS `catch` see Java failures ({@link JavaFailures}); no Java class is visible to JS either way
     * (the class shutter below).
     */
    // every Context is a ScopingContext: block scoping Rhino gets wrong is rewritten before it compiles user code
    private static final ContextFactory FACTORY = new ContextFactory() {
        @Override
        protected Context makeContext() {
            return new ScopingContext(this);
        }

        @Override
        protected boolean hasFeature(Context cx, int featureIndex) {
            return featureIndex == Context.FEATURE_LITTLE_ENDIAN || featureIndex == Context.FEATURE_ENHANCED_JAVA_ACCESS
                    || super.hasFeature(cx, featureIndex);
        }
    };

    /**
     * Globals Rhino defines that Node does not have: its own built-ins (continuations, `with` and call objects,
     * Script, the legacy Iterator/StopIteration pair, E4X and uneval leftovers) and the constructors it keeps for
     * itself. User code must not see them; Rhino finds what it still needs in the TopLevel's cache or in values
     * associated with the global, not through these names.
     */
    private static final String[] RHINO_ONLY_GLOBALS = {
        "Continuation", JavaFailures.RHINO_CTOR_NAME, "InternalError", "Call", "With", "Script", "Iterator",
        "StopIteration", "__GeneratorFunction", "isXMLName", "uneval"
    };

    private Engine() {}

    /**
     * JS call depth at which a call throws Node's {@code RangeError: Maximum call stack size exceeded} (Node allows about
     * 11,000 frames of a one-argument function). Rhino's interpreter keeps JS frames on the heap, not the thread's
     * stack: without a limit, runaway recursion ran until the heap was gone and the process died (silently in the
     * native executable). Rhino counts frames in a short, so the limit must stay under 32,767.
     */
    static final int MAX_CALL_DEPTH = 10_000;

    /** Rhino's own words for the limit above (Interpreter.CallFrame), which it reports through the error reporter. */
    private static final String RHINO_DEPTH_MESSAGE = "Exceeded maximum stack depth";

    /** Enters a Context on the calling thread; the caller keeps it for the thread's lifetime. */
    public static Context enter() {
        Context cx = FACTORY.enterContext();
        cx.setInterpretedMode(true);
        cx.setLanguageVersion(Context.VERSION_ES6);
        cx.setTrackUnhandledPromiseRejections(true);
        cx.setClassShutter(className -> false);
        cx.setMaximumInterpreterStackDepth(MAX_CALL_DEPTH);
        cx.setErrorReporter(callDepthAsRangeError(cx.getErrorReporter()));
        return cx;
    }

    /**
     * Rhino reports the exceeded depth as an EvaluatorException, which JS catches as an InternalError; Node throws a
     * RangeError. An EcmaError thrown from the reporter reaches JS catch blocks as that RangeError.
     */
    private static ErrorReporter callDepthAsRangeError(ErrorReporter rhino) {
        return new ErrorReporter() {
            @Override
            public void warning(String message, String sourceName, int line, String lineSource, int lineOffset) {
                rhino.warning(message, sourceName, line, lineSource, lineOffset);
            }

            @Override
            public void error(String message, String sourceName, int line, String lineSource, int lineOffset) {
                rhino.error(message, sourceName, line, lineSource, lineOffset);
            }

            @Override
            public EvaluatorException runtimeError(String message, String sourceName, int line, String lineSource,
                                                   int lineOffset) {
                if (RHINO_DEPTH_MESSAGE.equals(message)) {
                    throw ScriptRuntime.constructError("RangeError", "Maximum call stack size exceeded");
                }
                return rhino.runtimeError(message, sourceName, line, lineSource, lineOffset);
            }
        };
    }

    /**
     * A fresh global scope: standard objects without LiveConnect (no Packages, java, JavaImporter). The native
     * executable's first realm takes the one built into its image ({@link #prepareImageGlobal}).
     */
    public static ScriptableObject newGlobal(Context cx) {
        return newGlobal(cx, true);
    }

    /**
     * As {@link #newGlobal(Context)}; an unowned global (a realm prepared in the image builder, with no loop yet) gets
     * its owner when a process {@linkplain #adopt adopts} it.
     */
    public static ScriptableObject newGlobal(Context cx, boolean owned) {
        TopLevel global = owned ? IMAGE_GLOBAL.getAndSet(null) : null;
        if (global == null) {
            global = standardGlobal(cx);
        }
        if (owned) {
            adopt(global, cx);
        }
        return global;
    }

    /** Makes {@code cx} (and so its thread) the owner of {@code global}: see {@link #ownerOf}. */
    public static void adopt(ScriptableObject global, Context cx) {
        global.associateValue(OWNER_KEY, cx);
    }

    private static TopLevel standardGlobal(Context cx) {
        // a TopLevel with cached built-ins: on a plain scope Rhino gives generator functions a null prototype
        // (no .apply/.call), which breaks every lowered async function
        TopLevel global = new TopLevel();
        cx.initSafeStandardObjects(global, false);
        JavaFailures.installConverter(global);
        global.cacheBuiltins(global, false);
        shareStackSettings(global);
        for (String name : RHINO_ONLY_GLOBALS) {
            global.delete(name);
        }
        for (String alias : new String[] {"globalThis", "global", "self"}) {
            ScriptableObject.defineProperty(global, alias, global, ScriptableObject.DONTENUM);
        }
        return global;
    }

    /**
     * Image build only: one global with Rhino's standard objects, stored in the native image heap for the first
     * realm to take (a cold start then builds none: ~50 ms of a JVM start). It holds nothing per process: Rhino's
     * Math.random asks the JDK at each call, and Date reads the clock and time zone at each call.
     */
    public static void prepareImageGlobal(Context cx) {
        IMAGE_GLOBAL.set(standardGlobal(cx));
    }

    /**
     * Image build only: {@code body} compiled as {@link #compileWrapper} would, for a run-time call with the same
     * body and params (whatever the file's path then) to take instead of parsing it again. For code whose files ship
     * beside the executable (the embedded SDK): the runtime still reads the file and the key is its content.
     */
    public static void precompileForImage(Context cx, String body, String fileName, String params) {
        Script script = compileWrapper(cx, body, fileName, params);
        ImageScripts.compact(script);
        IMAGE_SCRIPTS.put(new SourceKey(params, body), script);
    }

    /** The Context (hence the event loop thread) whose global {@code scope} belongs to; null for foreign scopes. */
    public static Context ownerOf(Scriptable scope) {
        Scriptable top = ScriptableObject.getTopLevelScope(scope);
        return top instanceof ScriptableObject global && global.getAssociatedValue(OWNER_KEY) instanceof Context cx ? cx : null;
    }

    /**
     * Rhino keeps Error.prepareStackTrace and Error.stackTraceLimit on Error.prototype only, and a TypeError
     * (RangeError, ...) looks them up on its own prototype: without this, `new TypeError(m).stack` ignores
     * prepareStackTrace and lacks Node's "TypeError: m" header.
     */
    private static void shareStackSettings(ScriptableObject global) {
        Object settings = errorPrototype(global, "Error").getAssociatedValue(ERROR_SETTINGS_KEY);
        if (settings == null) {
            return; // a Rhino that stores them elsewhere: nothing to share
        }
        for (String name : NATIVE_ERROR_SUBTYPES) {
            ScriptableObject proto = errorPrototype(global, name);
            if (proto != null && proto.getAssociatedValue(ERROR_SETTINGS_KEY) == null) {
                proto.associateValue(ERROR_SETTINGS_KEY, settings);
            }
        }
    }

    private static ScriptableObject errorPrototype(ScriptableObject global, String ctorName) {
        Object ctor = ScriptableObject.getProperty(global, ctorName);
        Object proto = ctor instanceof Scriptable s ? ScriptableObject.getProperty(s, "prototype") : null;
        return proto instanceof ScriptableObject p ? p : null;
    }

    /**
     * Compiles {@code body} as the body of {@code function (params) { body }}, keeping the body's line numbers:
     * the wrapper adds nothing before line 1. Syntax errors become JS SyntaxErrors naming file and line.
     */
    public static Script compileWrapper(Context cx, String body, String fileName, String params) {
        if (!IMAGE_SCRIPTS.isEmpty()) {
            Script compiled = IMAGE_SCRIPTS.get(new SourceKey(params, body));
            if (compiled != null) {
                return compiled;
            }
        }
        String source = "(function (" + params + ") {" + body + "\n})";
        try {
            return cx.compileString(source, fileName, 1, null);
        } catch (org.mozilla.javascript.EvaluatorException e) {
            throw JsErrors.syntaxError(e);
        }
    }

    /** Instantiates a compiled wrapper in a realm. */
    public static Function instantiate(Context cx, Script wrapper, ScriptableObject scope) {
        if (ScriptRuntime.hasTopCall(cx)) {
            return (Function) wrapper.exec(cx, scope, scope);
        }
        // called from Java with no JS on the stack, Script.exec would run every queued Promise job when it
        // returns: the event loop alone decides when those run (after nextTick callbacks, as Node does)
        return (Function) ScriptRuntime.doTopCall(
                (c, s, thisObj, args) -> wrapper.exec(c, s, thisObj), cx, scope, scope, ScriptRuntime.emptyArgs, false);
    }
}
