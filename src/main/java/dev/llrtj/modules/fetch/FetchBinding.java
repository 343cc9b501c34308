package dev.llrtj.modules.fetch;

import dev.llrtj.engine.JsBytes;
import dev.llrtj.engine.Natives;
import dev.llrtj.loop.EventLoop;
import dev.llrtj.loop.http.Exchange;
import dev.llrtj.loop.http.HttpService;
import dev.llrtj.loop.http.NetErrors;
import dev.llrtj.realm.Realm;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.Function;
import org.mozilla.javascript.ScriptRuntime;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptableObject;
import org.mozilla.javascript.Undefined;

/**
 * `native` of fetch.js: request(...) starts an exchange and returns its handle (write/end/pull/readAll/
 * discard/abort); callbacks are node-style (error, value), an error being {message, code}.
 */
public final class FetchBinding {
    private FetchBinding() {}

    public static Scriptable create(Realm realm) {
        Scriptable scope = realm.global();
        EventLoop loop = realm.loop();
        ScriptableObject b = Natives.newObject(scope);
        Natives.define(b, "refusal", 1, (cx, s, args) -> HttpService.of(loop).refusal(Natives.str(args, 0)));
        Natives.define(b, "request", 7, (cx, s, args) -> {
            Exchange.Spec spec = new Exchange.Spec(Natives.str(args, 0), Natives.str(args, 1), strings(args[2]),
                    BodyBytes.from(Natives.arg(args, 3)), Context.toBoolean(Natives.arg(args, 4)),
                    (long) Natives.num(args, 5, 0));
            Function onHead = function(Natives.arg(args, 6));
            Exchange exchange = HttpService.of(loop).open(spec, (head, error) ->
                    call(scope, onHead, error(scope, error), head == null ? null : head(scope, head)));
            return handle(scope, exchange);
        });
        Natives.define(b, "warmup", 2, (cx, s, args) -> {
            HttpService.of(loop).warmup(Natives.str(args, 0), (long) Natives.num(args, 1, 1000));
            return null;
        });
        Natives.define(b, "encodeUtf8", 1, (cx, s, args) ->
                JsBytes.uint8Array(scope, Context.toString(Natives.arg(args, 0)).getBytes(StandardCharsets.UTF_8)));
        Natives.define(b, "decodeUtf8", 1, (cx, s, args) -> BodyBytes.utf8(Natives.arg(args, 0)));
        Natives.define(b, "copyBytes", 1, (cx, s, args) -> {
            byte[] bytes = BodyBytes.from(Natives.arg(args, 0));
            return JsBytes.uint8Array(scope, bytes == null ? new byte[0] : bytes);
        });
        return b;
    }

    private static Scriptable handle(Scriptable scope, Exchange exchange) {
        ScriptableObject h = Natives.newObject(scope);
        Natives.define(h, "write", 2, (cx, s, args) -> {
            Function done = function(Natives.arg(args, 1));
            exchange.write(BodyBytes.from(args[0]), (v, error) -> call(scope, done, error(scope, error), null));
            return null;
        });
        Natives.define(h, "end", 0, (cx, s, args) -> {
            exchange.end();
            return null;
        });
        Natives.define(h, "pull", 1, (cx, s, args) -> {
            Function next = function(Natives.arg(args, 0));
            exchange.pull((bytes, error) -> call(scope, next, error(scope, error),
                    bytes == null ? null : JsBytes.uint8Array(scope, bytes)));
            return null;
        });
        Natives.define(h, "readAll", 1, (cx, s, args) -> {
            Function all = function(Natives.arg(args, 0));
            exchange.readAll((bytes, error) -> call(scope, all, error(scope, error),
                    bytes == null ? null : JsBytes.arrayBuffer(scope, bytes)));
            return null;
        });
        Natives.define(h, "discard", 0, (cx, s, args) -> {
            exchange.discard();
            return null;
        });
        Natives.define(h, "abort", 0, (cx, s, args) -> {
            exchange.abort();
            return null;
        });
        return h;
    }

    private static Scriptable head(Scriptable scope, Exchange.Head head) {
        Context cx = Context.getCurrentContext();
        Scriptable o = cx.newObject(scope);
        o.put("status", o, head.status());
        o.put("statusText", o, head.statusText());
        o.put("headers", o, cx.newArray(scope, head.headers().toArray()));
        o.put("version", o, head.version());
        return o;
    }

    private static Object error(Scriptable scope, Throwable t) {
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

    private static void call(Scriptable scope, Function fn, Object error, Object value) {
        fn.call(Context.getCurrentContext(), scope, scope, new Object[] {error, value});
    }

    private static Function function(Object value) {
        if (value instanceof Function f) {
            return f;
        }
        throw ScriptRuntime.typeError("callback must be a function");
    }

    private static List<String> strings(Object array) {
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
