package dev.llrtj.modules.console;

import dev.llrtj.engine.Natives;
import dev.llrtj.realm.LambdaFormats;
import dev.llrtj.realm.Realm;
import dev.llrtj.realm.Stdio;
import org.mozilla.javascript.Function;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptableObject;

/**
 * console's native needs: writing text to fd 1 or 2, and the Lambda log settings the realm's owner chose before
 * console.js loaded, and the Lambda log lines (realm.LambdaFormats). Other formatting lives in console.js.
 */
public final class ConsoleBinding {
    private static final String LAMBDA_LOGGING_KEY = "llrt.console.lambdaLogging";

    private ConsoleBinding() {}

    public static Scriptable create(Realm realm) {
        ScriptableObject b = Natives.newObject(realm.global());
        Natives.define(b, "write", 2, (cx, scope, args) -> {
            Stdio.write((int) Natives.num(args, 0, 1), Natives.str(args, 1));
            return null;
        });
        // Lambda's log lines: realm.LambdaFormats, the format LambdaRuntime's own error lines use too
        Natives.define(b, "lambdaTextLine", 3, (cx, scope, args) ->
                LambdaFormats.textLine(Natives.str(args, 0), Natives.str(args, 1), Natives.str(args, 2)));
        Natives.define(b, "lambdaJsonLine", 3, (cx, scope, args) ->
                LambdaFormats.jsonLine(Natives.str(args, 0), Natives.str(args, 1), Natives.str(args, 2)));
        Object lambdaLogging = realm.global().getAssociatedValue(LAMBDA_LOGGING_KEY);
        if (lambdaLogging != null) {
            b.put("lambdaLogging", b, lambdaLogging);
        }
        return b;
    }

    /**
     * The options of console.js's configureLambdaLogging, applied when the realm first loads console: a Lambda
     * function that never logs never pays for compiling console.js and util.js (about 50 ms of CPU at init).
     * Call before anything in the realm has loaded console.
     */
    public static void configureLambdaLoggingOnLoad(Realm realm, Scriptable options) {
        realm.global().associateValue(LAMBDA_LOGGING_KEY, options);
        if (realm.builtinLoaded("console")) {
            // the native image's prepared realm: the SDK's import at build time loaded console already
            Scriptable console = (Scriptable) realm.requireBuiltin("console");
            realm.call((Function) ScriptableObject.getProperty(console, "configureLambdaLogging"), console, options);
        }
    }
}
