package dev.llrtj.engine;

import dev.llrtj.engine.JsBytes.Slice;

/**
 * UTF-8 as the WHATWG Encoding Standard defines it, which is what Node and V8 do: lone surrogates encode as
 * U+FFFD, and each maximal invalid subpart decodes to one U+FFFD. Java's own coder differs on both counts.
 */
public final class Utf8 {
    private Utf8() {}

    public static int encodedLength(CharSequence s) {
        int n = s.length();
        int bytes = n;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 0x80) {
                if (c < 0x800) {
                    bytes += 1;
                } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                    bytes += 2; // 4 bytes for the pair's 2 chars
                    i++;
                } else {
                    bytes += 2;
                }
            }
        }
        return bytes;
    }

    /**
     * What Node's hashing and checksum functions take as data: a string as its UTF-8 bytes, else the bytes of an
     * ArrayBuffer or view (shared, not copied); null for anything else.
     */
    public static Slice textOrBytes(Object value) {
        if (value instanceof CharSequence text) {
            byte[] bytes = encode(text);
            return new Slice(bytes, 0, bytes.length);
        }
        return JsBytes.slice(value);
    }

    public static byte[] encode(CharSequence s) {
        byte[] out = new byte[encodedLength(s)];
        encodeInto(s, 0, out, 0, out.length, null);
        return out;
    }

    /**
     * Writes whole characters of {@code s} from {@code from} while they fit in {@code max} bytes; returns the bytes
     * written and, in {@code charsRead[0]} when given, the UTF-16 units consumed.
     */
    public static int encodeInto(CharSequence s, int from, byte[] dst, int off, int max, int[] charsRead) {
        int n = s.length();
        int p = off;
        int end = off + max;
        int i = from;
        while (i < n) {
            char c = s.charAt(i);
            if (c < 0x80) {
                if (p >= end) break;
                dst[p++] = (byte) c;
                i++;
            } else if (c < 0x800) {
                if (p + 2 > end) break;
                dst[p++] = (byte) (0xC0 | (c >> 6));
                dst[p++] = (byte) (0x80 | (c & 0x3F));
                i++;
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                if (p + 4 > end) break;
                int cp = Character.toCodePoint(c, s.charAt(i + 1));
                dst[p++] = (byte) (0xF0 | (cp >> 18));
                dst[p++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
                dst[p++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
                dst[p++] = (byte) (0x80 | (cp & 0x3F));
                i += 2;
            } else {
                if (p + 3 > end) break;
                int cp = Character.isSurrogate(c) ? 0xFFFD : c;
                dst[p++] = (byte) (0xE0 | (cp >> 12));
                dst[p++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
                dst[p++] = (byte) (0x80 | (cp & 0x3F));
                i++;
            }
        }
        if (charsRead != null) charsRead[0] = i - from;
        return p - off;
    }

    public static String decode(byte[] a, int off, int len) {
        int end = off + len;
        int i = off;
        while (i < end && a[i] >= 0) i++;
        if (i == end) return new String(a, off, len, java.nio.charset.StandardCharsets.ISO_8859_1);
        return new Decoder(false).decode(a, off, len, true);
    }

    /** The streaming decoder: an incomplete sequence at the end of one chunk continues in the next. */
    public static final class Decoder {
        private final boolean fatal;
        private int needed;
        private int seen;
        private int lower = 0x80;
        private int upper = 0xBF;
        private int codePoint;

        public Decoder(boolean fatal) {
            this.fatal = fatal;
        }

        /** Bytes of an incomplete sequence held for the next chunk. */
        public int pending() {
            return needed == 0 ? 0 : seen + 1;
        }

        /** The decoded text; null when fatal and the input is invalid (the state is then reset). */
        public String decode(byte[] a, int off, int len, boolean flush) {
            StringBuilder out = new StringBuilder(len);
            int end = off + len;
            int i = off;
            while (i < end) {
                int b = a[i] & 0xFF;
                if (needed == 0) {
                    i++;
                    if (b < 0x80) {
                        out.append((char) b);
                    } else if (b >= 0xC2 && b <= 0xDF) {
                        needed = 1;
                        codePoint = b & 0x1F;
                    } else if (b >= 0xE0 && b <= 0xEF) {
                        if (b == 0xE0) lower = 0xA0;
                        if (b == 0xED) upper = 0x9F;
                        needed = 2;
                        codePoint = b & 0x0F;
                    } else if (b >= 0xF0 && b <= 0xF4) {
                        if (b == 0xF0) lower = 0x90;
                        if (b == 0xF4) upper = 0x8F;
                        needed = 3;
                        codePoint = b & 0x07;
                    } else if (!error(out)) {
                        return null;
                    }
                    continue;
                }
                if (b < lower || b > upper) {
                    reset();
                    if (!error(out)) return null;
                    continue; // the byte starts over as a possible lead byte
                }
                i++;
                lower = 0x80;
                upper = 0xBF;
                codePoint = (codePoint << 6) | (b & 0x3F);
                if (++seen == needed) {
                    out.appendCodePoint(codePoint);
                    reset();
                }
            }
            if (flush && needed != 0) {
                reset();
                if (!error(out)) return null;
            }
            return out.toString();
        }

        private boolean error(StringBuilder out) {
            if (fatal) {
                reset();
                return false;
            }
            out.append('\uFFFD');
            return true;
        }

        private void reset() {
            needed = 0;
            seen = 0;
            codePoint = 0;
            lower = 0x80;
            upper = 0xBF;
        }
    }
}
