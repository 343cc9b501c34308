package dev.llrtj.modules.zlib;

/** Reads a gzip member's header (RFC 1952) with zlib's messages for its faults. */
final class GzipHeader {
    private static final int FHCRC = 2;
    private static final int FEXTRA = 4;
    private static final int FNAME = 8;
    private static final int FCOMMENT = 16;

    private GzipHeader() {}

    /** Where the deflate data starts, or -1 when the header is not all in {@code data[at, end)} yet. */
    static int parse(byte[] data, int at, int end) {
        if (end - at >= 1 && (data[at] & 0xff) != 0x1f) throw ZlibError.data("incorrect header check");
        if (end - at >= 2 && (data[at + 1] & 0xff) != 0x8b) throw ZlibError.data("incorrect header check");
        if (end - at >= 3 && data[at + 2] != 8) throw ZlibError.data("unknown compression method");
        if (end - at < 10) return -1;
        int flags = data[at + 3] & 0xff;
        if ((flags & 0xe0) != 0) throw ZlibError.data("unknown header flags set");
        int p = at + 10;
        if ((flags & FEXTRA) != 0) {
            if (end - p < 2) return -1;
            p += 2 + ((data[p] & 0xff) | (data[p + 1] & 0xff) << 8);
            if (p > end) return -1;
        }
        if ((flags & FNAME) != 0 && (p = afterZero(data, p, end)) < 0) return -1;
        if ((flags & FCOMMENT) != 0 && (p = afterZero(data, p, end)) < 0) return -1;
        if ((flags & FHCRC) != 0) {
            p += 2;
            if (p > end) return -1;
        }
        return p;
    }

    private static int afterZero(byte[] data, int p, int end) {
        while (p < end) {
            if (data[p++] == 0) return p;
        }
        return -1;
    }
}
