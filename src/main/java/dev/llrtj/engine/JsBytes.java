package dev.llrtj.engine;

import org.mozilla.javascript.Context;
import org.mozilla.javascript.ScriptRuntime;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.TopLevel;
import org.mozilla.javascript.typedarrays.NativeArrayBuffer;
import org.mozilla.javascript.typedarrays.NativeArrayBufferView;

/**
 * Byte data between Java and JS without per-byte JS loops: a view (any TypedArray or DataView) or an ArrayBuffer
 * is read through its backing byte[], results come back as a fresh ArrayBuffer.
 */
public final class JsBytes {
    private JsBytes() {}

    /** A window on the backing array of a JS byte source; {@code array} is shared, not copied. */
    public record Slice(byte[] array, int offset, int length) {
        public byte[] copy() {
            byte[] out = new byte[length];
            System.arraycopy(array, offset, out, 0, length);
            return out;
        }
    }

    /** The bytes of an ArrayBuffer or ArrayBufferView, or null when {@code value} is neither. */
    public static Slice slice(Object value) {
        if (value instanceof NativeArrayBufferView view) {
            return new Slice(view.getBuffer().getBuffer(), view.getByteOffset(), view.getByteLength());
        }
        if (value instanceof NativeArrayBuffer buffer) {
            return new Slice(buffer.getBuffer(), 0, buffer.getLength());
        }
        return null;
    }

    /** A copy of the bytes of an ArrayBuffer or ArrayBufferView, or null when {@code value} is neither. */
    public static byte[] copy(Object value) {
        Slice s = slice(value);
        return s == null ? null : s.copy();
    }

    /** Like {@link #slice} but a TypeError for anything else. */
    public static Slice require(Object value, String what) {
        Slice s = slice(value);
        if (s == null) {
            throw ScriptRuntime.typeError("The \"" + what + "\" argument must be an ArrayBuffer or ArrayBufferView");
        }
        return s;
    }

    /** A new zero-filled ArrayBuffer. */
    public static NativeArrayBuffer newArrayBuffer(Scriptable scope, int length) {
        NativeArrayBuffer ab = new NativeArrayBuffer(length);
        ScriptRuntime.setBuiltinProtoAndParent(ab, scope, TopLevel.Builtins.ArrayBuffer);
        return ab;
    }

    /** A new ArrayBuffer holding {@code bytes[0..length)}. */
    public static NativeArrayBuffer arrayBuffer(Scriptable scope, byte[] bytes, int length) {
        NativeArrayBuffer ab = newArrayBuffer(scope, length);
        System.arraycopy(bytes, 0, ab.getBuffer(), 0, length);
        return ab;
    }

    public static NativeArrayBuffer arrayBuffer(Scriptable scope, byte[] bytes) {
        return arrayBuffer(scope, bytes, bytes.length);
    }

    /** A new Uint8Array over a new ArrayBuffer holding {@code bytes}. */
    public static Scriptable uint8Array(Scriptable scope, byte[] bytes) {
        return Context.getCurrentContext().newObject(scope, "Uint8Array", new Object[] {arrayBuffer(scope, bytes)});
    }
}
