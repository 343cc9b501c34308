package dev.llrtj.realm;

import dev.llrtj.engine.JsErrors;
import dev.llrtj.engine.Natives;
import org.mozilla.javascript.Callable;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.ContinuationPending;
import org.mozilla.javascript.Function;
import org.mozilla.javascript.JavaScriptException;
import org.mozilla.javascript.ScriptRuntime;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptableObject;
import org.mozilla.javascript.Undefined;

/**
 * The realm's {@code Promise.prototype.then} (bootstrap.js) in Java. Rhino 1.9.1 hands an engine error thrown in a
 * Promise reaction (the TypeError of {@code undefined.x}) to the next promise re-wrapped: message "TypeError: msg
 * (file#line)" and no stack. bootstrap.js therefore wrapped each reaction in an interpreted try/catch, a closure and
 * an interpreted frame more on every {@code then} and every reaction (3-4% of a warm SDK call, docs/warm-sdk.md).
 * Here the wrapper is a Java function: what the reaction throws becomes the value a JS {@code catch} would have seen,
 * thrown on as a JS exception, so the promise is rejected with the real error object. While an AsyncLocalStorage
 * exists, each reaction goes through bootstrap's JS {@code guardReaction} instead, which also runs it in the async
 * context current at the {@code then}.
 */
final class GuardedThen {
    private GuardedThen() {}

    /** bootstrap.js's {@code makeThen(nativeThen, asyncContext, guardReaction)}: the replacement {@code then}. */
    static Function factory(Scriptable global) {
        return Natives.function(global, "makeThen", 3, (cx, scope, args) -> {
            Function nativeThen = (Function) args[0];
            Scriptable asyncContext = (Scriptable) args[1];
            Function jsGuard = (Function) args[2];
            return Natives.method(global, "then", 2, (c, s, promise, a) -> {
                Object onFulfilled = a.length > 0 ? a[0] : Undefined.instance;
                Object onRejected = a.length > 1 ? a[1] : Undefined.instance;
                if (Boolean.TRUE.equals(ScriptableObject.getProperty(asyncContext, "enabled"))) {
                    onFulfilled = jsGuard.call(c, s, s, new Object[] {onFulfilled});
                    onRejected = jsGuard.call(c, s, s, new Object[] {onRejected});
                } else {
                    onFulfilled = guard(global, onFulfilled);
                    onRejected = guard(global, onRejected);
                }
                return nativeThen.call(c, s, promise, new Object[] {onFulfilled, onRejected});
            });
        });
    }

    private static Object guard(Scriptable global, Object reaction) {
        if (!(reaction instanceof Callable fn) || !"function".equals(ScriptRuntime.typeof(reaction))) {
            return reaction; // not a function: `then` ignores it, as before
        }
        return Natives.method(global, "", 1, (cx, scope, thisObj, args) -> {
            try {
                // `this` as the interpreted guard's plain call fn(value) gave it: the global
                return fn.call(cx, scope, global, args);
            } catch (JavaScriptException | ContinuationPending | OutOfMemoryError passOn) {
                throw passOn; // a JS value already; process.exit's unwinding, a full heap: no JS catch sees them
            } catch (Throwable t) {
                throw new JavaScriptException(JsErrors.toJsValue(cx, scope, t), null, 0);
            }
        });
    }
}
