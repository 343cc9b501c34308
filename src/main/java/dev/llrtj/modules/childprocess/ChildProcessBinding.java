package dev.llrtj.modules.childprocess;

import dev.llrtj.engine.JsBytes;
import dev.llrtj.engine.Natives;
import dev.llrtj.loop.EventLoop;
import dev.llrtj.realm.Realm;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.Function;
import org.mozilla.javascript.JavaScriptException;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptableObject;
import org.mozilla.javascript.Undefined;

/**
 * child_process.js's native side. {@code spawnSync(...)} blocks the JS thread until the child ends (the *Sync
 * forms); {@code spawn(...)} starts a child whose output reader threads post each chunk, then the exit, onto the
 * loop as callbacks of {@code events}, keeping the loop alive while the child runs.
 */
public final class ChildProcessBinding {
    private final Realm realm;

    private ChildProcessBinding(Realm realm) {
        this.realm = realm;
    }

    public static Scriptable create(Realm realm) {
        ChildProcessBinding cp = new ChildProcessBinding(realm);
        ScriptableObject b = Natives.newObject(realm.global());
        Natives.define(b, "spawnSync", 8, (cx, scope, args) -> cp.spawnSync(cx, args));
        Natives.define(b, "spawn", 6, (cx, scope, args) -> cp.spawn(cx, args));
        return b;
    }

    private static Launch launch(Object[] args) {
        String[] stdio = strings(Natives.arg(args, 4)).toArray(new String[0]);
        if (stdio.length < 3) stdio = new String[] {"pipe", "pipe", "pipe"};
        List<String> command = new ArrayList<>();
        command.add(Natives.str(args, 0));
        command.addAll(strings(Natives.arg(args, 1)));
        Object env = Natives.arg(args, 3);
        return new Launch(command, Natives.str(args, 2), env instanceof Scriptable ? strings(env) : null, stdio);
    }

    private static List<String> strings(Object array) {
        List<String> out = new ArrayList<>();
        if (!(array instanceof Scriptable s)) return out;
        int n = (int) Context.toNumber(ScriptableObject.getProperty(s, "length"));
        for (int i = 0; i < n; i++) out.add(Context.toString(ScriptableObject.getProperty(s, i)));
        return out;
    }

    // args: file, args, cwd, env, stdio, input, timeoutMs, killSignal, maxBuffer
    private Scriptable spawnSync(Context cx, Object[] args) {
        Launch launch = launch(args);
        byte[] input = JsBytes.copy(Natives.arg(args, 5));
        long timeout = (long) Natives.num(args, 6, 0);
        String killSignal = Natives.str(args, 7) == null ? "SIGTERM" : Natives.str(args, 7);
        long maxBuffer = (long) Natives.num(args, 8, 1024 * 1024);
        Scriptable result = cx.newObject(realm.global());
        Process process;
        try {
            process = launch.start();
        } catch (Launch.SpawnError e) {
            result.put("error", result, error(cx, e.code, e.errno));
            return result;
        }
        result.put("pid", result, (double) process.pid());
        Collector out = new Collector(process.getInputStream(), maxBuffer, process);
        Collector err = new Collector(process.getErrorStream(), maxBuffer, process);
        Thread feeder = Thread.ofPlatform().daemon().start(() -> feed(process.getOutputStream(), input));
        String errorCode = null;
        boolean signalled = false;
        try {
            boolean ended = timeout > 0 ? process.waitFor(timeout, TimeUnit.MILLISECONDS) : process.waitFor() >= 0;
            if (!ended) {
                signalled = Signals.send(process, killSignal);
                errorCode = "ETIMEDOUT";
                process.waitFor();
            }
            out.thread.join();
            err.thread.join();
            feeder.join(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (out.overflow || err.overflow) {
            errorCode = "ENOBUFS";
            signalled = true;
            killSignal = "SIGTERM";
        }
        int status = process.exitValue();
        if (signalled && status == 128 + Signals.NUMBERS.getOrDefault(killSignal, -200)) {
            result.put("status", result, null);
            result.put("signal", result, killSignal);
        } else {
            result.put("status", result, (double) status);
            result.put("signal", result, null);
        }
        result.put("stdout", result, JsBytes.arrayBuffer(realm.global(), out.bytes.toByteArray()));
        result.put("stderr", result, JsBytes.arrayBuffer(realm.global(), err.bytes.toByteArray()));
        if (errorCode != null) result.put("error", result, error(cx, errorCode, errorCode.equals("ETIMEDOUT") ? -110 : -105));
        return result;
    }

    private static void feed(OutputStream stdin, byte[] input) {
        try (stdin) {
            if (input != null) stdin.write(input);
        } catch (IOException e) {
            // the child closed its stdin early (EPIPE): Node ignores that too
        }
    }

    /** Reads one output of a sync child on a thread of its own, up to maxBuffer (then kills the child). */
    private static final class Collector {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        final Thread thread;
        volatile boolean overflow;

        Collector(InputStream in, long max, Process process) {
            thread = Thread.ofPlatform().daemon().start(() -> {
                byte[] buffer = new byte[16 * 1024];
                try (in) {
                    for (int n; (n = in.read(buffer)) > 0; ) {
                        if (bytes.size() + n > max) {
                            bytes.write(buffer, 0, (int) Math.max(0, max - bytes.size()));
                            overflow = true;
                            process.destroy();
                            break;
                        }
                        bytes.write(buffer, 0, n);
                    }
                } catch (IOException e) {
                    // the stream closed under us: what was read stands
                }
            });
        }
    }

    private Scriptable error(Context cx, String code, int errno) {
        Scriptable e = cx.newObject(realm.global());
        e.put("code", e, code);
        e.put("errno", e, (double) errno);
        return e;
    }

    // args: file, args, cwd, env, stdio, events {stdout, stderr, exit}
    private Scriptable spawn(Context cx, Object[] args) {
        Launch launch = launch(args);
        Scriptable events = (Scriptable) Natives.arg(args, 5);
        Process process;
        try {
            process = launch.start();
        } catch (Launch.SpawnError e) {
            throw new JavaScriptException(error(cx, e.code, e.errno), null, 0);
        }
        EventLoop loop = realm.loop();
        Child child = new Child(process);
        loop.ref(); // until the exit is delivered
        List<Thread> readers = new ArrayList<>();
        if (launch.stdio()[1].equals("pipe")) readers.add(pump(process.getInputStream(), events, "stdout"));
        if (launch.stdio()[2].equals("pipe")) readers.add(pump(process.getErrorStream(), events, "stderr"));
        Thread.ofPlatform().daemon().start(() -> {
            int status;
            try {
                status = process.waitFor();
                for (Thread t : readers) t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            String signal = child.signalFor(status);
            loop.execute(() -> {
                loop.unref();
                call(events, "exit", signal == null ? (Object) (double) status : null, signal);
            });
        });
        ScriptableObject handle = Natives.newObject(realm.global());
        handle.put("pid", handle, (double) process.pid());
        OutputStream stdin = process.getOutputStream();
        Natives.define(handle, "write", 1, (c, s, a) -> {
            byte[] bytes = JsBytes.copy(Natives.arg(a, 0));
            try {
                stdin.write(bytes);
                stdin.flush();
                return null;
            } catch (IOException e) {
                return "EPIPE";
            }
        });
        Natives.define(handle, "end", 0, (c, s, a) -> {
            try {
                stdin.close();
            } catch (IOException e) {
                // already closed by the child
            }
            return Undefined.instance;
        });
        Natives.define(handle, "kill", 1, (c, s, a) -> child.kill(Natives.str(a, 0)));
        return handle;
    }

    private Thread pump(InputStream in, Scriptable events, String name) {
        EventLoop loop = realm.loop();
        return Thread.ofPlatform().daemon().start(() -> {
            byte[] buffer = new byte[64 * 1024];
            try (in) {
                for (int n; (n = in.read(buffer)) > 0; ) {
                    byte[] chunk = java.util.Arrays.copyOf(buffer, n);
                    loop.execute(() -> call(events, name, JsBytes.arrayBuffer(realm.global(), chunk)));
                }
            } catch (IOException e) {
                // closed: the end follows
            }
            loop.execute(() -> call(events, name, (Object) null));
        });
    }

    private void call(Scriptable events, String name, Object... args) {
        if (ScriptableObject.getProperty(events, name) instanceof Function fn) realm.call(fn, events, args);
    }

    /** A running child and the signal last sent to it (a JVM sees a signalled child's status as 128+n). */
    private static final class Child {
        private final Process process;
        private volatile String sent;

        Child(Process process) {
            this.process = process;
        }

        boolean kill(String signal) {
            String name = signal == null ? "SIGTERM" : signal;
            String before = sent;
            sent = name; // before the signal: the exit it causes can reach signalFor before send returns
            boolean ok = Signals.send(process, name);
            if (!ok) sent = before;
            return ok;
        }

        String signalFor(int status) {
            return sent != null && status == 128 + Signals.NUMBERS.getOrDefault(sent, -200) ? sent : null;
        }
    }
}
