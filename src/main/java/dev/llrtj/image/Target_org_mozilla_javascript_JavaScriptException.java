package dev.llrtj.image;

import com.oracle.svm.core.annotate.Alias;
import com.oracle.svm.core.annotate.Substitute;
import com.oracle.svm.core.annotate.TargetClass;
import org.mozilla.javascript.JavaScriptException;
import org.mozilla.javascript.NativeIterator;
import org.mozilla.javascript.ScriptRuntime;
import org.mozilla.javascript.Scriptable;

/**
 * In the native executable only: {@link JavaScriptException#getDetails()} answers a generator's completion without
 * throwing. Rhino ends every generator that returns (every async function, which the lowering runs on a generator)
 * by wrapping a {@code StopIteration} in a JavaScriptException, whose constructor computes its details string at
 * once. {@code StopIteration} objects have no prototype, so converting one to a string finds no {@code toString},
 * throws a TypeError (its message formatted through Rhino's resource bundle, its Java stack trace filled in) and
 * falls back to {@code "[object StopIteration]"}. That detour was 9% of a DynamoDB handler's cold start and half of
 * a returning generator's cost (9.8 µs per return). The answer is the same string, computed directly;
 * {@code JavaScriptExceptionDetailsTest} pins it to what Rhino itself answers.
 */
@TargetClass(JavaScriptException.class)
final class Target_org_mozilla_javascript_JavaScriptException {
    @Alias private Object value;

    @Substitute
    public String getDetails() {
        if (value instanceof NativeIterator.StopIteration stop) {
            return Target_org_mozilla_javascript_ScriptRuntime.defaultObjectToString(stop);
        }
        // the rest as Rhino 1.9.1 decides: null, errors by their own toString, others converted to a string
        if (value == null) {
            return "null";
        }
        // Rhino's NativeError is package-private and final: its name identifies it exactly (no fields allowed here)
        if (value.getClass().getName().equals("org.mozilla.javascript.NativeError")) {
            return value.toString();
        }
        try {
            return ScriptRuntime.toString(value);
        } catch (RuntimeException unconvertible) {
            return value instanceof Scriptable scriptable
                    ? Target_org_mozilla_javascript_ScriptRuntime.defaultObjectToString(scriptable) : value.toString();
        }
    }
}

/** Rhino's package-private helper, reached from the substitution above. */
@TargetClass(ScriptRuntime.class)
final class Target_org_mozilla_javascript_ScriptRuntime {
    @Alias
    static native String defaultObjectToString(Scriptable obj);
}
