package dev.llrtj.modules.zlib;

import dev.llrtj.engine.JsBytes;
import dev.llrtj.engine.Natives;
import dev.llrtj.realm.Realm;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.Function;
import org.mozilla.javascript.JavaScriptException;
import org.mozilla.javascript.ScriptRuntime;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptableObject;
import org.mozilla.javascript.Undefined;

/**
 * zlib.js's native side: {@code open(kind, level, strategy, dictionary, maxOutputLength)} makes a stream handle
 * whose {@code push(bytes, flush)} compresses or decompresses inline (the *Sync forms) and whose
 * {@code pushAsync(bytes, flush, callback)} does it off the loop (the callback, promise and stream forms), calling
 * back {@code (err, output)} on it. The JS side validates options with Node's messages; this side only runs them.
 */
public final class ZlibBinding {
    private final Realm realm;

    private ZlibBinding(Realm realm) {
        this.realm = realm;
    }

    public static Scriptable create(Realm realm) {
        ZlibBinding zlib = new ZlibBinding(realm);
        ScriptableObject b = Natives.newObject(realm.global());
        Natives.define(b, "open", 5, (cx, scope, args) -> zlib.open(cx, args));
        return b;
    }

    private Scriptable open(Context cx, Object[] args) {
        String kind = Natives.str(args, 0);
        int level = (int) Natives.num(args, 1, -1);
        int strategy = (int) Natives.num(args, 2, 0);
        byte[] dictionary = JsBytes.copy(Natives.arg(args, 3));
        double max = Natives.num(args, 4, LimitedOutput.MAX);
        Codec codec;
        try {
            codec = codec(kind, level, strategy, dictionary);
        } catch (ZlibError e) {
            throw new JavaScriptException(toJsError(cx, e), null, 0);
        }
        LimitedOutput out = new LimitedOutput((long) max);
        ScriptableObject handle = Natives.newObject(realm.global());
        Natives.define(handle, "push", 2, (c, s, a) -> {
            byte[] input = input(a);
            try {
                codec.push(input, 0, input.length, flush(a), out);
                return JsBytes.arrayBuffer(realm.global(), out.take());
            } catch (ZlibError e) {
                codec.close();
                throw new JavaScriptException(toJsError(c, e), null, 0);
            }
        });
        Natives.define(handle, "pushAsync", 3, (c, s, a) -> {
            byte[] input = input(a);
            int flush = flush(a);
            if (!(Natives.arg(a, 2) instanceof Function callback)) throw ScriptRuntime.typeError("zlib: no callback");
            realm.loop().<byte[]>blocking(() -> {
                codec.push(input, 0, input.length, flush, out);
                return out.take();
            }, (bytes, failure) -> {
                Context now = Context.getCurrentContext();
                if (failure != null) {
                    codec.close();
                    Object error = failure instanceof ZlibError e ? toJsError(now, e) : realm.toJs(failure);
                    realm.call(callback, null, error, Undefined.instance);
                } else {
                    realm.call(callback, null, null, JsBytes.arrayBuffer(realm.global(), bytes));
                }
            });
            return Undefined.instance;
        });
        Natives.define(handle, "close", 0, (c, s, a) -> {
            codec.close();
            return Undefined.instance;
        });
        return handle;
    }

    private static Codec codec(String kind, int level, int strategy, byte[] dictionary) {
        return switch (kind) {
            case "deflate" -> new DeflateCodec(Format.ZLIB, level, strategy, dictionary);
            case "deflateRaw" -> new DeflateCodec(Format.RAW, level, strategy, dictionary);
            case "gzip" -> new DeflateCodec(Format.GZIP, level, strategy, dictionary);
            case "inflate" -> new InflateCodec(Format.ZLIB, dictionary);
            case "inflateRaw" -> new InflateCodec(Format.RAW, dictionary);
            case "gunzip" -> new InflateCodec(Format.GZIP, dictionary);
            case "unzip" -> new InflateCodec(Format.UNZIP, dictionary);
            case "brotliDecompress" -> WholeCodecs.brotliDecompress();
            case "zstdCompress" -> WholeCodecs.zstdCompress();
            case "zstdDecompress" -> WholeCodecs.zstdDecompress();
            default -> throw new IllegalArgumentException("no zlib codec " + kind);
        };
    }

    private static byte[] input(Object[] args) {
        byte[] bytes = JsBytes.copy(Natives.arg(args, 0));
        return bytes == null ? new byte[0] : bytes;
    }

    private static int flush(Object[] args) {
        return (int) Natives.num(args, 1, Codec.NO_FLUSH);
    }

    private Scriptable toJsError(Context cx, ZlibError e) {
        String type = e.code.equals("ERR_BUFFER_TOO_LARGE") ? "RangeError" : "Error";
        Scriptable error = cx.newObject(realm.global(), type, new Object[] {e.getMessage()});
        error.put("code", error, e.code);
        if (e.errno != 0) error.put("errno", error, (double) e.errno);
        return error;
    }
}
