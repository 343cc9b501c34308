package dev.llrtj.modules.dns;

import dev.llrtj.engine.Natives;
import dev.llrtj.loop.EventLoop;
import dev.llrtj.loop.net.DnsQueries;
import dev.llrtj.realm.Realm;
import java.io.IOException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.Function;
import org.mozilla.javascript.ScriptRuntime;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptableObject;

/**
 * `native` of dns.js: lookup(host, cb) asks the JDK's resolver (hosts file, then DNS, as getaddrinfo does) on a
 * worker thread and calls back on the loop with (errorCode, [address, family, ...]) in the resolver's order;
 * query(server, port, name, type, timeoutMs, cb) asks one DNS server (loop.net's DnsQueries) and calls back with
 * (errorCode, [[type, ttl, fields...], ...]); servers() the name servers of /etc/resolv.conf, as c-ares reads them;
 * nameInfo(address, port, cb) getnameinfo's answer (host name or the address, service name or the port).
 */
final class DnsBinding {
    private DnsBinding() {}

    static Scriptable create(Realm realm) {
        Scriptable scope = realm.global();
        EventLoop loop = realm.loop();
        ScriptableObject b = Natives.newObject(scope);
        Natives.define(b, "lookup", 2, (cx, s, args) -> {
            String host = Natives.str(args, 0);
            Function done = callback(args, 1);
            loop.blocking(() -> addresses(host), (found, error) -> {
                Context c = Context.getCurrentContext();
                Object code = error == null ? null : error instanceof UnknownHostException ? "ENOTFOUND" : "EAI_FAIL";
                Object list = found == null ? null : c.newArray(scope, found.toArray());
                done.call(c, scope, scope, new Object[] {code, list});
            });
            return null;
        });
        Natives.define(b, "query", 6, (cx, s, args) -> {
            Function done = callback(args, 5);
            DnsQueries.of(loop).query(Natives.str(args, 0), (int) Natives.num(args, 1, 53), Natives.str(args, 2),
                    Natives.str(args, 3), (long) Natives.num(args, 4, 5000), (records, error) -> {
                        Context c = Context.getCurrentContext();
                        Object list = null;
                        if (records != null) {
                            Object[] rows = new Object[records.size()];
                            for (int i = 0; i < rows.length; i++) {
                                rows[i] = c.newArray(scope, records.get(i).toArray());
                            }
                            list = c.newArray(scope, rows);
                        }
                        done.call(c, scope, scope, new Object[] {error == null ? null : error.getMessage(), list});
                    });
            return null;
        });
        Natives.define(b, "servers", 0, (cx, s, args) -> cx.newArray(scope, resolvConf().toArray()));
        Natives.define(b, "nameInfo", 3, (cx, s, args) -> {
            String address = Natives.str(args, 0);
            int port = (int) Natives.num(args, 1, 0);
            Function done = callback(args, 2);
            loop.blocking(() -> new String[] {InetAddress.ofLiteral(address).getHostName(), ServiceNames.of(port)},
                    (found, error) -> {
                        Context c = Context.getCurrentContext();
                        Object[] out = found == null ? new Object[] {"ENOTFOUND"} : new Object[] {null, found[0], found[1]};
                        done.call(c, scope, scope, out);
                    });
            return null;
        });
        return b;
    }

    private static Function callback(Object[] args, int i) {
        if (!(Natives.arg(args, i) instanceof Function done)) {
            throw ScriptRuntime.typeError("callback must be a function");
        }
        return done;
    }

    /** The nameserver lines of /etc/resolv.conf (c-ares falls back to 127.0.0.1 without any, so do we). */
    private static List<Object> resolvConf() {
        List<Object> out = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(Path.of("/etc/resolv.conf"))) {
                String[] words = line.trim().split("\\s+");
                if (words.length >= 2 && words[0].equals("nameserver")) {
                    out.add(words[1]);
                }
            }
        } catch (IOException e) {
            // no file: the fallback below, as c-ares
        }
        if (out.isEmpty()) {
            out.add("127.0.0.1");
        }
        return out;
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
