package dev.llrtj.modules.console;

import dev.llrtj.engine.Natives;
import dev.llrtj.modules.Realm;
import dev.llrtj.modules.Stdio;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptableObject;

/** console's only native need: writing text to fd 1 or 2. Formatting lives in js/node/console.js. */
public final class ConsoleBinding {
    private ConsoleBinding() {}

    public static Scriptable create(Realm realm) {
        ScriptableObject b = Natives.newObject(realm.global());
        Natives.define(b, "write", 2, (cx, scope, args) -> {
            Stdio.write((int) Natives.num(args, 0, 1), Natives.str(args, 1));
            return null;
        });
        return b;
    }
}
