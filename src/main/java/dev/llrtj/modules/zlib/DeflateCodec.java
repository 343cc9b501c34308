package dev.llrtj.modules.zlib;

import java.io.ByteArrayOutputStream;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * deflate, deflateRaw and gzip over java.util.zip.Deflater (the JDK's zlib). The gzip wrapper is written here as
 * zlib writes it for Node (no name, mtime 0, OS 3), because the JDK's Deflater has no gzip mode.
 */
final class DeflateCodec implements Codec {
    private static final int CHUNK = 16 * 1024;

    private final Deflater deflater;
    private final boolean gzip;
    private final int level;
    private final int strategy;
    private final CRC32 crc = new CRC32();
    private final byte[] buffer = new byte[CHUNK];
    private boolean headerWritten;
    private boolean finished;

    DeflateCodec(Format format, int level, int strategy, byte[] dictionary) {
        this.gzip = format == Format.GZIP;
        this.level = level;
        this.strategy = strategy;
        this.deflater = new Deflater(level, format != Format.ZLIB);
        deflater.setStrategy(switch (strategy) {
            case 1 -> Deflater.FILTERED;
            case 2 -> Deflater.HUFFMAN_ONLY;
            case 0 -> Deflater.DEFAULT_STRATEGY;
            default -> throw ZlibError.notSupported("zlib strategy " + strategy + " (Z_RLE, Z_FIXED)");
        });
        // zlib refuses a dictionary in gzip mode and Node goes on without it: so does this
        if (dictionary != null && !gzip) deflater.setDictionary(dictionary);
    }

    @Override
    public void push(byte[] in, int off, int len, int flush, ByteArrayOutputStream out) {
        if (finished) {
            if (len > 0) throw new ZlibError("ERR_STREAM_WRITE_AFTER_END", 0, "write after end");
            return;
        }
        if (gzip && !headerWritten) {
            int xfl = level == 9 ? 2 : (strategy >= 2 || (level >= 0 && level < 2)) ? 4 : 0;
            out.write(new byte[] {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, (byte) xfl, 3}, 0, 10);
            headerWritten = true;
        }
        if (gzip) crc.update(in, off, len);
        deflater.setInput(in, off, len);
        if (flush == FINISH) {
            deflater.finish();
            while (!deflater.finished()) drain(Deflater.NO_FLUSH, out);
            if (gzip) trailer(out);
            finished = true;
            deflater.end();
            return;
        }
        int mode = switch (flush) {
            case NO_FLUSH -> Deflater.NO_FLUSH;
            case FULL_FLUSH -> Deflater.FULL_FLUSH;
            default -> Deflater.SYNC_FLUSH; // PARTIAL and BLOCK: the JDK has only the sync kind; still decodable
        };
        if (mode == Deflater.NO_FLUSH) {
            while (!deflater.needsInput()) drain(mode, out);
        } else {
            while (drain(mode, out) == buffer.length) {
                // a full buffer: zlib may have more of the flush to give
            }
        }
    }

    private int drain(int mode, ByteArrayOutputStream out) {
        int n = deflater.deflate(buffer, 0, buffer.length, mode);
        out.write(buffer, 0, n);
        return n;
    }

    private void trailer(ByteArrayOutputStream out) {
        long c = crc.getValue();
        long size = deflater.getBytesRead();
        for (int i = 0; i < 4; i++) out.write((int) (c >>> (8 * i)));
        for (int i = 0; i < 4; i++) out.write((int) (size >>> (8 * i)));
    }

    @Override
    public void close() {
        finished = true;
        deflater.end();
    }
}
