package dev.llrtj.modules.subtle;

import dev.llrtj.engine.JsBytes;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.Base64;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptableObject;
import org.mozilla.javascript.Undefined;

/** BufferSource in (engine's JsBytes makes the ArrayBuffers out), base64url and unsigned big-endian integers for JWK. */
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

    static String b64url(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static byte[] fromB64url(Scriptable jwk, String field) {
        Object v = ScriptableObject.getProperty(jwk, field);
        if (!(v instanceof CharSequence)) throw SubtleError.data("JWK member \"" + field + "\" is missing");
        return fromB64url(v.toString());
    }

    static byte[] fromB64url(String text) {
        try {
            return Base64.getUrlDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            throw SubtleError.data("JWK member is not base64url: " + e.getMessage());
        }
    }

    static BigInteger unsigned(Scriptable jwk, String field) {
        return new BigInteger(1, fromB64url(jwk, field));
    }

    /** An unsigned big-endian integer in exactly `length` bytes (0 = its minimal length), as JWK wants. */
    static byte[] unsigned(BigInteger value, int length) {
        byte[] raw = value.toByteArray();
        int start = raw.length > 1 && raw[0] == 0 ? 1 : 0;
        int n = raw.length - start;
        int size = length == 0 ? n : length;
        byte[] out = new byte[size];
        System.arraycopy(raw, start, out, size - n, n);
        return out;
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
