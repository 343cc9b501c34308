package dev.llrtj.modules.url;

import dev.llrtj.engine.Natives;
import dev.llrtj.realm.Realm;
import java.net.IDN;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptableObject;

/**
 * Domain to ASCII and back with java.net.IDN (IDNA 2003 with unassigned code points allowed), corrected where
 * UTS #46 differs for the deviation letters ß and ς; ASCII domains never reach it.
 */
public final class UrlBinding {
    private UrlBinding() {}

    public static Scriptable create(Realm realm) {
        ScriptableObject b = Natives.newObject(realm.global());
        Natives.define(b, "toASCII", 1, (cx, scope, args) -> toAscii(Natives.str(args, 0)));
        Natives.define(b, "toUnicode", 1, (cx, scope, args) -> toUnicode(Natives.str(args, 0)));
        Natives.define(b, "validAceLabels", 1, (cx, scope, args) -> validAceLabels(Natives.str(args, 0)));
        return b;
    }

    /** Whether every "xn--" label of an ASCII domain decodes (IDN.toUnicode hands back a label it cannot decode). */
    static boolean validAceLabels(String domain) {
        if (domain == null) return false;
        for (String label : domain.split("\\.", -1)) {
            if (label.regionMatches(true, 0, "xn--", 0, 4) && IDN.toUnicode(label, IDN.ALLOW_UNASSIGNED).equals(label)) {
                return false;
            }
        }
        return true;
    }

    /** The ASCII form, or null when the domain is not valid IDNA. */
    static String toAscii(String domain) {
        if (domain == null) return null;
        try {
            String ascii = IDN.toASCII(domain, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
            return DEVIATION.matcher(domain).find() ? keepDeviations(domain, ascii) : ascii;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    // UTS #46 (what URL parsers use) keeps the "deviation" letters ß and ς that IDNA 2003 maps to ss and σ, and
    // rejects a joiner outside the scripts that need it (approximated: always)
    private static final Pattern DEVIATION = Pattern.compile("[\u00df\u03c2\u200c\u200d]");

    private static String keepDeviations(String domain, String idna2003) {
        if (domain.indexOf('\u200c') >= 0 || domain.indexOf('\u200d') >= 0) return null;
        String[] labels = domain.split("[.\u3002\uff0e\uff61]", -1);
        String[] mapped = idna2003.split("\\.", -1);
        if (labels.length != mapped.length) return idna2003;
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < labels.length; i++) {
            if (i > 0) out.append('.');
            if (labels[i].indexOf('\u00df') < 0 && labels[i].indexOf('\u03c2') < 0) {
                out.append(mapped[i]);
                continue;
            }
            // lower-cased code point by code point: String.toLowerCase would turn a final Σ into ς
            StringBuilder lower = new StringBuilder();
            labels[i].codePoints().forEach(c -> lower.appendCodePoint(Character.toLowerCase(c)));
            out.append("xn--").append(Punycode.encode(Normalizer.normalize(lower, Normalizer.Form.NFKC)));
        }
        return out.toString();
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
