package dev.llrtj.modules.dgram;

import dev.llrtj.engine.JsBytes;
import dev.llrtj.engine.Natives;
import dev.llrtj.loop.EventLoop;
import dev.llrtj.loop.http.JsNet;
import dev.llrtj.loop.net.UdpSocket;
import dev.llrtj.realm.Realm;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.Function;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptableObject;

/**
 * `native` of dgram.js: socket(ipv6, reuseAddr, onMessage(bytes, address, port)) makes a UDP socket handle
 * (bind/send/close/ref/localAddress); callbacks are node-style (error, value), an error being {message, code}.
 */
final class DgramBinding {
    private DgramBinding() {}

    static Scriptable create(Realm realm) {
        Scriptable scope = realm.global();
        EventLoop loop = realm.loop();
        ScriptableObject b = Natives.newObject(scope);
        Natives.define(b, "socket", 3, (cx, s, args) -> {
            Function onMessage = JsNet.function(Natives.arg(args, 2));
            UdpSocket socket = new UdpSocket(loop, Context.toBoolean(Natives.arg(args, 0)), Context.toBoolean(Natives.arg(args, 1)),
                    (bytes, address, port) -> onMessage.call(Context.getCurrentContext(), scope, scope,
                            new Object[] {JsBytes.uint8Array(scope, bytes), address, port}));
            return handle(scope, socket);
        });
        return b;
    }

    private static Scriptable handle(Scriptable scope, UdpSocket socket) {
        ScriptableObject h = Natives.newObject(scope);
        // bind(host, port, done(error, port))
        Natives.define(h, "bind", 3, (cx, s, args) -> {
            Function done = JsNet.function(Natives.arg(args, 2));
            socket.bind(Natives.str(args, 0), (int) Natives.num(args, 1, 0),
                    (port, error) -> JsNet.call(scope, done, JsNet.error(scope, error), port));
            return null;
        });
        // send(bytes, port, host, done(error))
        Natives.define(h, "send", 4, (cx, s, args) -> {
            Function done = JsNet.function(Natives.arg(args, 3));
            socket.send(JsBytes.copy(args[0]), (int) Natives.num(args, 1, 0), Natives.str(args, 2),
                    (v, error) -> JsNet.call(scope, done, JsNet.error(scope, error), null));
            return null;
        });
        Natives.define(h, "close", 1, (cx, s, args) -> {
            Function done = JsNet.function(Natives.arg(args, 0));
            socket.close((v, error) -> JsNet.call(scope, done, JsNet.error(scope, error), null));
            return null;
        });
        Natives.define(h, "ref", 1, (cx, s, args) -> {
            socket.ref(Context.toBoolean(Natives.arg(args, 0)));
            return null;
        });
        Natives.define(h, "localAddress", 0, (cx, s, args) -> socket.localAddress());
        return h;
    }
}
