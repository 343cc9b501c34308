package dev.llrtj.engine;

import org.mozilla.javascript.BaseFunction;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.EcmaError;
import org.mozilla.javascript.ScriptRuntime;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptableObject;
import org.mozilla.javascript.TopLevel;

/**
 * The JS error a Java failure becomes when it crosses into JS: a StackOverflowError is Node's
 * {@code RangeError: Maximum call stack size exceeded}, an OutOfMemoryError an Error that says so, anything else
 * (a RuntimeException from a built-in or a binding) an Error with the Java message.
 *
 * <p>One mechanism for every call site: the engine runs with {@link Context#FEATURE_ENHANCED_JAVA_ACCESS}, so that
 * Rhino's interpreter lets a JS {@code catch} see any Java throwable (without it, a Java Error skipped every JS
 * handler and ended the process, even inside try/catch). Rhino then builds the caught value with the realm's cached
 * "JavaException" constructor, passing {@code throwable.toString()}; {@link #installConverter} puts a constructor
 * of ours in that cache, which builds the matching JS error instead. A Java failure that reaches Java code with no
 * JS catch in between (the event loop, a Promise job) goes through {@link JsErrors#toJsValue}, with the same rules.
 * What JS must never catch (process.exit's unwinding) extends {@link Uncatchable}.
 */
public final class JavaFailures {
    /** The name under which Rhino looks the constructor up; it is removed from the global once cached. */
    static final String RHINO_CTOR_NAME = "JavaException";

    private JavaFailures() {}

    /** Defines the converter under Rhino's name; {@link TopLevel#cacheBuiltins} must run after this. */
    static void installConverter(TopLevel global) {
        ScriptableObject.defineProperty(global, RHINO_CTOR_NAME, new Converter(global), ScriptableObject.DONTENUM);
    }

    /** The JS error for {@code t}, thrown from Java (its stack is that of the JS running now). */
    public static EcmaError toEcmaError(Throwable t) {
        String[] js = jsNameAndMessage(t.getClass().getName(), t.getMessage());
        return ScriptRuntime.constructError(js[0], js[1]);
    }

    /** {name, message} of the JS error for a Java throwable of class {@code javaClass} with {@code message}. */
    static String[] jsNameAndMessage(String javaClass, String message) {
        if (javaClass.equals(StackOverflowError.class.getName())) {
            return new String[] {"RangeError", "Maximum call stack size exceeded"};
        }
        if (javaClass.equals(OutOfMemoryError.class.getName())) {
            // Node ends the process there ("JavaScript heap out of memory"); the JVM can go on once the work is dropped
            return new String[] {"Error", "JavaScript heap out of memory" + (message == null ? "" : " (" + message + ")")};
        }
        String simpleName = javaClass.substring(javaClass.lastIndexOf('.') + 1);
        return new String[] {"Error", message == null || message.isEmpty() ? simpleName : message};
    }

    /**
     * Stands where Rhino expects the JavaException constructor. Rhino calls it with {@code throwable.toString()}
     * ("class.Name" or "class.Name: message"), then the file and line, and sets the caught error's stack itself.
     */
    private static final class Converter extends BaseFunction {
        Converter(Scriptable scope) {
            super(scope, ScriptableObject.getFunctionPrototype(scope));
        }

        @Override
        public Scriptable construct(Context cx, Scriptable scope, Object[] args) {
            String description = args.length > 0 ? Context.toString(args[0]) : "java.lang.Error";
            int colon = description.indexOf(": ");
            String[] js = colon < 0
                    ? jsNameAndMessage(description, null)
                    : jsNameAndMessage(description.substring(0, colon), description.substring(colon + 2));
            Object[] ctorArgs = args.clone();
            if (ctorArgs.length > 0) {
                ctorArgs[0] = js[1];
            }
            return cx.newObject(ScriptableObject.getTopLevelScope(scope), js[0], ctorArgs);
        }

        @Override
        public Object call(Context cx, Scriptable scope, Scriptable thisObj, Object[] args) {
            return construct(cx, scope, args);
        }

        @Override
        public String getFunctionName() {
            return RHINO_CTOR_NAME;
        }
    }
}
