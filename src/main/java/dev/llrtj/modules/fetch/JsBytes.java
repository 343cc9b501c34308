package dev.llrtj.modules.fetch;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.typedarrays.NativeArrayBuffer;
import org.mozilla.javascript.typedarrays.NativeArrayBufferView;

/** Bytes across Java and JS: typed arrays and ArrayBuffers in, fresh ArrayBuffer/Uint8Array out, no per-byte loops. */
final class JsBytes {
    private JsBytes() {}

    /** The bytes of a Uint8Array/any view/ArrayBuffer, a string as UTF-8; null for null/undefined. */
    static byte[] from(Object value) {
        if (value instanceof NativeArrayBufferView view) {
            int offset = view.getByteOffset();
            return Arrays.copyOfRange(view.getBuffer().getBuffer(), offset, offset + view.getByteLength());
        }
        if (value instanceof NativeArrayBuffer buffer) {
            return buffer.getBuffer().clone();
        }
        if (value == null || value instanceof org.mozilla.javascript.Undefined) {
            return null;
        }
        return Context.toString(value).getBytes(StandardCharsets.UTF_8);
    }

    static Scriptable arrayBuffer(Context cx, Scriptable scope, byte[] bytes) {
        NativeArrayBuffer buffer = (NativeArrayBuffer) cx.newObject(scope, "ArrayBuffer", new Object[] {bytes.length});
        System.arraycopy(bytes, 0, buffer.getBuffer(), 0, bytes.length);
        return buffer;
    }

    static Scriptable uint8Array(Context cx, Scriptable scope, byte[] bytes) {
        return cx.newObject(scope, "Uint8Array", new Object[] {arrayBuffer(cx, scope, bytes)});
    }

    static String utf8(Object value) {
        if (value instanceof NativeArrayBufferView view) { // no copy: a whole body may be megabytes
            return new String(view.getBuffer().getBuffer(), view.getByteOffset(), view.getByteLength(), StandardCharsets.UTF_8);
        }
        byte[] bytes = from(value);
        return bytes == null ? "" : new String(bytes, StandardCharsets.UTF_8);
    }
}
