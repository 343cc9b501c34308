package dev.llrtj.modules.buffer;

import dev.llrtj.engine.Utf8;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Node's Buffer encodings other than UTF-8, with Node's leniency when decoding text to bytes. */
public final class ByteCodecs {
    private static final char[] HEX = "0123456789abcdef".toCharArray();
    private static final byte[] BASE64_VALUE = new byte[128];

    static {
        java.util.Arrays.fill(BASE64_VALUE, (byte) -1);
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        for (int i = 0; i < alphabet.length(); i++) BASE64_VALUE[alphabet.charAt(i)] = (byte) i;
        BASE64_VALUE['-'] = 62; // base64url letters are accepted by either decoder, as in Node
        BASE64_VALUE['_'] = 63;
    }

    private ByteCodecs() {}

    /** The encoding's bytes for {@code s}; {@code encoding} is one of Node's canonical names. */
    public static byte[] encode(String s, String encoding) {
        return switch (encoding) {
            case "utf8" -> Utf8.encode(s);
            case "hex" -> hexDecode(s);
            case "base64", "base64url" -> base64Decode(s);
            case "latin1", "ascii" -> latin1(s);
            case "utf16le" -> utf16le(s);
            default -> throw new IllegalArgumentException(encoding);
        };
    }

    public static String decode(byte[] a, int off, int len, String encoding) {
        return switch (encoding) {
            case "utf8" -> Utf8.decode(a, off, len);
            case "hex" -> hexEncode(a, off, len);
            case "base64" -> Base64.getEncoder().encodeToString(copy(a, off, len));
            case "base64url" -> Base64.getUrlEncoder().withoutPadding().encodeToString(copy(a, off, len));
            case "latin1" -> new String(a, off, len, StandardCharsets.ISO_8859_1);
            case "ascii" -> ascii(a, off, len);
            case "utf16le" -> utf16leText(a, off, len);
            default -> throw new IllegalArgumentException(encoding);
        };
    }

    /** The bytes {@link #encode} would produce, computed as Node does (an estimate for base64 with junk). */
    public static int byteLength(String s, String encoding) {
        return switch (encoding) {
            case "utf8" -> Utf8.encodedLength(s);
            case "hex" -> s.length() >>> 1;
            case "base64", "base64url" -> {
                int n = s.length();
                if (n > 0 && s.charAt(n - 1) == '=') n--;
                if (n > 0 && s.charAt(n - 1) == '=') n--;
                yield (n * 3) >>> 2;
            }
            case "utf16le" -> s.length() * 2;
            default -> s.length();
        };
    }

    private static byte[] copy(byte[] a, int off, int len) {
        byte[] out = new byte[len];
        System.arraycopy(a, off, out, 0, len);
        return out;
    }

    private static byte[] latin1(String s) {
        byte[] out = new byte[s.length()];
        for (int i = 0; i < out.length; i++) out[i] = (byte) s.charAt(i);
        return out;
    }

    private static byte[] utf16le(String s) {
        byte[] out = new byte[s.length() * 2];
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            out[2 * i] = (byte) c;
            out[2 * i + 1] = (byte) (c >> 8);
        }
        return out;
    }

    private static String utf16leText(byte[] a, int off, int len) {
        char[] out = new char[len / 2];
        for (int i = 0; i < out.length; i++) {
            out[i] = (char) ((a[off + 2 * i] & 0xFF) | ((a[off + 2 * i + 1] & 0xFF) << 8));
        }
        return new String(out);
    }

    private static String ascii(byte[] a, int off, int len) {
        char[] out = new char[len];
        for (int i = 0; i < len; i++) out[i] = (char) (a[off + i] & 0x7F);
        return new String(out);
    }

    private static String hexEncode(byte[] a, int off, int len) {
        char[] out = new char[len * 2];
        for (int i = 0; i < len; i++) {
            int b = a[off + i] & 0xFF;
            out[2 * i] = HEX[b >>> 4];
            out[2 * i + 1] = HEX[b & 0xF];
        }
        return new String(out);
    }

    /** Pairs of hex digits up to the first pair that is not one (Node truncates there). */
    private static byte[] hexDecode(String s) {
        int pairs = s.length() / 2;
        byte[] out = new byte[pairs];
        int n = 0;
        for (; n < pairs; n++) {
            int hi = Character.digit(s.charAt(2 * n), 16);
            int lo = Character.digit(s.charAt(2 * n + 1), 16);
            if (hi < 0 || lo < 0 || s.charAt(2 * n) > 'f' || s.charAt(2 * n + 1) > 'f') break;
            out[n] = (byte) ((hi << 4) | lo);
        }
        return n == pairs ? out : java.util.Arrays.copyOf(out, n);
    }

    /** Both alphabets, characters outside them skipped, decoding stops at the first '='. */
    private static byte[] base64Decode(String s) {
        byte[] out = new byte[(s.length() * 3) / 4 + 3];
        int n = 0;
        int acc = 0;
        int bits = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '=') break;
            int v = c < 128 ? BASE64_VALUE[c] : -1;
            if (v < 0) continue;
            acc = (acc << 6) | v;
            bits += 6;
            if (bits >= 8) {
                bits -= 8;
                out[n++] = (byte) (acc >> bits);
            }
        }
        return java.util.Arrays.copyOf(out, n);
    }
}
