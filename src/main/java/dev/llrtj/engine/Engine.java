package dev.llrtj.engine;

import org.mozilla.javascript.Context;
import org.mozilla.javascript.ContextFactory;
import org.mozilla.javascript.Function;
import org.mozilla.javascript.RhinoException;
import org.mozilla.javascript.Script;
import org.mozilla.javascript.ScriptableObject;
import org.mozilla.javascript.StackStyle;
import org.mozilla.javascript.TopLevel;

/** Rhino set-up shared by every realm: one Context per thread, interpreted, ES6, no Java access from JS. */
public final class Engine {
    static {
        // "    at fn (file:line)" lines, the shape Node users and Lambda's stackTrace expect
        RhinoException.setStackStyle(StackStyle.V8);
    }

    private Engine() {}

    /** Enters a Context on the calling thread; the caller keeps it for the thread's lifetime. */
    public static Context enter() {
        Context cx = ContextFactory.getGlobal().enterContext();
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
        for (String alias : new String[] {"globalThis", "global", "self"}) {
            ScriptableObject.defineProperty(global, alias, global, ScriptableObject.DONTENUM);
        }
        return global;
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
        return (Function) wrapper.exec(cx, scope, scope);
    }
}
