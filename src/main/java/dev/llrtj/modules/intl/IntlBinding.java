package dev.llrtj.modules.intl;

import dev.llrtj.engine.Natives;
import dev.llrtj.realm.Realm;
import java.text.Collator;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.mozilla.javascript.ScriptRuntime;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptableObject;

/**
 * The JDK side of intl.js: locale negotiation, time zones, date and number parts, collation. intl.js validates and
 * resolves the options (Intl's own rules and errors); these functions take resolved values only.
 */
public final class IntlBinding {
    private static final Map<String, Collator> COLLATORS = new ConcurrentHashMap<>();

    private IntlBinding() {}

    public static Scriptable create(Realm realm) {
        Scriptable scope = realm.global();
        ScriptableObject b = Natives.newObject(scope);
        Natives.define(b, "canonicalizeLocale", 1, (cx, s, args) -> canonical(Natives.str(args, 0)));
        Natives.define(b, "supportedLocale", 1, (cx, s, args) -> Locales.supported(Locale.forLanguageTag(Natives.str(args, 0))));
        Natives.define(b, "canonicalZone", 1, (cx, s, args) -> zone(Natives.str(args, 0)).getId());
        Natives.define(b, "defaultZone", 0, (cx, s, args) -> defaultZone());
        Natives.define(b, "hourCycle", 1, (cx, s, args) -> DateTimePatterns.hourCycle(locale(args)));
        Natives.define(b, "skeletonPattern", 2, (cx, s, args) -> {
            try {
                return DateTimePatterns.fromSkeleton(locale(args), Natives.str(args, 1));
            } catch (DateTimeException e) {
                throw ScriptRuntime.rangeError("Intl.DateTimeFormat: " + e.getMessage());
            }
        });
        Natives.define(b, "stylePattern", 3, (cx, s, args) ->
                DateTimePatterns.fromStyles(locale(args), style(Natives.str(args, 1)), style(Natives.str(args, 2))));
        Natives.define(b, "dateParts", 4, (cx, s, args) -> array(scope, DateTimePatterns.parts(locale(args),
                Natives.str(args, 1), zone(Natives.str(args, 2)), Natives.num(args, 3, Double.NaN))));
        Natives.define(b, "numberParts", 12, (cx, s, args) -> {
            NumberParts.Options o = new NumberParts.Options(Natives.str(args, 1), Natives.str(args, 2), Natives.str(args, 3),
                    Natives.str(args, 4), Natives.str(args, 5), (int) Natives.num(args, 6, 1), (int) Natives.num(args, 7, 0),
                    (int) Natives.num(args, 8, 3), ScriptRuntime.toBoolean(Natives.arg(args, 9)), Natives.str(args, 10));
            return array(scope, NumberParts.parts(locale(args), o, Natives.num(args, 11, Double.NaN)));
        });
        Natives.define(b, "currencyDigits", 1, (cx, s, args) -> {
            try {
                return Currency.getInstance(Natives.str(args, 0)).getDefaultFractionDigits();
            } catch (IllegalArgumentException e) {
                throw ScriptRuntime.rangeError("Invalid currency code : " + Natives.str(args, 0));
            }
        });
        Natives.define(b, "compare", 4, (cx, s, args) -> (double) collator(Natives.str(args, 0), Natives.str(args, 1))
                .compare(Natives.str(args, 2), Natives.str(args, 3)));
        return b;
    }

    private static Locale locale(Object[] args) {
        return Locale.forLanguageTag(Natives.str(args, 0));
    }

    private static String canonical(String tag) {
        try {
            return new Locale.Builder().setLanguageTag(tag).build().toLanguageTag();
        } catch (IllformedLocaleException | NullPointerException e) {
            throw ScriptRuntime.rangeError("Incorrect locale information provided");
        }
    }

    private static ZoneId zone(String name) {
        String id = name == null ? "" : name.startsWith(":") ? name.substring(1) : name;
        if (id.equalsIgnoreCase("utc") || id.equalsIgnoreCase("etc/utc") || id.equalsIgnoreCase("gmt")
                || id.equalsIgnoreCase("etc/gmt")) {
            return ZoneId.of("UTC");
        }
        for (String known : ZoneId.getAvailableZoneIds()) {
            if (known.equalsIgnoreCase(id)) return ZoneId.of(known);
        }
        if (id.matches("[+-]\\d\\d(:?\\d\\d)?")) return ZoneId.of(id);
        throw ScriptRuntime.rangeError("Invalid time zone specified: " + name);
    }

    /** TZ as the process has it (Lambda sets ":UTC"), else the system's zone. */
    private static String defaultZone() {
        String tz = System.getenv("TZ");
        try {
            return zone(tz != null && !tz.isEmpty() ? tz : ZoneId.systemDefault().getId()).getId();
        } catch (RuntimeException e) {
            return "UTC";
        }
    }

    private static FormatStyle style(String s) {
        return s == null ? null : FormatStyle.valueOf(s.toUpperCase(Locale.ROOT));
    }

    private static Collator collator(String tag, String strength) {
        return COLLATORS.computeIfAbsent(tag + "/" + strength, k -> {
            Collator c = Collator.getInstance(Locale.forLanguageTag(tag));
            c.setDecomposition(Collator.CANONICAL_DECOMPOSITION);
            c.setStrength(switch (strength) {
                case "base" -> Collator.PRIMARY;
                case "accent" -> Collator.SECONDARY;
                default -> Collator.TERTIARY;
            });
            return c;
        });
    }

    private static Scriptable array(Scriptable scope, List<String> items) {
        return Natives.newArray(scope, items.toArray());
    }
}
