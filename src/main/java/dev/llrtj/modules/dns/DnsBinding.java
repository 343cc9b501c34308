package dev.llrtj.modules.dns;

import dev.llrtj.engine.Natives;
import dev.llrtj.loop.EventLoop;
import dev.llrtj.realm.Realm;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.Function;
import org.mozilla.javascript.ScriptRuntime;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptableObject;

/**
 * `native` of dns.js: lookup(host, cb) asks the JDK's resolver (hosts file, then DNS, as getaddrinfo does) on a
 * worker thread and calls back on the loop with (errorCode, [address, family, ...]) in the resolver's order.
 */
final class DnsBinding {
    private DnsBinding() {}

    static Scriptable create(Realm realm) {
        Scriptable scope = realm.global();
        EventLoop loop = realm.loop();
        ScriptableObject b = Natives.newObject(scope);
        Natives.define(b, "lookup", 2, (cx, s, args) -> {
            String host = Natives.str(args, 0);
            if (!(Natives.arg(args, 1) instanceof Function done)) {
                throw ScriptRuntime.typeError("callback must be a function");
            }
            loop.blocking(() -> addresses(host), (found, error) -> {
                Context c = Context.getCurrentContext();
                Object code = error == null ? null : error instanceof UnknownHostException ? "ENOTFOUND" : "EAI_FAIL";
                Object list = found == null ? null : c.newArray(scope, found.toArray());
                done.call(c, scope, scope, new Object[] {code, list});
            });
            return null;
        });
        return b;
    }

    private static List<Object> addresses(String host) throws UnknownHostException {
        List<Object> out = new ArrayList<>();
        for (InetAddress address : InetAddress.getAllByName(host)) {
            String text = address.getHostAddress();
            int zone = text.indexOf('%');
            out.add(zone >= 0 && address instanceof Inet6Address a && a.getScopeId() == 0 ? text.substring(0, zone) : text);
            out.add(address instanceof Inet6Address ? 6 : 4);
        }
        return out;
    }
}
