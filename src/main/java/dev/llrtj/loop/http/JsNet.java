package dev.llrtj.loop.http;

import java.util.ArrayList;
import java.util.List;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.Function;
import org.mozilla.javascript.ScriptRuntime;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptableObject;
import org.mozilla.javascript.Undefined;

/**
 * How the rooms built on this package (fetch, http) hand results to JS: node-style callbacks (error, value), an
 * error as {message, code, aborted}, a response head as {status, statusText, headers, version}.
 */
public final class JsNet {
    private JsNet() {}

    public static Object error(Scriptable scope, Throwable t) {
        if (t == null) {
            return null;
        }
        Scriptable o = Context.getCurrentContext().newObject(scope);
        o.put("message", o, NetErrors.message(t));
        String code = NetErrors.code(t);
        o.put("code", o, code == null ? Undefined.instance : code);
        o.put("aborted", o, t instanceof Exchange.AbortedException);
        return o;
    }

    public static Scriptable head(Scriptable scope, Exchange.Head head) {
        Context cx = Context.getCurrentContext();
        Scriptable o = cx.newObject(scope);
        o.put("status", o, head.status());
        o.put("statusText", o, head.statusText());
        o.put("headers", o, cx.newArray(scope, head.headers().toArray()));
        o.put("version", o, head.version());
        return o;
    }

    public static void call(Scriptable scope, Function fn, Object error, Object value) {
        fn.call(Context.getCurrentContext(), scope, scope, new Object[] {error, value});
    }

    public static Function function(Object value) {
        if (value instanceof Function f) {
            return f;
        }
        throw ScriptRuntime.typeError("callback must be a function");
    }

    /** A JS array (or array-like) as strings; anything else as an empty list. */
    public static List<String> strings(Object array) {
        List<String> out = new ArrayList<>();
        if (array instanceof Scriptable list) {
            long n = (long) Context.toNumber(ScriptableObject.getProperty(list, "length"));
            for (int i = 0; i < n; i++) {
                out.add(Context.toString(ScriptableObject.getProperty(list, i)));
            }
        }
        return out;
    }
}
