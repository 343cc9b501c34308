package dev.llrtj.modules.http;

import dev.llrtj.engine.JsBytes;
import dev.llrtj.engine.Natives;
import dev.llrtj.loop.EventLoop;
import dev.llrtj.loop.http.Exchange;
import dev.llrtj.loop.http.HttpListener;
import dev.llrtj.loop.http.HttpService;
import dev.llrtj.loop.http.JsNet;
import dev.llrtj.loop.http.ServerExchange;
import dev.llrtj.loop.http.TlsOptions;
import dev.llrtj.realm.Realm;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.Function;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptableObject;
import org.mozilla.javascript.Undefined;

/**
 * `native` of http.js: request(...) starts a client exchange (handle: write/end/pull/abort), listen(...) a server
 * whose requests arrive as handles (pull/writeHead/write/end/destroy/onClose). Callbacks are node-style
 * (error, value), an error being {message, code}; bytes cross as Uint8Array.
 */
final class HttpBinding {
    private HttpBinding() {}

    static Scriptable create(Realm realm) {
        Scriptable scope = realm.global();
        EventLoop loop = realm.loop();
        ScriptableObject b = Natives.newObject(scope);
        // request(method, url, headers, body, streaming, timeoutMs, tls, onHead)
        Natives.define(b, "request", 8, (cx, s, args) -> {
            Exchange.Spec spec = new Exchange.Spec(Natives.str(args, 0), Natives.str(args, 1), JsNet.strings(args[2]),
                    JsBytes.copy(Natives.arg(args, 3)), Context.toBoolean(Natives.arg(args, 4)),
                    (long) Natives.num(args, 5, 0));
            Function onHead = JsNet.function(Natives.arg(args, 7));
            Exchange exchange = HttpService.of(loop).openRaw(spec, tls(Natives.arg(args, 6)), (head, error) ->
                    JsNet.call(scope, onHead, JsNet.error(scope, error), head == null ? null : JsNet.head(scope, head)));
            return clientHandle(scope, exchange);
        });
        // listen(host, port, tls|null, onRequest(handle, head), onListening(error, port))
        Natives.define(b, "listen", 5, (cx, s, args) -> {
            Object tlsArg = Natives.arg(args, 2);
            Function onRequest = JsNet.function(Natives.arg(args, 3));
            Function onListening = JsNet.function(Natives.arg(args, 4));
            HttpListener listener = HttpListener.listen(loop, Natives.str(args, 0), (int) Natives.num(args, 1, 0),
                    tlsArg instanceof Scriptable ? tls(tlsArg) : null,
                    exchange -> onRequest.call(Context.getCurrentContext(), scope, scope,
                            new Object[] {serverHandle(scope, exchange), serverHead(scope, exchange.head())}),
                    (port, error) -> JsNet.call(scope, onListening, JsNet.error(scope, error), port));
            ScriptableObject h = Natives.newObject(scope);
            Natives.define(h, "close", 1, (c, t, a) -> {
                Function done = JsNet.function(Natives.arg(a, 0));
                listener.close((v, error) -> JsNet.call(scope, done, JsNet.error(scope, error), null));
                return null;
            });
            Natives.define(h, "ref", 1, (c, t, a) -> {
                listener.ref(Context.toBoolean(Natives.arg(a, 0)));
                return null;
            });
            return h;
        });
        return b;
    }

    private static Scriptable clientHandle(Scriptable scope, Exchange exchange) {
        ScriptableObject h = Natives.newObject(scope);
        Natives.define(h, "write", 2, (cx, s, args) -> {
            Function done = JsNet.function(Natives.arg(args, 1));
            exchange.write(JsBytes.copy(args[0]), (v, error) -> JsNet.call(scope, done, JsNet.error(scope, error), null));
            return null;
        });
        Natives.define(h, "end", 0, (cx, s, args) -> {
            exchange.end();
            return null;
        });
        Natives.define(h, "pull", 1, (cx, s, args) -> {
            exchange.pull(chunkTo(scope, Natives.arg(args, 0)));
            return null;
        });
        Natives.define(h, "abort", 0, (cx, s, args) -> {
            exchange.abort();
            return null;
        });
        return h;
    }

    private static Scriptable serverHandle(Scriptable scope, ServerExchange exchange) {
        ScriptableObject h = Natives.newObject(scope);
        Natives.define(h, "pull", 1, (cx, s, args) -> {
            exchange.pull(chunkTo(scope, Natives.arg(args, 0)));
            return null;
        });
        Natives.define(h, "writeHead", 3, (cx, s, args) -> {
            exchange.writeHead((int) Natives.num(args, 0, 200), Natives.str(args, 1), JsNet.strings(Natives.arg(args, 2)));
            return null;
        });
        Natives.define(h, "write", 2, (cx, s, args) -> {
            Function done = JsNet.function(Natives.arg(args, 1));
            exchange.write(JsBytes.copy(args[0]), (v, error) -> JsNet.call(scope, done, JsNet.error(scope, error), null));
            return null;
        });
        Natives.define(h, "end", 2, (cx, s, args) -> {
            Function done = JsNet.function(Natives.arg(args, 1));
            exchange.end(JsBytes.copy(Natives.arg(args, 0)), (v, error) -> JsNet.call(scope, done, JsNet.error(scope, error), null));
            return null;
        });
        Natives.define(h, "destroy", 0, (cx, s, args) -> {
            exchange.destroy();
            return null;
        });
        Natives.define(h, "onClose", 1, (cx, s, args) -> {
            Function then = JsNet.function(Natives.arg(args, 0));
            exchange.onClose(() -> JsNet.call(scope, then, null, null));
            return null;
        });
        return h;
    }

    /** A body chunk (null at the end) handed to a JS callback as a Uint8Array. */
    private static Exchange.Callback<byte[]> chunkTo(Scriptable scope, Object callback) {
        Function next = JsNet.function(callback);
        return (bytes, error) -> JsNet.call(scope, next, JsNet.error(scope, error), bytes == null ? null : JsBytes.uint8Array(scope, bytes));
    }

    private static Scriptable serverHead(Scriptable scope, ServerExchange.Head head) {
        Context cx = Context.getCurrentContext();
        Scriptable o = cx.newObject(scope);
        o.put("method", o, head.method());
        o.put("url", o, head.url());
        o.put("version", o, head.version());
        o.put("headers", o, cx.newArray(scope, head.headers().toArray()));
        o.put("remoteAddress", o, head.remoteAddress());
        o.put("remotePort", o, head.remotePort());
        o.put("localAddress", o, head.localAddress());
        o.put("localPort", o, head.localPort());
        return o;
    }

    /** {rejectUnauthorized, ca: [pem], cert, key} from JS; undefined: the defaults. */
    private static TlsOptions tls(Object value) {
        if (!(value instanceof Scriptable o)) {
            return TlsOptions.DEFAULT;
        }
        Object reject = ScriptableObject.getProperty(o, "rejectUnauthorized");
        return new TlsOptions(!(reject instanceof Boolean bool) || bool, JsNet.strings(ScriptableObject.getProperty(o, "ca")),
                text(ScriptableObject.getProperty(o, "cert")), text(ScriptableObject.getProperty(o, "key")));
    }

    private static String text(Object value) {
        return value == null || value instanceof Undefined || value == Scriptable.NOT_FOUND ? null : Context.toString(value);
    }
}
