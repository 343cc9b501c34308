package dev.llrtj.modules.v8;

import dev.llrtj.engine.Natives;
import dev.llrtj.realm.Realm;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptableObject;

/** The Java heap's figures, read at each call (the runtime's heap is the JS heap: Rhino's objects live in it). */
public final class V8Binding {
    private V8Binding() {}

    public static Scriptable create(Realm realm) {
        ScriptableObject b = Natives.newObject(realm.global());
        Natives.define(b, "heap", 0, (cx, scope, args) -> {
            Runtime rt = Runtime.getRuntime();
            long total = rt.totalMemory();
            long free = rt.freeMemory();
            return cx.newArray(scope, new Object[] {(double) total, (double) (total - free), (double) rt.maxMemory()});
        });
        return b;
    }
}
