package dev.llrtj.modules.zlib;

import java.io.ByteArrayOutputStream;

/**
 * One compression or decompression stream: input goes in by pushes, output comes out of each push. Not thread-safe;
 * the JS side never has two pushes of one stream in flight (a Transform writes one chunk at a time).
 */
interface Codec {
    // Node's flush values (zlib.constants)
    int NO_FLUSH = 0;
    int PARTIAL_FLUSH = 1;
    int SYNC_FLUSH = 2;
    int FULL_FLUSH = 3;
    int FINISH = 4;
    int BLOCK = 5;

    /** Takes {@code in[off, off+len)}, writes what it can produce to {@code out}; FINISH ends the stream. */
    void push(byte[] in, int off, int len, int flush, ByteArrayOutputStream out);

    /** Frees native memory; later pushes fail. */
    void close();
}
