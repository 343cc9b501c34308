package dev.llrtj.modules.buffer;

/** The non-UTF-8 decoders of WHATWG's TextDecoder: UTF-16 (streaming, surrogate-checked) and windows-1252. */
public final class TextDecoders {
    // windows-1252 differs from latin1 in 0x80..0x9F only
    private static final String C1 = "\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F"
            + "\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178";

    private TextDecoders() {}

    public static String windows1252(byte[] a, int off, int len) {
        char[] out = new char[len];
        for (int i = 0; i < len; i++) {
            int b = a[off + i] & 0xFF;
            out[i] = b >= 0x80 && b < 0xA0 ? C1.charAt(b - 0x80) : (char) b;
        }
        return new String(out);
    }

    /** UTF-16 with an odd byte or a high surrogate at a chunk's end carried into the next chunk. */
    public static final class Utf16 {
        private final boolean fatal;
        private final boolean bigEndian;
        private int leadByte = -1;
        private int leadSurrogate = -1;

        public Utf16(boolean fatal, boolean bigEndian) {
            this.fatal = fatal;
            this.bigEndian = bigEndian;
        }

        /** The decoded text; null when fatal and the input is invalid (the state is then reset). */
        public String decode(byte[] a, int off, int len, boolean flush) {
            StringBuilder out = new StringBuilder(len / 2 + 1);
            for (int i = off; i < off + len; i++) {
                int b = a[i] & 0xFF;
                if (leadByte < 0) {
                    leadByte = b;
                    continue;
                }
                int unit = bigEndian ? (leadByte << 8) | b : leadByte | (b << 8);
                leadByte = -1;
                if (leadSurrogate >= 0) {
                    int lead = leadSurrogate;
                    leadSurrogate = -1;
                    if (unit >= 0xDC00 && unit <= 0xDFFF) {
                        out.append((char) lead).append((char) unit);
                        continue;
                    }
                    if (!error(out)) return null;
                }
                if (unit >= 0xD800 && unit <= 0xDBFF) {
                    leadSurrogate = unit;
                } else if (unit >= 0xDC00 && unit <= 0xDFFF) {
                    if (!error(out)) return null;
                } else {
                    out.append((char) unit);
                }
            }
            if (flush && (leadByte >= 0 || leadSurrogate >= 0)) {
                if (!error(out)) return null;
                leadByte = -1;
                leadSurrogate = -1;
            }
            return out.toString();
        }

        private boolean error(StringBuilder out) {
            if (fatal) {
                leadByte = -1;
                leadSurrogate = -1;
                return false;
            }
            out.append('\uFFFD');
            return true;
        }
    }
}
