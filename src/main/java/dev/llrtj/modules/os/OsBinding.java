package dev.llrtj.modules.os;

import dev.llrtj.engine.Natives;
import dev.llrtj.realm.Realm;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.regex.Pattern;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptableObject;

/** Reads the few system files node:os parses, and the facts the JVM already knows. */
public final class OsBinding {
    // node:os reads only these; the binding is no general file reader
    private static final Set<String> SYSTEM_FILES = Set.of("/proc/meminfo", "/proc/loadavg", "/proc/uptime",
            "/proc/cpuinfo", "/proc/stat", "/proc/self/status", "/proc/sys/kernel/hostname",
            "/proc/sys/kernel/osrelease", "/proc/sys/kernel/version", "/etc/passwd");
    // where libuv (so Node) takes a CPU's speed from; without cpufreq Node reports 0
    private static final Pattern CPU_FREQUENCY = Pattern.compile("/sys/devices/system/cpu/cpu\\d+/cpufreq/scaling_cur_freq");

    private OsBinding() {}

    public static Scriptable create(Realm realm) {
        ScriptableObject b = Natives.newObject(realm.global());
        Natives.define(b, "readSystemFile", 1, (cx, scope, args) -> readSystemFile(Natives.str(args, 0)));
        Natives.define(b, "userHome", 0, (cx, scope, args) -> System.getProperty("user.home"));
        Natives.define(b, "userName", 0, (cx, scope, args) -> System.getProperty("user.name"));
        Natives.define(b, "osVersion", 0, (cx, scope, args) -> System.getProperty("os.version"));
        Natives.define(b, "availableParallelism", 0, (cx, scope, args) ->
                (double) Runtime.getRuntime().availableProcessors());
        return b;
    }

    private static String readSystemFile(String name) {
        if (name == null || !(SYSTEM_FILES.contains(name) || CPU_FREQUENCY.matcher(name).matches())) {
            throw new IllegalArgumentException("not a system file node:os reads: " + name);
        }
        try {
            return new String(Files.readAllBytes(Path.of(name)), StandardCharsets.UTF_8);
        } catch (IOException | SecurityException e) {
            return null;
        }
    }
}
