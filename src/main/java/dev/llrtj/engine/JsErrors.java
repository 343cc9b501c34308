package dev.llrtj.engine;

import java.util.List;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.EcmaError;
import org.mozilla.javascript.EvaluatorException;
import org.mozilla.javascript.JavaScriptException;
import org.mozilla.javascript.RhinoException;
import org.mozilla.javascript.ScriptRuntime;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptableObject;
import org.mozilla.javascript.Undefined;

/** Turns whatever JS threw (an Error, a string, a Java failure) into the name/message/stack the runtime reports. */
public final class JsErrors {
    private JsErrors() {}

    /** What Lambda and Node print for a thrown value. {@code stack} holds frame lines only, already source-mapped. */
    public record ErrorInfo(String name, String message, List<String> stack, boolean isError) {
        public String headline() {
            return message.isEmpty() ? name : name + ": " + message;
        }
    }

    public static EcmaError syntaxError(EvaluatorException e) {
        return ScriptRuntime.constructError(
                "SyntaxError", e.details(), e.sourceName(), e.lineNumber(), e.lineSource(), e.columnNumber());
    }

    /** The JS value a `catch` block would have seen for this Java-side throwable. */
    public static Object toJsValue(Context cx, Scriptable scope, Throwable t) {
        if (t instanceof JavaScriptException jse) {
            return jse.getValue();
        }
        if (t instanceof EvaluatorException ee) {
            t = syntaxError(ee);
        }
        if (t instanceof RhinoException) {
            return ScriptRuntime.wrapException(t, scope, cx);
        }
        // a Java failure with no JS catch on its way (a binding called from Java, a Promise job): what a catch
        // block would have seen
        return ScriptRuntime.wrapException(JavaFailures.toEcmaError(t), scope, cx);
    }

    public static ErrorInfo describe(Object value) {
        if (value instanceof Scriptable obj && isErrorLike(obj)) {
            String name = stringProp(obj, "name", "Error");
            String message = stringProp(obj, "message", "");
            return new ErrorInfo(name, message, StackFrames.lines(stringProp(obj, "stack", "")), true);
        }
        String type = value == null ? "object" : value instanceof Undefined ? "undefined" : ScriptRuntime.typeof(value);
        return new ErrorInfo(type, Context.toString(value), List.of(), false);
    }

    public static ErrorInfo describe(Throwable t) {
        if (t instanceof JavaScriptException jse) {
            return describe(jse.getValue());
        }
        if (t instanceof EcmaError ee) {
            return new ErrorInfo(ee.getName(), ee.getErrorMessage(), StackFrames.of(ee), true);
        }
        if (t instanceof EvaluatorException ee) {
            return describe(syntaxError(ee));
        }
        if (t instanceof RhinoException re) {
            return new ErrorInfo("Error", re.details(), StackFrames.of(re), true);
        }
        String[] js = JavaFailures.jsNameAndMessage(t.getClass().getName(), t.getMessage());
        return new ErrorInfo(js[0], js[1], List.of(), true);
    }

    private static boolean isErrorLike(Scriptable obj) {
        for (Scriptable p = obj; p != null; p = p.getPrototype()) {
            if ("Error".equals(p.getClassName())) { // NativeError and its subclasses' prototypes
                return true;
            }
        }
        return property(obj, "stack") instanceof CharSequence && property(obj, "message") instanceof CharSequence;
    }

    private static String stringProp(Scriptable obj, String key, String fallback) {
        Object v = property(obj, key);
        return v == Scriptable.NOT_FOUND || v instanceof Undefined || v == null ? fallback : Context.toString(v);
    }

    /**
     * Reporting an error must not fail: a getter may throw, and Rhino 1.9.1's own `stack` getter throws a
     * ClassCastException for an Error whose prototype was swapped (a subclass set up without bootstrap.js's help).
     */
    private static Object property(Scriptable obj, String key) {
        try {
            return ScriptableObject.getProperty(obj, key);
        } catch (Uncatchable e) {
            throw e;
        } catch (RuntimeException e) {
            return Scriptable.NOT_FOUND;
        }
    }
}
