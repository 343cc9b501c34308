package dev.llrtj.modules.url;

import dev.llrtj.engine.Natives;
import dev.llrtj.modules.Realm;
import java.net.IDN;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptableObject;

/**
 * Domain to ASCII and back with java.net.IDN (IDNA 2003 with unassigned code points allowed). It differs from
 * UTS #46 in a few mappings (e.g. "ß" becomes "ss" instead of being kept); ASCII domains never reach it.
 */
public final class UrlBinding {
    private UrlBinding() {}

    public static Scriptable create(Realm realm) {
        ScriptableObject b = Natives.newObject(realm.global());
        Natives.define(b, "toASCII", 1, (cx, scope, args) -> toAscii(Natives.str(args, 0)));
        Natives.define(b, "toUnicode", 1, (cx, scope, args) -> toUnicode(Natives.str(args, 0)));
        return b;
    }

    /** The ASCII form, or null when the domain is not valid IDNA. */
    static String toAscii(String domain) {
        if (domain == null) return null;
        try {
            return IDN.toASCII(domain, IDN.ALLOW_UNASSIGNED);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static String toUnicode(String domain) {
        if (domain == null) return null;
        try {
            return IDN.toUnicode(domain, IDN.ALLOW_UNASSIGNED);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
