package dev.llrtj.modules.net;

import dev.llrtj.engine.JsBytes;
import dev.llrtj.engine.Natives;
import dev.llrtj.loop.EventLoop;
import dev.llrtj.loop.http.JsNet;
import dev.llrtj.loop.http.TlsOptions;
import dev.llrtj.loop.net.TcpClient;
import dev.llrtj.loop.net.TcpServer;
import dev.llrtj.loop.net.TcpSocket;
import dev.llrtj.loop.net.TlsVerifier;
import dev.llrtj.realm.Realm;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.Function;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptableObject;
import org.mozilla.javascript.Undefined;

/**
 * `native` of socket.js (node:net and node:tls): connect(...) and listen(...) hand over sockets as handles
 * (listen/pause/resume/write/end/destroy/ref) with their ends' addresses and, over TLS, Node's verdict on the peer.
 * Callbacks are node-style (error, value), an error being {message, code}; bytes cross as Uint8Array.
 */
final class NetBinding {
    private NetBinding() {}

    static Scriptable create(Realm realm) {
        Scriptable scope = realm.global();
        EventLoop loop = realm.loop();
        ScriptableObject b = Natives.newObject(scope);
        // connect(host, port, tls {servername, ca, certs, keys, pfx, passphrase, alpn, customIdentity} | null,
        // timeoutMs, onConnect(error, handle)); customIdentity: JS checks the host name, the verdict is the chain's
        Natives.define(b, "connect", 5, (cx, s, args) -> {
            String host = Natives.str(args, 0);
            Object tlsArg = Natives.arg(args, 2);
            Function onConnect = JsNet.function(Natives.arg(args, 4));
            TcpClient.Tls tls = tlsArg instanceof Scriptable o ? tls(o) : null;
            boolean hostByJs = tlsArg instanceof Scriptable o && Context.toBoolean(ScriptableObject.getProperty(o, "customIdentity"));
            TcpClient.of(loop).connect(host, (int) Natives.num(args, 1, 0), tls, (int) Natives.num(args, 3, 0), (socket, error) -> {
                Scriptable handle = socket == null ? null : handle(scope, socket);
                if (socket != null && tlsArg instanceof Scriptable o) {
                    String name = hostByJs ? null : tls.servername() != null ? tls.servername() : host;
                    TlsVerifier.Failure failure = TlsVerifier.verify(loop, socket.peerCertificates(),
                            JsNet.strings(ScriptableObject.getProperty(o, "ca")), name);
                    handle.put("authorizationError", handle, failure == null ? null : failure(scope, failure));
                    String alpn = socket.alpnProtocol();
                    handle.put("alpnProtocol", handle, alpn == null ? Boolean.FALSE : alpn);
                }
                JsNet.call(scope, onConnect, JsNet.error(scope, error), handle);
            });
            return null;
        });
        // listen(host, port, tls {cert, key} | null, onConnection(handle), onListening(error, port))
        Natives.define(b, "listen", 5, (cx, s, args) -> {
            Object tlsArg = Natives.arg(args, 2);
            TlsOptions tls = tlsArg instanceof Scriptable o ? new TlsOptions(true, JsNet.strings(ScriptableObject.getProperty(o, "ca")),
                    text(ScriptableObject.getProperty(o, "cert")), text(ScriptableObject.getProperty(o, "key"))) : null;
            Function onConnection = JsNet.function(Natives.arg(args, 3));
            Function onListening = JsNet.function(Natives.arg(args, 4));
            TcpServer server = TcpServer.listen(loop, Natives.str(args, 0), (int) Natives.num(args, 1, 0), tls,
                    socket -> JsNet.call(scope, onConnection, null, handle(scope, socket)),
                    (port, error) -> JsNet.call(scope, onListening, JsNet.error(scope, error), port));
            ScriptableObject h = Natives.newObject(scope);
            Natives.define(h, "close", 1, (c, t, a) -> {
                Function done = JsNet.function(Natives.arg(a, 0));
                server.close((v, error) -> JsNet.call(scope, done, JsNet.error(scope, error), null));
                return null;
            });
            Natives.define(h, "ref", 1, (c, t, a) -> {
                server.ref(Context.toBoolean(Natives.arg(a, 0)));
                return null;
            });
            return h;
        });
        return b;
    }

    private static TcpClient.Tls tls(Scriptable o) {
        Object pfx = ScriptableObject.getProperty(o, "pfx");
        return new TcpClient.Tls(text(ScriptableObject.getProperty(o, "servername")),
                JsNet.strings(ScriptableObject.getProperty(o, "certs")), JsNet.strings(ScriptableObject.getProperty(o, "keys")),
                pfx instanceof Scriptable ? JsBytes.copy(pfx) : null, text(ScriptableObject.getProperty(o, "passphrase")),
                JsNet.strings(ScriptableObject.getProperty(o, "alpn")));
    }

    private static Scriptable handle(Scriptable scope, TcpSocket socket) {
        ScriptableObject h = Natives.newObject(scope);
        TcpSocket.Ends ends = socket.ends();
        h.put("localAddress", h, ends.localAddress());
        h.put("localPort", h, ends.localPort());
        h.put("remoteAddress", h, ends.remoteAddress());
        h.put("remotePort", h, ends.remotePort());
        String[] session = socket.tlsSession();
        if (session != null) {
            h.put("protocol", h, session[0]);
            h.put("cipher", h, session[1]);
        }
        // listen(fn(type, value)): "data" (Uint8Array), "end", "error" ({message, code}), "close"
        Natives.define(h, "listen", 1, (cx, s, args) -> {
            Function on = JsNet.function(Natives.arg(args, 0));
            socket.listen((type, value) -> JsNet.call(scope, on, type, switch (type) {
                case "data" -> JsBytes.uint8Array(scope, (byte[]) value);
                case "error" -> JsNet.error(scope, (Throwable) value);
                default -> null;
            }));
            return null;
        });
        Natives.define(h, "pause", 0, (cx, s, args) -> {
            socket.pause();
            return null;
        });
        Natives.define(h, "resume", 0, (cx, s, args) -> {
            socket.resume();
            return null;
        });
        Natives.define(h, "write", 2, (cx, s, args) -> {
            Function done = JsNet.function(Natives.arg(args, 1));
            socket.write(JsBytes.copy(args[0]), (v, error) -> JsNet.call(scope, done, JsNet.error(scope, error), null));
            return null;
        });
        Natives.define(h, "end", 1, (cx, s, args) -> {
            Function done = JsNet.function(Natives.arg(args, 0));
            socket.end((v, error) -> JsNet.call(scope, done, JsNet.error(scope, error), null));
            return null;
        });
        Natives.define(h, "destroy", 0, (cx, s, args) -> {
            socket.destroy();
            return null;
        });
        Natives.define(h, "ref", 1, (cx, s, args) -> {
            socket.ref(Context.toBoolean(Natives.arg(args, 0)));
            return null;
        });
        Natives.define(h, "setOption", 2, (cx, s, args) -> {
            socket.setOption(Natives.str(args, 0), Context.toBoolean(Natives.arg(args, 1)));
            return null;
        });
        Natives.define(h, "peerCertificates", 0, (cx, s, args) -> PeerCertificates.toJs(scope, socket.peerCertificates()));
        return h;
    }

    private static Scriptable failure(Scriptable scope, TlsVerifier.Failure failure) {
        Scriptable o = Context.getCurrentContext().newObject(scope);
        o.put("code", o, failure.code());
        o.put("message", o, failure.message());
        return o;
    }

    private static String text(Object value) {
        return value == null || value instanceof Undefined || value == Scriptable.NOT_FOUND ? null : Context.toString(value);
    }
}
