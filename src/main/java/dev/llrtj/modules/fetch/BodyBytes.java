package dev.llrtj.modules.fetch;

import dev.llrtj.engine.JsBytes;
import java.nio.charset.StandardCharsets;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.Undefined;
import org.mozilla.javascript.typedarrays.NativeArrayBufferView;

/** A body chunk as fetch takes it: bytes of any view or ArrayBuffer (engine's JsBytes), else a string as UTF-8. */
final class BodyBytes {
    private BodyBytes() {}

    /** The bytes of a view or ArrayBuffer, a string as UTF-8; null for null/undefined. */
    static byte[] from(Object value) {
        byte[] bytes = JsBytes.copy(value);
        if (bytes != null || value == null || value instanceof Undefined) {
            return bytes;
        }
        return Context.toString(value).getBytes(StandardCharsets.UTF_8);
    }

    static String utf8(Object value) {
        if (value instanceof NativeArrayBufferView view) { // no copy: a whole body may be megabytes
            return new String(view.getBuffer().getBuffer(), view.getByteOffset(), view.getByteLength(), StandardCharsets.UTF_8);
        }
        byte[] bytes = from(value);
        return bytes == null ? "" : new String(bytes, StandardCharsets.UTF_8);
    }
}
