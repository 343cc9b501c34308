package dev.llrtj.modules.zlib;

import java.io.ByteArrayOutputStream;

/**
 * A stream's output so far, which refuses to grow past maxOutputLength (Node's ERR_BUFFER_TOO_LARGE) as it is
 * written, so a decompression bomb stops at the limit instead of filling the heap.
 */
final class LimitedOutput extends ByteArrayOutputStream {
    /** The most a Java array holds; Node's own default (buffer.kMaxLength) is larger. */
    static final long MAX = Integer.MAX_VALUE - 8;

    private final long limit;
    private long total;

    LimitedOutput(long limit) {
        this.limit = Math.min(limit, MAX);
    }

    @Override
    public void write(int b) {
        grow(1);
        super.write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) {
        grow(len);
        super.write(b, off, len);
    }

    private void grow(int len) {
        total += len;
        if (total > limit) throw ZlibError.tooLarge(limit);
    }

    /** What was written since the last take, and forgets it (the limit counts the whole stream). */
    byte[] take() {
        byte[] bytes = toByteArray();
        reset();
        return bytes;
    }
}
