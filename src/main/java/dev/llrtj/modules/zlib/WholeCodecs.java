package dev.llrtj.modules.zlib;

import io.airlift.compress.zstd.ZstdInputStream;
import io.airlift.compress.zstd.ZstdOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import org.brotli.dec.BrotliInputStream;

/**
 * Brotli decoding (org.brotli:dec, Google's pure-Java decoder) and zstd both ways (aircompressor, pure Java). Their
 * decoders pull from an InputStream, so a decompressing stream gathers its input and decodes at the end; zstd
 * compression streams out as it goes.
 */
final class WholeCodecs {
    private WholeCodecs() {}

    @FunctionalInterface
    private interface Decoder {
        InputStream open(InputStream compressed) throws IOException;
    }

    /**
     * Node names the brotli decoder's exact fault (ERR__ERROR_FORMAT_PADDING_1...); org.brotli:dec says it only in
     * words, so the code is the common prefix and the message Node's.
     */
    private static ZlibError brotliError() {
        return new ZlibError("ERR__ERROR_FORMAT", -1, "Decompression failed");
    }

    private static String message(Throwable e) {
        while (e.getCause() != null) e = e.getCause();
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** Remembers whether the decoder asked for more input than there was. */
    private static final class EofWatch extends FilterInputStream {
        boolean ended;

        EofWatch(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b < 0) ended = true;
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n < 0) ended = true;
            return n;
        }
    }

    static Codec brotliDecompress() {
        return new GatherThenDecode(BrotliInputStream::new, "brotli");
    }

    static Codec zstdDecompress() {
        return new GatherThenDecode(ZstdInputStream::new, "zstd");
    }

    static Codec zstdCompress() {
        return new ZstdEncode();
    }

    private static final class GatherThenDecode implements Codec {
        private final Decoder decoder;
        private final String name;
        private final ByteArrayOutputStream input = new ByteArrayOutputStream();
        private boolean done;

        GatherThenDecode(Decoder decoder, String name) {
            this.decoder = decoder;
            this.name = name;
        }

        @Override
        public void push(byte[] in, int off, int len, int flush, ByteArrayOutputStream out) {
            if (done) return;
            input.write(in, off, len);
            if (flush != FINISH) return;
            done = true;
            if (input.size() == 0) throw ZlibError.unexpectedEnd();
            byte[] buffer = new byte[16 * 1024];
            EofWatch compressed = new EofWatch(new ByteArrayInputStream(input.toByteArray()));
            try (InputStream decoded = decoder.open(compressed)) {
                for (int n; (n = decoded.read(buffer)) > 0; ) out.write(buffer, 0, n);
            } catch (ZlibError e) {
                throw e;
            } catch (IOException | RuntimeException e) {
                // the decoder read to the end and failed there, not on bits it calls corrupt: the input was cut short
                String why = message(e);
                boolean corrupt = why.contains("Corrupted") || why.contains("Invalid") || why.contains("invalid");
                if (compressed.ended && !corrupt) throw ZlibError.unexpectedEnd();
                throw name.equals("brotli") ? brotliError() : ZlibError.data(why);
            }
        }

        @Override
        public void close() {
            done = true;
        }
    }

    private static final class ZstdEncode implements Codec {
        private final Sink sink = new Sink();
        private final ZstdOutputStream zstd;
        private boolean done;

        ZstdEncode() {
            try {
                zstd = new ZstdOutputStream(sink);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void push(byte[] in, int off, int len, int flush, ByteArrayOutputStream out) {
            if (done) return;
            sink.target = out;
            try {
                zstd.write(in, off, len);
                if (flush == FINISH) {
                    done = true;
                    zstd.close();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                sink.target = null;
            }
        }

        @Override
        public void close() {
            done = true;
        }
    }

    /** Hands what the zstd stream writes to the current push's output. */
    private static final class Sink extends OutputStream {
        ByteArrayOutputStream target;

        @Override
        public void write(int b) {
            target.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            target.write(b, off, len);
        }
    }
}
