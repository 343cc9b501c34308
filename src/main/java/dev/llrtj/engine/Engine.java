package dev.llrtj.engine;

import org.mozilla.javascript.Context;
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

    /**
     * Typed arrays in the platform's byte order, little-endian as Node has them everywhere it runs: Rhino's
     * default is big-endian, so `new Uint8Array(new Uint16Array([1]).buffer)` would read [0, 1].
     */
    private static final ContextFactory FACTORY = new ContextFactory() {
        @Override
        protected boolean hasFeature(Context cx, int featureIndex) {
            return featureIndex == Context.FEATURE_LITTLE_ENDIAN || super.hasFeature(cx, featureIndex);
        }
    };

    private Engine() {}

    /** Enters a Context on the calling thread; the caller keeps it for the thread's lifetime. */
    public static Context enter() {
        Context cx = FACTORY.enterContext();
        cx.setInterpretedMode(true);
        cx.setLanguageVersion(Context.VERSION_ES6);
        cx.setTrackUnhandledPromiseRejections(true);
        cx.setClassShutter(className -> false);
        return cx;
    }

    /** A fresh global scope: standard objects without LiveConnect (no Packages, java, JavaImporter). */
    public static ScriptableObject newGlobal(Context cx) {
        // a TopLevel with cached built-ins: on a plain scope Rhino gives generator functions a null prototype
        // (no .apply/.call), which breaks every lowered async function
        TopLevel global = new TopLevel();
        cx.initSafeStandardObjects(global, false);
        global.cacheBuiltins(global, false);
        shareStackSettings(global);
        global.associateValue(OWNER_KEY, cx);
        for (String alias : new String[] {"globalThis", "global", "self"}) {
            ScriptableObject.defineProperty(global, alias, global, ScriptableObject.DONTENUM);
        }
        return global;
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
