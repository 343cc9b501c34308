package dev.llrtj.realm;

import dev.llrtj.engine.JsErrors;
import dev.llrtj.engine.Natives;
import org.mozilla.javascript.BaseFunction;
import org.mozilla.javascript.Callable;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.ContinuationPending;
import org.mozilla.javascript.Function;
import org.mozilla.javascript.ScriptRuntime;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptableObject;
import org.mozilla.javascript.Undefined;

/**
 * Babel's {@code asyncToGenerator} helper in Java. Async functions reach Rhino lowered onto native generators, and
 * the helper drives the generator: on every {@code await} an interpreted {@code asyncGeneratorStep} resumes it and
 * chains the awaited value's promise to interpreted {@code _next}/{@code _throw} reactions through the realm's
 * guarded {@code then} (bootstrap.js), two more interpreted closures per await: 8.5% of a warm AWS SDK call's JS
 * thread (docs/warm-sdk.md). Here the same steps run in Java, in the helper's order:
 * <pre>
 *   function (...args) { return new Promise((resolve, reject) => { gen = fn.apply(this, args); next(undefined); }) }
 *   step: try { r = gen[next|throw](v); u = r.value } catch (e) { return reject(e) }
 *         r.done ? resolve(u) : Promise.resolve(u).then(next, throw)
 * </pre>
 * The reactions are Java functions that never throw (what the generator throws rejects the async function's
 * promise, as the helper's catch does), so bootstrap's guard against Rhino re-wrapping errors thrown in a reaction
 * is not needed for them; its other job is kept: while an AsyncLocalStorage exists, a resumed step runs in the
 * async context current at the {@code await}, as a guarded reaction would. When something replaced
 * {@code Promise.prototype.then} after bootstrap, the step calls that one, as the helper would.
 */
final class AsyncDriver {
    private final Function promiseCtor;
    private final Function promiseResolve;
    private final Object nativeThen;
    private final Scriptable asyncContext;
    private Object guardedThen;

    private AsyncDriver(Scriptable global, Scriptable asyncContext) {
        this.promiseCtor = (Function) ScriptableObject.getProperty(global, "Promise");
        this.promiseResolve = (Function) ScriptableObject.getProperty(promiseCtor, "resolve");
        Scriptable promiseProto = (Scriptable) ScriptableObject.getProperty(promiseCtor, "prototype");
        this.nativeThen = ScriptableObject.getProperty(promiseProto, "then");
        this.asyncContext = asyncContext;
    }

    /**
     * bootstrap.js's {@code installAsyncDriver(asyncContext)}, called before it replaces {@code Promise.prototype.then}:
     * returns {@code seal(guardedThen)}, to be called with the replacement, which answers the Java helper.
     */
    static Function installer(Scriptable global) {
        return Natives.function(global, "installAsyncDriver", 1, (cx, scope, args) -> {
            AsyncDriver driver = new AsyncDriver(global, (Scriptable) args[0]);
            return Natives.function(global, "seal", 1, (cx2, scope2, args2) -> {
                driver.guardedThen = args2[0];
                return Natives.function(global, "asyncToGenerator", 1,
                        (cx3, scope3, args3) -> Natives.method(global, "", 0, (cx4, scope4, thisObj, callArgs) ->
                                driver.start(cx4, global, (Function) args3[0], thisObj, callArgs)));
            });
        });
    }

    private Object start(Context cx, Scriptable scope, Function generatorFn, Scriptable thisObj, Object[] args) {
        Run run = new Run(scope, generatorFn, thisObj, args);
        return promiseCtor.construct(cx, scope, new Object[] {run});
    }

    /** One call of an async function: the Promise executor, then the generator's driver. */
    private final class Run extends BaseFunction {
        private final Function generatorFn;
        private final Scriptable self;
        private final Object[] args;
        private Scriptable generator;
        private Callable resolve;
        private Callable reject;
        private Function onFulfilled;
        private Function onRejected;
        private Object frame; // the async context at the last await, while an AsyncLocalStorage exists

        Run(Scriptable scope, Function generatorFn, Scriptable self, Object[] args) {
            super(scope, ScriptableObject.getFunctionPrototype(scope));
            this.generatorFn = generatorFn;
            this.self = self;
            this.args = args;
        }

        /** The executor: what throws here (calling the generator function) rejects, as in the helper. */
        @Override
        public Object call(Context cx, Scriptable scope, Scriptable thisObj, Object[] executorArgs) {
            resolve = (Callable) executorArgs[0];
            reject = (Callable) executorArgs[1];
            generator = ScriptRuntime.toObject(cx, scope, generatorFn.call(cx, scope, self, args));
            step(cx, "next", Undefined.instance);
            return Undefined.instance;
        }

        private Object resume(Context cx, Scriptable scope, String method, Object[] a) {
            if (!ScriptRuntime.hasTopCall(cx)) {
                // run by the loop's microtask queue: resuming a generator needs a top call, which an interpreted
                // reaction would also set up here (JSFunction.call)
                return ScriptRuntime.doTopCall((c, s, t, args) -> resume(c, s, method, args), cx, scope, scope, a, true);
            }
            Object value = a.length > 0 ? a[0] : Undefined.instance;
            if (frame == null) {
                step(cx, method, value);
                return Undefined.instance;
            }
            Object outer = ScriptableObject.getProperty(asyncContext, "frame");
            ScriptableObject.putProperty(asyncContext, "frame", frame);
            try {
                step(cx, method, value);
            } finally {
                ScriptableObject.putProperty(asyncContext, "frame", outer);
            }
            return Undefined.instance;
        }

        private void step(Context cx, String method, Object arg) {
            Scriptable scope = getParentScope();
            Object result;
            Object value;
            try {
                result = callable(ScriptableObject.getProperty(generator, method), method)
                        .call(cx, scope, generator, new Object[] {arg});
                value = ScriptRuntime.getObjectProp(result, "value", cx, scope);
            } catch (ContinuationPending | OutOfMemoryError uncatchable) {
                throw uncatchable; // process.exit's unwinding, a full heap: no JS catch sees them either
            } catch (Throwable t) {
                reject.call(cx, scope, scope, new Object[] {JsErrors.toJsValue(cx, scope, t)});
                return;
            }
            if (ScriptRuntime.toBoolean(ScriptRuntime.getObjectProp(result, "done", cx, scope))) {
                resolve.call(cx, scope, scope, new Object[] {value});
                return;
            }
            Scriptable awaited = (Scriptable) promiseResolve.call(cx, scope, promiseCtor, new Object[] {value});
            frame = Boolean.TRUE.equals(ScriptableObject.getProperty(asyncContext, "enabled"))
                    ? ScriptableObject.getProperty(asyncContext, "frame") : null;
            if (onFulfilled == null) {
                // made at the first await: many async functions return before any
                Scriptable top = getParentScope();
                onFulfilled = Natives.function(top, "_next", 1, (c, s, a) -> resume(c, s, "next", a));
                onRejected = Natives.function(top, "_throw", 1, (c, s, a) -> resume(c, s, "throw", a));
            }
            Object then = ScriptableObject.getProperty(awaited, "then");
            Object[] reactions = {onFulfilled, onRejected};
            if (then == guardedThen) {
                ((Function) nativeThen).call(cx, scope, awaited, reactions);
            } else {
                callable(then, "then").call(cx, scope, awaited, reactions);
            }
        }
    }

    private static Callable callable(Object value, String name) {
        if (value instanceof Callable c) {
            return c;
        }
        throw ScriptRuntime.notFunctionError(value, name);
    }
}
