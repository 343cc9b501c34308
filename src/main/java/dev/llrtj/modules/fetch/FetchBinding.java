package dev.llrtj.modules.fetch;

import dev.llrtj.engine.JsBytes;
import dev.llrtj.engine.Natives;
import dev.llrtj.loop.EventLoop;
import dev.llrtj.loop.http.Exchange;
import dev.llrtj.loop.http.HttpService;
import dev.llrtj.loop.http.JsNet;
import dev.llrtj.realm.Realm;
import java.nio.charset.StandardCharsets;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.Function;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptableObject;

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
            Exchange.Spec spec = new Exchange.Spec(Natives.str(args, 0), Natives.str(args, 1), JsNet.strings(args[2]),
                    BodyBytes.from(Natives.arg(args, 3)), Context.toBoolean(Natives.arg(args, 4)),
                    (long) Natives.num(args, 5, 0));
            Function onHead = JsNet.function(Natives.arg(args, 6));
            Exchange exchange = HttpService.of(loop).open(spec, (head, error) ->
                    JsNet.call(scope, onHead, JsNet.error(scope, error), head == null ? null : JsNet.head(scope, head)));
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
            Function done = JsNet.function(Natives.arg(args, 1));
            exchange.write(BodyBytes.from(args[0]), (v, error) -> JsNet.call(scope, done, JsNet.error(scope, error), null));
            return null;
        });
        Natives.define(h, "end", 0, (cx, s, args) -> {
            exchange.end();
            return null;
        });
        Natives.define(h, "pull", 1, (cx, s, args) -> {
            Function next = JsNet.function(Natives.arg(args, 0));
            exchange.pull((bytes, error) -> JsNet.call(scope, next, JsNet.error(scope, error),
                    bytes == null ? null : JsBytes.uint8Array(scope, bytes)));
            return null;
        });
        Natives.define(h, "readAll", 1, (cx, s, args) -> {
            Function all = JsNet.function(Natives.arg(args, 0));
            exchange.readAll((bytes, error) -> JsNet.call(scope, all, JsNet.error(scope, error),
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
}
