package dev.llrtj.engine.crypto;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.Base64;

/** base64url and unsigned big-endian integers, as JWK members and SEC1 points hold them. */
public final class KeyBytes {
    private KeyBytes() {}

    public static String b64url(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static byte[] fromB64url(String text) {
        try {
            return Base64.getUrlDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            throw CryptoFailure.data("JWK member is not base64url: " + e.getMessage());
        }
    }

    /** An unsigned big-endian integer in exactly `length` bytes (0 = its minimal length), as JWK wants. */
    public static byte[] unsigned(BigInteger value, int length) {
        byte[] raw = value.toByteArray();
        int start = raw.length > 1 && raw[0] == 0 ? 1 : 0;
        int n = raw.length - start;
        int size = length == 0 ? n : length;
        if (n > size) throw CryptoFailure.data("integer does not fit in " + size + " bytes");
        byte[] out = new byte[size];
        System.arraycopy(raw, start, out, size - n, n);
        return out;
    }

    public static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
