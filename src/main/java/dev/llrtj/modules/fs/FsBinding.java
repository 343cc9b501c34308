package dev.llrtj.modules.fs;

import dev.llrtj.engine.JsBytes;
import dev.llrtj.engine.Natives;
import dev.llrtj.loop.EventLoop;
import dev.llrtj.realm.Realm;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.Function;
import org.mozilla.javascript.JavaScriptException;
import org.mozilla.javascript.ScriptRuntime;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptableObject;
import org.mozilla.javascript.Undefined;

/**
 * The fs binding: {@code run(op, args)} performs an operation inline (the *Sync API) and
 * {@code start(op, args, callback)} off the loop, calling back {@code (err, result)} on it. Arguments are copied
 * into Java values on the loop before the work starts, results become JS values on the loop after it ends.
 */
public final class FsBinding {
    @FunctionalInterface
    private interface Op {
        Object apply(Object[] a);
    }

    private final Realm realm;
    private final Map<String, Op> ops = new HashMap<>();

    private FsBinding(Realm realm) {
        this.realm = realm;
        FileHandles files = new FileHandles();
        ops.put("readFile", a -> {
            byte[] bytes = FsOps.readFile(str(a, 0));
            return "utf8".equals(a[1]) ? new String(bytes, StandardCharsets.UTF_8) : bytes;
        });
        ops.put("writeFile", a -> {
            FsOps.writeFile(str(a, 0), bytes(a, 1), str(a, 2), integer(a, 3));
            return null;
        });
        ops.put("stat", a -> FsOps.stat(str(a, 0), true));
        ops.put("lstat", a -> FsOps.stat(str(a, 0), false));
        ops.put("readdir", a -> FsOps.readdir(str(a, 0), Boolean.TRUE.equals(a[1]), Boolean.TRUE.equals(a[2])));
        ops.put("mkdir", a -> FsOps.mkdir(str(a, 0), Boolean.TRUE.equals(a[1]), integer(a, 2)));
        ops.put("rmdir", a -> {
            FsOps.rmdir(str(a, 0));
            return null;
        });
        ops.put("unlink", a -> {
            FsOps.unlink(str(a, 0));
            return null;
        });
        ops.put("rm", a -> {
            FsOps.rm(str(a, 0), Boolean.TRUE.equals(a[1]), Boolean.TRUE.equals(a[2]));
            return null;
        });
        ops.put("rename", a -> {
            FsOps.rename(str(a, 0), str(a, 1));
            return null;
        });
        ops.put("copyFile", a -> {
            FsOps.copyFile(str(a, 0), str(a, 1), (integer(a, 2) & 1) != 0);
            return null;
        });
        ops.put("access", a -> {
            FsOps.access(str(a, 0), integer(a, 1));
            return null;
        });
        ops.put("realpath", a -> FsOps.realpath(str(a, 0), Boolean.TRUE.equals(a[1])));
        ops.put("mkdtemp", a -> FsOps.mkdtemp(str(a, 0)));
        ops.put("symlink", a -> {
            FsOps.symlink(str(a, 0), str(a, 1));
            return null;
        });
        ops.put("readlink", a -> FsOps.readlink(str(a, 0)));
        ops.put("chmod", a -> {
            FsOps.chmod(str(a, 0), integer(a, 1));
            return null;
        });
        ops.put("truncate", a -> {
            FsOps.truncate(str(a, 0), (long) number(a, 1));
            return null;
        });
        ops.put("utimes", a -> {
            FsOps.utimes(str(a, 0), number(a, 1), number(a, 2));
            return null;
        });
        ops.put("open", a -> files.open(str(a, 0), str(a, 1), integer(a, 2)));
        ops.put("read", a -> files.read(integer(a, 0), integer(a, 1), (long) number(a, 2)));
        ops.put("write", a -> files.write(integer(a, 0), bytes(a, 1), (long) number(a, 2)));
        ops.put("fstat", a -> files.fstat(integer(a, 0)));
        ops.put("close", a -> {
            files.close(integer(a, 0));
            return null;
        });
    }

    public static Scriptable create(Realm realm) {
        FsBinding fs = new FsBinding(realm);
        ScriptableObject b = Natives.newObject(realm.global());
        Natives.define(b, "run", 2, (cx, scope, args) -> fs.run(cx, Natives.str(args, 0), Natives.arg(args, 1)));
        Natives.define(b, "start", 3, (cx, scope, args) -> {
            fs.start(Natives.str(args, 0), Natives.arg(args, 1), Natives.arg(args, 2));
            return null;
        });
        return b;
    }

    private Object run(Context cx, String name, Object jsArgs) {
        Op op = op(name);
        Object[] args = javaArgs(jsArgs);
        try {
            return toJs(cx, op.apply(args));
        } catch (FsError e) {
            throw new JavaScriptException(toJsError(cx, e), null, 0);
        }
    }

    private void start(String name, Object jsArgs, Object callback) {
        Op op = op(name);
        Object[] args = javaArgs(jsArgs);
        if (!(callback instanceof Function fn)) throw ScriptRuntime.typeError("fs: callback must be a function");
        EventLoop loop = realm.loop();
        loop.<Object>blocking(() -> op.apply(args), (result, failure) -> {
            Context cx = Context.getCurrentContext();
            Object error = null;
            if (failure instanceof FsError e) error = toJsError(cx, e);
            else if (failure != null) error = realm.toJs(failure);
            Object value = failure == null ? toJs(cx, result) : Undefined.instance;
            realm.call(fn, null, error, value);
        });
    }

    private Op op(String name) {
        Op op = ops.get(name);
        if (op == null) throw new IllegalArgumentException("no fs operation " + name);
        return op;
    }

    // ---- JS -> Java, on the loop: strings, numbers, booleans and copied bytes only

    private static Object[] javaArgs(Object jsArgs) {
        if (!(jsArgs instanceof Scriptable array)) return new Object[0];
        int length = (int) Context.toNumber(ScriptableObject.getProperty(array, "length"));
        Object[] out = new Object[length];
        for (int i = 0; i < length; i++) out[i] = javaValue(ScriptableObject.getProperty(array, i));
        return out;
    }

    private static Object javaValue(Object v) {
        if (v == null || v instanceof Undefined || v == Scriptable.NOT_FOUND) return null;
        if (v instanceof Boolean || v instanceof String) return v;
        if (v instanceof Number n) return n.doubleValue();
        JsBytes.Slice bytes = JsBytes.slice(v);
        return bytes != null ? bytes.copy() : Context.toString(v);
    }

    private static String str(Object[] a, int i) {
        return i < a.length && a[i] != null ? a[i].toString() : null;
    }

    private static double number(Object[] a, int i) {
        return i < a.length && a[i] instanceof Double d ? d : -1;
    }

    private static int integer(Object[] a, int i) {
        return (int) number(a, i);
    }

    /** A string argument is written as UTF-8 (the JS side turns other encodings into bytes first). */
    private static byte[] bytes(Object[] a, int i) {
        Object v = i < a.length ? a[i] : null;
        if (v instanceof byte[] b) return b;
        return v == null ? new byte[0] : v.toString().getBytes(StandardCharsets.UTF_8);
    }

    // ---- Java -> JS, on the loop

    private Object toJs(Context cx, Object value) {
        Scriptable scope = realm.global();
        if (value == null) return Undefined.instance;
        if (value instanceof byte[] bytes) return JsBytes.arrayBuffer(scope, bytes);
        if (value instanceof double[] numbers) {
            Object[] items = new Object[numbers.length];
            for (int i = 0; i < numbers.length; i++) items[i] = numbers[i];
            return cx.newArray(scope, items);
        }
        if (value instanceof List<?> list) {
            return cx.newArray(scope, list.stream().map(item -> toJs(cx, item)).toArray());
        }
        if (value instanceof Integer n) return n.doubleValue();
        return value;
    }

    private Scriptable toJsError(Context cx, FsError e) {
        Scriptable error = cx.newObject(realm.global(), "Error", new Object[] {e.getMessage()});
        if (e.code.startsWith("ERR_")) { // Node's SystemError: the code first, the system call's details in info
            Scriptable info = cx.newObject(realm.global());
            info.put("code", info, e.code.substring("ERR_FS_".length()));
            info.put("message", info, e.getMessage().replaceFirst("^.*\\((.*)\\).*$", "$1"));
            info.put("path", info, e.path);
            info.put("syscall", info, e.syscall);
            info.put("errno", info, (double) e.errno);
            error.put("code", error, e.code);
            error.put("info", error, info);
        }
        if (e.errno != 0) error.put("errno", error, (double) e.errno);
        error.put("code", error, e.code);
        if (e.syscall != null) error.put("syscall", error, e.syscall);
        if (e.path != null) error.put("path", error, e.path);
        if (e.dest != null) error.put("dest", error, e.dest);
        return error;
    }
}
