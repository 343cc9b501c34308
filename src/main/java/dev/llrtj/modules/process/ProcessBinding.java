package dev.llrtj.modules.process;

import dev.llrtj.engine.JsBytes;
import dev.llrtj.engine.Natives;
import dev.llrtj.host.Executable;
import dev.llrtj.host.LlrtVersion;
import dev.llrtj.loop.ProcessExit;
import dev.llrtj.realm.EmbeddedSdk;
import dev.llrtj.realm.Realm;
import dev.llrtj.realm.Stdio;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptableObject;

/** The facts only the JVM knows: environment, arguments, clocks, memory, exit. Shape lives in process.js. */
public final class ProcessBinding {
    private ProcessBinding() {}

    public static Scriptable create(Realm realm) {
        Scriptable scope = realm.global();
        ScriptableObject b = Natives.newObject(scope);
        Natives.define(b, "env", 0, (cx, s, args) -> {
            Scriptable env = cx.newObject(scope);
            for (Map.Entry<String, String> e : System.getenv().entrySet()) {
                env.put(e.getKey(), env, e.getValue());
            }
            return env;
        });
        Natives.define(b, "argv", 0, (cx, s, args) -> cx.newArray(scope, realm.argv().toArray()));
        Natives.define(b, "execPath", 0, (cx, s, args) -> Executable.command());
        Natives.define(b, "exit", 1, (cx, s, args) -> {
            Stdio.flush();
            throw new ProcessExit((int) Natives.num(args, 0, 0));
        });
        Natives.define(b, "cwd", 0, (cx, s, args) -> Path.of("").toAbsolutePath().toString());
        Natives.define(b, "pid", 0, (cx, s, args) -> (double) ProcessHandle.current().pid());
        Natives.define(b, "ppid", 0, (cx, s, args) ->
                (double) ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(0L));
        Natives.define(b, "arch", 0, (cx, s, args) -> arch());
        Natives.define(b, "platform", 0, (cx, s, args) -> platform());
        Natives.define(b, "hasSdk", 0, (cx, s, args) -> EmbeddedSdk.home().isPresent());
        Natives.define(b, "sdkVersion", 0, (cx, s, args) -> EmbeddedSdk.version().orElse(null));
        Natives.define(b, "javaVersion", 0, (cx, s, args) -> Runtime.version().toString());
        Natives.define(b, "llrtVersion", 0, (cx, s, args) -> LlrtVersion.VERSION);
        Natives.define(b, "hrtime", 0, (cx, s, args) -> {
            long now = System.nanoTime();
            return cx.newArray(scope, new Object[] {(double) (now / 1_000_000_000L), (double) (now % 1_000_000_000L)});
        });
        Natives.define(b, "hrtimeBigint", 0, (cx, s, args) -> BigInteger.valueOf(System.nanoTime()));
        Natives.define(b, "uptime", 0, (cx, s, args) -> uptimeSeconds());
        Natives.define(b, "memoryUsage", 0, (cx, s, args) -> {
            Runtime rt = Runtime.getRuntime();
            Scriptable usage = cx.newObject(scope);
            usage.put("rss", usage, (double) rss());
            usage.put("heapTotal", usage, (double) rt.totalMemory());
            usage.put("heapUsed", usage, (double) (rt.totalMemory() - rt.freeMemory()));
            usage.put("external", usage, 0d);
            usage.put("arrayBuffers", usage, 0d);
            return usage;
        });
        Natives.define(b, "write", 2, (cx, s, args) -> {
            int fd = (int) Natives.num(args, 0, 1);
            Object data = args.length > 1 ? args[1] : null;
            if (JsBytes.slice(data) != null) {
                Stdio.writeBytes(fd, JsBytes.copy(data)); // a Buffer or typed array: its bytes, not its text
            } else {
                Stdio.write(fd, Natives.str(args, 1));
            }
            return null;
        });
        return b;
    }

    /** Resident set size from /proc (Linux, as on Lambda); the JVM's committed heap elsewhere. */
    static long rss() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux: fall through
        }
        return Runtime.getRuntime().totalMemory();
    }

    /** Since the process started (the runtime's own start-up included, as Node's counts its own). */
    private static double uptimeSeconds() {
        return (System.nanoTime() - ProcessStart.nanos()) / 1e9;
    }

    /**
     * Process state, initialised at run time in each process: this binding's functions may be built into the native
     * image's prepared realm, with this class initialised by the builder.
     */
    private static final class ProcessStart {
            private static final long CLASS_LOADED = System.nanoTime();
            private static volatile long nanos = Long.MIN_VALUE;

        /**
         * The process's start on the System.nanoTime scale, found once: Linux gives the start in clock ticks since boot
         * (/proc/self/stat) and the time since boot (/proc/uptime), both on the boot clock, to 10 ms. (The JDK's
         * ProcessHandle start instant adds the boot time rounded to the second, so it was up to 1 s off.)
         */
        private static long nanos() {
            long start = nanos;
            if (start == Long.MIN_VALUE) {
                long now = System.nanoTime();
                try {
                    String stat = Files.readString(Path.of("/proc/self/stat"));
                    // fields after the command name (which may hold spaces) start at field 3; starttime is field 22
                    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    double startedAfterBoot = Long.parseLong(fields[22 - 3]) / 100.0; // USER_HZ is 100 on Linux
                    double sinceBoot = Double.parseDouble(Files.readString(Path.of("/proc/uptime")).split(" ")[0]);
                    start = now - (long) (Math.max(0, sinceBoot - startedAfterBoot) * 1e9);
                } catch (IOException | RuntimeException e) {
                    start = CLASS_LOADED; // no /proc: since this class loaded
                }
                nanos = start;
            }
            return start;
        }
    }

    private static String arch() {
        String arch = System.getProperty("os.arch");
        return switch (arch) {
            case "amd64", "x86_64" -> "x64";
            case "aarch64", "arm64" -> "arm64";
            default -> arch;
        };
    }

    private static String platform() {
        String os = System.getProperty("os.name").toLowerCase();
        return os.contains("linux") ? "linux" : os.contains("mac") ? "darwin" : os.contains("win") ? "win32" : os;
    }
}
