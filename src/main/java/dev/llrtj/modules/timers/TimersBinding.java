package dev.llrtj.modules.timers;

import dev.llrtj.engine.Natives;
import dev.llrtj.loop.EventLoop;
import dev.llrtj.realm.Realm;
import java.util.function.Supplier;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.Function;
import org.mozilla.javascript.ScriptRuntime;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptableObject;

/** Timer ids and keep-alive accounting live in the loop; the Timeout objects in timers.js. */
public final class TimersBinding {
    private static final Object[] NO_ARGS = new Object[0];

    private TimersBinding() {}

    public static Scriptable create(Realm realm) {
        // the loop is looked up at each call: the native image's realm loads this module before it has a loop
        Supplier<EventLoop> loop = realm::loop;
        ScriptableObject b = Natives.newObject(realm.global());
        Natives.define(b, "setTimer", 3, (cx, scope, args) ->
                (double) loop.get().setTimer((long) Natives.num(args, 0, 1), Context.toBoolean(args[1]), callback(realm, args[2])));
        Natives.define(b, "setImmediate", 1, (cx, scope, args) -> (double) loop.get().setImmediate(callback(realm, args[0])));
        Natives.define(b, "clearTimer", 1, (cx, scope, args) -> {
            loop.get().clearTimer((long) Natives.num(args, 0, -1));
            return null;
        });
        Natives.define(b, "refTimer", 2, (cx, scope, args) -> {
            loop.get().refTimer((long) Natives.num(args, 0, -1), Context.toBoolean(args[1]));
            return null;
        });
        Natives.define(b, "hasRef", 1, (cx, scope, args) -> loop.get().hasTimerRef((long) Natives.num(args, 0, -1)));
        Natives.define(b, "refresh", 1, (cx, scope, args) -> {
            loop.get().refreshTimer((long) Natives.num(args, 0, -1));
            return null;
        });
        Natives.define(b, "queueMicrotask", 1, (cx, scope, args) -> {
            loop.get().queueMicrotask(callback(realm, args[0]));
            return null;
        });
        Natives.define(b, "nextTick", 1, (cx, scope, args) -> {
            loop.get().nextTick(callback(realm, args[0]));
            return null;
        });
        return b;
    }

    static Runnable callback(Realm realm, Object fn) {
        if (!(fn instanceof Function f)) {
            throw ScriptRuntime.typeError(
                    "The \"callback\" argument must be of type function. Received " + Context.toString(fn));
        }
        return () -> f.call(Context.getCurrentContext(), realm.global(), realm.global(), NO_ARGS);
    }
}
