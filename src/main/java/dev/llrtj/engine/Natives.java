package dev.llrtj.engine;

import org.mozilla.javascript.BaseFunction;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.ScriptRuntime;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptableObject;
import org.mozilla.javascript.TopLevel;
import org.mozilla.javascript.Undefined;

/**
 * Builds the binding objects that hand Java functions to the runtime's own JS. A plain BaseFunction subclass,
 * not Rhino's LambdaFunction: that one needs serializable lambdas, which are slow to spin up at cold start.
 */
public final class Natives {
    private Natives() {}

    @FunctionalInterface
    public interface Body {
        Object call(Context cx, Scriptable scope, Object[] args);
    }

    /** A body that sees the call's {@code this}. */
    @FunctionalInterface
    public interface Method {
        Object call(Context cx, Scriptable scope, Scriptable thisObj, Object[] args);
    }

    public static ScriptableObject newObject(Scriptable scope) {
        ScriptableObject obj = (ScriptableObject) Context.getCurrentContext().newObject(scope);
        return obj;
    }

    public static ScriptableObject define(ScriptableObject target, String name, int arity, Body body) {
        target.defineProperty(name, new Fn(target.getParentScope() == null ? target : target.getParentScope(), name, arity, body, null),
                ScriptableObject.DONTENUM);
        return target;
    }

    /** A free-standing native function (a JS callback handed to JS code). */
    public static org.mozilla.javascript.Function function(Scriptable scope, String name, int arity, Body body) {
        return new Fn(scope, name, arity, body, null);
    }

    /** A free-standing native function that sees its {@code this}. */
    public static org.mozilla.javascript.Function method(Scriptable scope, String name, int arity, Method method) {
        return new Fn(scope, name, arity, null, method);
    }

    public static Scriptable newArray(Scriptable scope, Object... items) {
        return Context.getCurrentContext().newArray(scope, items);
    }

    public static String str(Object[] args, int i) {
        return i < args.length && !(args[i] instanceof Undefined) && args[i] != null ? Context.toString(args[i]) : null;
    }

    public static double num(Object[] args, int i, double fallback) {
        return i < args.length && !(args[i] instanceof Undefined) ? Context.toNumber(args[i]) : fallback;
    }

    public static Object arg(Object[] args, int i) {
        return i < args.length ? args[i] : Undefined.instance;
    }

    private static final class Fn extends BaseFunction {
        private final String name;
        private final int arity;
        private final transient Body body;
        private final transient Method method;

        Fn(Scriptable scope, String name, int arity, Body body, Method method) {
            super(scope, ScriptableObject.getFunctionPrototype(scope));
            ScriptRuntime.setBuiltinProtoAndParent(this, scope, TopLevel.Builtins.Function);
            this.name = name;
            this.arity = arity;
            this.body = body;
            this.method = method;
        }

        @Override
        public Object call(Context cx, Scriptable scope, Scriptable thisObj, Object[] args) {
            Object result = body != null ? body.call(cx, scope, args) : method.call(cx, scope, thisObj, args);
            return result == null ? Undefined.instance : result;
        }

        @Override
        public String getFunctionName() {
            return name;
        }

        @Override
        public int getLength() {
            return arity;
        }

        @Override
        public int getArity() {
            return arity;
        }
    }
}
