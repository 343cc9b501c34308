package dev.llrtj.modules.subtle;

import dev.llrtj.engine.JsBytes;
import org.mozilla.javascript.Undefined;

/** BufferSource in (engine's JsBytes makes the ArrayBuffers out). */
final class Bytes {
    private Bytes() {}

    /** A copy of the bytes of an ArrayBuffer, TypedArray or DataView. */
    static byte[] of(Object value, String what) {
        byte[] bytes = JsBytes.copy(value);
        if (bytes == null) {
            throw new SubtleError("TypeError", "Failed to read " + what + ": not an ArrayBuffer, TypedArray or DataView");
        }
        return bytes;
    }

    static boolean present(Object value) {
        return value != null && !(value instanceof Undefined);
    }
}
