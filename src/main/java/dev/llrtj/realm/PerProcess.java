package dev.llrtj.realm;

import dev.llrtj.engine.Natives;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.Function;
import org.mozilla.javascript.ScriptRuntime;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptableObject;

/**
 * What belongs to one process in a realm that may be older than the process: the native image holds a realm
 * bootstrapped and with the embedded SDK imported at build time (ImageSnapshot), and a value read from the build
 * machine (its environment, pid, clock, arguments, random seed) would be a wrong answer in every start. Built-in
 * modules defer such values to the start through dev/llrtj/realm/per-process.js; until then reading one is a violation, which
 * fails the image build (ImageSnapshot lists them) instead of being frozen into it.
 */
final class PerProcess {
    private boolean started;
    private final List<Function> pending = new ArrayList<>();
    private final List<String> violations = new ArrayList<>();
    private final Set<String> assumedUnset = new TreeSet<>();

    PerProcess(boolean started) {
        this.started = started;
    }

    boolean started() {
        return started;
    }

    /** Runs every deferred definition, in the order they were made, in the attached realm. */
    void start(Context cx, Scriptable global) {
        started = true;
        for (Function fn : pending) {
            fn.call(cx, global, global, ScriptRuntime.emptyArgs);
        }
        pending.clear();
    }

    /** What was read before the start, for the image build to refuse (empty once started). */
    List<String> violations() {
        return List.copyOf(violations);
    }

    /** The environment variables looked up before the start, which found none (the image builder's JS sees none). */
    Set<String> assumedUnset() {
        return Set.copyOf(assumedUnset);
    }

    /** Records a per-process value asked for before the start; the returned error is the caller's to throw. */
    RuntimeException violation(String what) {
        violations.add(what);
        return ScriptRuntime.constructError("Error", what + " was read while the native image was built: "
                + "a per-process value must be read at run time (dev/llrtj/realm/per-process.js)");
    }

    /** The binding of llrt:per-process. */
    Scriptable binding(Scriptable scope) {
        ScriptableObject b = Natives.newObject(scope);
        Natives.define(b, "started", 0, (cx, s, args) -> started);
        Natives.define(b, "whenStarted", 1, (cx, s, args) -> {
            Function fn = (Function) args[0];
            if (started) {
                fn.call(cx, scope, scope, ScriptRuntime.emptyArgs);
            } else {
                pending.add(fn);
            }
            return null;
        });
        Natives.define(b, "assumeUnset", 1, (cx, s, args) -> {
            assumedUnset.add(Natives.str(args, 0));
            return null;
        });
        Natives.define(b, "violation", 1, (cx, s, args) -> {
            throw violation(Natives.str(args, 0));
        });
        return b;
    }
}
