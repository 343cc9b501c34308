package dev.llrtj.modules.timezone;

import dev.llrtj.engine.Natives;
import dev.llrtj.realm.Realm;
import java.time.Instant;
import java.time.ZoneId;
import org.mozilla.javascript.ScriptRuntime;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptableObject;

/** {@code offsetMinutes(zone, epochMs)} and {@code zones()} for timezone.js, from java.time's zone rules. */
public final class TimezoneBinding {
    private TimezoneBinding() {}

    public static Scriptable create(Realm realm) {
        ScriptableObject b = Natives.newObject(realm.global());
        Natives.define(b, "offsetMinutes", 2, (cx, scope, args) -> {
            String name = Natives.str(args, 0);
            double ms = Natives.num(args, 1, Double.NaN);
            if (Double.isNaN(ms) || Double.isInfinite(ms)) throw ScriptRuntime.rangeError("Invalid time value");
            return (double) zone(name).getRules().getOffset(Instant.ofEpochMilli((long) ms)).getTotalSeconds() / 60;
        });
        Natives.define(b, "zones", 0, (cx, scope, args) ->
                Natives.newArray(realm.global(), ZoneId.getAvailableZoneIds().stream().filter(z -> z.contains("/") || z.equals("UTC"))
                        .filter(z -> !z.startsWith("SystemV/")).sorted().toArray()));
        return b;
    }

    private static ZoneId zone(String name) {
        try {
            if (name == null || name.isEmpty()) throw new java.time.DateTimeException("empty");
            return ZoneId.of(name);
        } catch (java.time.DateTimeException e) {
            throw ScriptRuntime.rangeError("Invalid time zone specified: " + name);
        }
    }
}
