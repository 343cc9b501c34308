package dev.llrtj.realm;

import dev.llrtj.engine.Natives;
import java.util.ArrayList;
import java.util.List;
import org.mozilla.javascript.BaseFunction;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.Function;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptableObject;

/**
 * While the native image's realm imports the SDK, the clock and the random source belong to the build machine: a
 * module body that reads one would freeze the build's value into every start. {@link #install} replaces
 * {@code Math.random}, {@code Date.now} and {@code Date} itself (called, or constructed with no argument) by
 * guards that record a {@link PerProcess} violation (the build then fails, naming it) until the process has
 * started; {@code new Date(value)}, {@code Date.UTC}, {@code Date.parse} and {@code instanceof Date} are untouched.
 * The returned restore puts the originals back; a guard a module captured meanwhile passes through after the start.
 */
final class BuildTimeClock {
    private BuildTimeClock() {}

    static Runnable install(Realm realm) {
        ScriptableObject global = realm.global();
        List<Runnable> restore = new ArrayList<>();
        guardMethod(realm, (Scriptable) ScriptableObject.getProperty(global, "Math"), "random", "Math.random()", restore);
        Function date = (Function) ScriptableObject.getProperty(global, "Date");
        guardMethod(realm, date, "now", "Date.now()", restore);
        ScriptableObject.putProperty(global, "Date", new GuardedDate(realm, date));
        restore.add(() -> ScriptableObject.putProperty(global, "Date", date));
        return () -> restore.forEach(Runnable::run);
    }

    private static void guardMethod(Realm realm, Scriptable obj, String name, String what, List<Runnable> restore) {
        Function original = (Function) ScriptableObject.getProperty(obj, name);
        Function guarded = Natives.function(realm.global(), name, 0, (cx, scope, args) -> {
            if (!realm.perProcess().started()) {
                throw realm.perProcess().violation(what);
            }
            return original.call(cx, scope, obj, args);
        });
        ScriptableObject.putProperty(obj, name, guarded);
        restore.add(() -> ScriptableObject.putProperty(obj, name, original));
    }

    /** {@code Date} whose statics and prototype are the original's; only the current time is refused before the start. */
    private static final class GuardedDate extends BaseFunction {
        private final transient Realm realm;
        private final Function original;

        GuardedDate(Realm realm, Function original) {
            this.realm = realm;
            this.original = original;
            setParentScope(realm.global());
            setPrototype(ScriptableObject.getFunctionPrototype(realm.global()));
        }

        private void refuseBeforeStart(String what) {
            if (!realm.perProcess().started()) {
                throw realm.perProcess().violation(what);
            }
        }

        @Override
        public Object call(Context cx, Scriptable scope, Scriptable thisObj, Object[] args) {
            refuseBeforeStart("Date()");
            return original.call(cx, scope, thisObj, args);
        }

        @Override
        public Scriptable construct(Context cx, Scriptable scope, Object[] args) {
            if (args.length == 0) {
                refuseBeforeStart("new Date()");
            }
            return original.construct(cx, scope, args);
        }

        @Override
        public Object get(String name, Scriptable start) {
            return original.get(name, original);
        }

        @Override
        public boolean has(String name, Scriptable start) {
            return original.has(name, original);
        }

        @Override
        public String getFunctionName() {
            return "Date";
        }

        @Override
        public int getLength() {
            return 7;
        }
    }
}
