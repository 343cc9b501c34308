package dev.llrtj.modules.buffer;

import dev.llrtj.engine.Utf8;
import dev.llrtj.engine.JsBytes;
import dev.llrtj.engine.JsBytes.Slice;
import dev.llrtj.engine.Natives;
import dev.llrtj.realm.Realm;
import java.util.Arrays;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.ScriptRuntime;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptableObject;
import org.mozilla.javascript.TopLevel;
import org.mozilla.javascript.typedarrays.NativeArrayBuffer;
import org.mozilla.javascript.typedarrays.NativeUint8Array;

/**
 * The byte work behind buffer.js and the text decoders: encoding and decoding, searching, comparing and
 * copying run here over the typed arrays' backing byte[]. Buffers are made here too, as Uint8Arrays whose
 * prototype is Buffer.prototype (handed over once by buffer.js).
 */
public final class BufferBinding {
    private final Scriptable global;
    private Scriptable bufferPrototype;

    private BufferBinding(Scriptable global) {
        this.global = global;
    }

    public static Scriptable create(Realm realm) {
        BufferBinding self = new BufferBinding(realm.global());
        ScriptableObject b = Natives.newObject(realm.global());
        Natives.define(b, "setPrototype", 1, (cx, scope, args) -> {
            self.bufferPrototype = (Scriptable) args[0];
            return null;
        });
        Natives.define(b, "alloc", 1, (cx, scope, args) -> self.wrap(self.arrayBuffer((int) Natives.num(args, 0, 0)), 0, -1));
        Natives.define(b, "wrap", 3, (cx, scope, args) ->
                self.wrap((NativeArrayBuffer) args[0], (int) Natives.num(args, 1, 0), (int) Natives.num(args, 2, -1)));
        Natives.define(b, "fromString", 2, (cx, scope, args) -> {
            String text = Natives.str(args, 0);
            String encoding = Natives.str(args, 1);
            NativeArrayBuffer ab;
            if (encoding.equals("utf8")) { // straight into the new buffer: no intermediate byte[]
                ab = self.arrayBuffer(Utf8.encodedLength(text));
                Utf8.encodeInto(text, 0, ab.getBuffer(), 0, ab.getLength(), null);
            } else {
                byte[] bytes = ByteCodecs.encode(text, encoding);
                ab = JsBytes.arrayBuffer(self.global, bytes);
            }
            return self.wrap(ab, 0, -1);
        });
        Natives.define(b, "encodeInto", 2, (cx, scope, args) -> {
            Slice dst = JsBytes.require(args[1], "dest");
            int[] read = new int[1];
            int written = Utf8.encodeInto(Natives.str(args, 0), 0, dst.array(), dst.offset(), dst.length(), read);
            return Natives.newArray(scope, (double) read[0], (double) written);
        });
        Natives.define(b, "toString", 4, (cx, scope, args) -> {
            Slice s = range(args, 0, 2);
            return ByteCodecs.decode(s.array(), s.offset(), s.length(), Natives.str(args, 1));
        });
        Natives.define(b, "byteLength", 2, (cx, scope, args) ->
                (double) ByteCodecs.byteLength(Natives.str(args, 0), Natives.str(args, 1)));
        Natives.define(b, "write", 5, (cx, scope, args) -> (double) write(args));
        Natives.define(b, "compare", 6, (cx, scope, args) -> {
            Slice a = range(args, 0, 1);
            Slice c = range(args, 3, 4);
            int r = Arrays.compareUnsigned(a.array(), a.offset(), a.offset() + a.length(),
                    c.array(), c.offset(), c.offset() + c.length());
            return (double) Integer.signum(r);
        });
        Natives.define(b, "indexOf", 4, (cx, scope, args) -> (double) indexOf(
                JsBytes.require(args[0], "buffer"), JsBytes.require(args[1], "value"),
                (int) Natives.num(args, 2, 0), Context.toBoolean(Natives.arg(args, 3))));
        Natives.define(b, "copy", 5, (cx, scope, args) -> {
            Slice src = JsBytes.require(args[0], "source");
            Slice dst = JsBytes.require(args[1], "target");
            int targetStart = (int) Natives.num(args, 2, 0);
            int sourceStart = (int) Natives.num(args, 3, 0);
            int sourceEnd = (int) Natives.num(args, 4, src.length());
            int n = Math.max(0, Math.min(sourceEnd - sourceStart, dst.length() - targetStart));
            System.arraycopy(src.array(), src.offset() + sourceStart, dst.array(), dst.offset() + targetStart, n);
            return (double) n;
        });
        Natives.define(b, "fill", 4, (cx, scope, args) -> {
            Slice dst = range(args, 0, 2);
            Slice pattern = JsBytes.require(args[1], "value");
            for (int i = 0; i < dst.length(); i++) {
                dst.array()[dst.offset() + i] = pattern.array()[pattern.offset() + i % pattern.length()];
            }
            return null;
        });
        Natives.define(b, "windows1252", 1, (cx, scope, args) -> {
            Slice s = JsBytes.require(args[0], "input");
            return TextDecoders.windows1252(s.array(), s.offset(), s.length());
        });
        Natives.define(b, "decoder", 2, (cx, scope, args) -> self.decoder(Natives.str(args, 0), Context.toBoolean(Natives.arg(args, 1))));
        return b;
    }

    private NativeArrayBuffer arrayBuffer(int length) {
        if (length < 0) throw ScriptRuntime.rangeError("Invalid array length");
        return JsBytes.newArrayBuffer(global, length);
    }

    /** A Buffer over {@code ab[offset, offset + length)}; length -1 means to the end. */
    private Scriptable wrap(NativeArrayBuffer ab, int offset, int length) {
        int len = length < 0 ? ab.getLength() - offset : length;
        NativeUint8Array view = new NativeUint8Array(ab, offset, len);
        if (bufferPrototype == null) {
            ScriptRuntime.setBuiltinProtoAndParent(view, global, TopLevel.Builtins.Uint8Array);
        } else {
            view.setParentScope(global);
            view.setPrototype(bufferPrototype);
        }
        return view;
    }

    private Scriptable decoder(String kind, boolean fatal) {
        ScriptableObject d = Natives.newObject(global);
        if (kind.equals("utf8")) {
            Utf8.Decoder utf8 = new Utf8.Decoder(fatal);
            Natives.define(d, "decode", 2, (cx, scope, args) -> {
                Slice s = JsBytes.require(args[0], "input");
                return utf8.decode(s.array(), s.offset(), s.length(), Context.toBoolean(Natives.arg(args, 1)));
            });
            Natives.define(d, "pending", 0, (cx, scope, args) -> (double) utf8.pending());
        } else {
            TextDecoders.Utf16 utf16 = new TextDecoders.Utf16(fatal, kind.equals("utf16be"));
            Natives.define(d, "decode", 2, (cx, scope, args) -> {
                Slice s = JsBytes.require(args[0], "input");
                return utf16.decode(s.array(), s.offset(), s.length(), Context.toBoolean(Natives.arg(args, 1)));
            });
        }
        return d;
    }

    /** args[view] narrowed to [args[from], args[from + 1]) when those are given. */
    private static Slice range(Object[] args, int view, int from) {
        Slice s = JsBytes.require(args[view], "buffer");
        int start = (int) Math.max(0, Math.min(s.length(), Natives.num(args, from, 0)));
        int end = (int) Math.max(start, Math.min(s.length(), Natives.num(args, from + 1, s.length())));
        return new Slice(s.array(), s.offset() + start, end - start);
    }

    private static int write(Object[] args) {
        Slice dst = JsBytes.require(args[0], "buffer");
        String text = Natives.str(args, 1);
        int offset = (int) Natives.num(args, 2, 0);
        int max = (int) Math.min(Natives.num(args, 3, dst.length() - offset), dst.length() - offset);
        String encoding = Natives.str(args, 4);
        if (max <= 0) return 0;
        if (encoding.equals("utf8")) {
            return Utf8.encodeInto(text, 0, dst.array(), dst.offset() + offset, max, null);
        }
        byte[] bytes = ByteCodecs.encode(text, encoding);
        int n = Math.min(bytes.length, max);
        if (encoding.equals("utf16le")) n &= ~1;
        System.arraycopy(bytes, 0, dst.array(), dst.offset() + offset, n);
        return n;
    }

    private static int indexOf(Slice hay, Slice needle, int from, boolean forward) {
        int last = hay.length() - needle.length();
        if (needle.length() == 0) return Math.min(Math.max(from, 0), hay.length());
        if (forward) {
            for (int i = Math.max(from, 0); i <= last; i++) {
                if (matchesAt(hay, needle, i)) return i;
            }
        } else {
            for (int i = Math.min(from, last); i >= 0; i--) {
                if (matchesAt(hay, needle, i)) return i;
            }
        }
        return -1;
    }

    private static boolean matchesAt(Slice hay, Slice needle, int at) {
        return Arrays.equals(hay.array(), hay.offset() + at, hay.offset() + at + needle.length(),
                needle.array(), needle.offset(), needle.offset() + needle.length());
    }
}
