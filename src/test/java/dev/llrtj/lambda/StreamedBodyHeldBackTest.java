package dev.llrtj.lambda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.FileReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The must-show "a streamed 10 MB body piped from a Readable arrives byte for byte; memory stays flat", proven
 * whatever the kernel's socket buffers can hold. The Runtime API is a bare loopback socket with a small receive
 * buffer that stops reading after 1 MiB. Once the producer (functions/streaming.js, action big) has stopped, every
 * byte it made is in one of four places: read by this test, in this socket's receive queue, in the runtime socket's
 * send queue (both read from /proc/net/tcp), or held inside the runtime. The last is what the runtime's memory
 * holds of the body; it must stay a few chunks, not the body. Before, StreamingOverEmulatorTest could only watch the
 * producer's position, which the kernel's buffers (32 MB receive maximum on the CI machine) hid.
 */
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class StreamedBodyHeldBackTest {
    private static final int BIG = 10 * 1024 * 1024;
    private static final int PAUSE_AT = 1024 * 1024;
    private static final int RECEIVE_BUFFER = 64 * 1024;
    /** A few 64 KiB chunks: the Readable's and the Writable's buffers and the write under way. */
    private static final long HELD_AT_MOST = 1024 * 1024;
    private static final Pattern PRODUCED = Pattern.compile("produced (\\d+)");

    @TempDir
    Path work;

    @Test
    void aStoppedReaderHoldsTheProducerBackWithOnlyAFewChunksInTheRuntime() throws Exception {
        String event = "{\"action\":\"big\",\"bytes\":" + BIG + ",\"logEvery\":65536}";
        try (BareRuntimeApi api = new BareRuntimeApi(List.of(event), RECEIVE_BUFFER)) {
            Process runtime = RuntimeProcess.startAgainst(api.address(), "functions", "streaming.handler", work.resolve("runtime.log"));
            try {
                BareRuntimeApi.Post post = api.awaitPost(180);
                assertEquals("streaming", post.header("Lambda-Runtime-Function-Response-Mode"), log());
                assertEquals("chunked", post.header("Transfer-Encoding"));
                ChunkedPatternReader body = new ChunkedPatternReader(post.in());
                body.readUntil(PAUSE_AT);
                long produced = producedOnceStill();
                int runtimePort = post.socket().getPort();
                long inOurQueue = Queues.of(api.port(), runtimePort).received();
                long inItsQueue = Queues.of(runtimePort, api.port()).sent();
                long held = produced - body.position() - inOurQueue - inItsQueue;
                String figures = "produced " + produced + ", read " + body.position() + ", in this socket's receive queue "
                        + inOurQueue + ", in the runtime socket's send queue " + inItsQueue + ": held in the runtime " + held;
                System.err.println("streaming: " + figures);
                assertTrue(held <= HELD_AT_MOST, "the runtime buffers the body instead of waiting for the reader: " + figures);
                long kernelCeiling = Queues.sendBufferMaximum() + 2L * RECEIVE_BUFFER;
                if (PAUSE_AT + kernelCeiling + HELD_AT_MOST < BIG) {
                    assertTrue(produced < BIG, "the producer did not wait for the reader: " + figures);
                } else {
                    // the send queue alone could take the body: nothing to hold back, the figure above still holds
                    System.err.println("streaming: tcp_wmem's maximum " + kernelCeiling + " could hold the whole body");
                }
                body.readUntil(Long.MAX_VALUE);
                assertEquals(BIG, body.position(), "the whole body, byte for byte");
                post.accept();
            } finally {
                runtime.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    /** How far the producer got, once its count has not moved for a second and a half (it waits for the reader). */
    private long producedOnceStill() throws Exception {
        long last = -1;
        long stillSince = System.nanoTime();
        long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < giveUp) {
            long now = produced();
            if (now != last) {
                last = now;
                stillSince = System.nanoTime();
            } else if (System.nanoTime() - stillSince > TimeUnit.MILLISECONDS.toNanos(1500)) {
                return now;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the producer never stopped: " + last + "\n" + log());
    }

    private long produced() throws IOException {
        long max = 0;
        for (String line : Files.readAllLines(work.resolve("runtime.log"))) {
            Matcher m = PRODUCED.matcher(line);
            if (m.find()) {
                max = Math.max(max, Long.parseLong(m.group(1)));
            }
        }
        return max;
    }

    private String log() throws IOException {
        return Files.readString(work.resolve("runtime.log"));
    }

    /**
     * Reads a chunked body straight from the socket (no read-ahead: what is not read stays in the kernel's queue),
     * checking byte i against the handler's pattern (i * 31 + 7) & 0xff, then the last chunk.
     */
    private static final class ChunkedPatternReader {
        private final InputStream in;
        private final byte[] buffer = new byte[64 * 1024];
        private long position;
        private long leftInChunk;
        private boolean ended;

        ChunkedPatternReader(InputStream in) {
            this.in = in;
        }

        long position() {
            return position;
        }

        void readUntil(long until) throws IOException {
            while (!ended && position < until) {
                if (leftInChunk == 0) {
                    if (position > 0) {
                        assertEquals("", BareRuntimeApi.readLine(in), "the CRLF after a chunk's data");
                    }
                    leftInChunk = Long.parseLong(BareRuntimeApi.readLine(in).trim(), 16);
                    if (leftInChunk == 0) {
                        assertEquals("", BareRuntimeApi.readLine(in), "no trailers after a body that ends well");
                        ended = true;
                        return;
                    }
                }
                int n = in.read(buffer, 0, (int) Math.min(buffer.length, Math.min(leftInChunk, until - position)));
                if (n < 0) {
                    throw new IOException("connection closed at " + position);
                }
                for (int i = 0; i < n; i++) {
                    long at = position + i;
                    if (buffer[i] != (byte) ((at * 31 + 7) & 0xff)) {
                        throw new AssertionError("byte " + at + " differs");
                    }
                }
                position += n;
                leftInChunk -= n;
            }
        }
    }

    /** One TCP connection's kernel queues, from Linux's /proc/net/tcp and tcp6 (a Java socket may be either). */
    private record Queues(long sent, long received) {
        /** The connection from {@code localPort} to {@code remotePort} on this machine. */
        static Queues of(int localPort, int remotePort) throws IOException {
            for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
                // read through a reader: Files.readString sees /proc files empty (their size is 0)
                try (BufferedReader r = new BufferedReader(new FileReader(table, StandardCharsets.US_ASCII))) {
                    r.readLine(); // the column names
                    for (String line; (line = r.readLine()) != null; ) {
                        String[] f = line.trim().split("\\s+");
                        if (port(f[1]) == localPort && port(f[2]) == remotePort && f[3].equals("01")) { // ESTABLISHED
                            String[] q = f[4].split(":");
                            return new Queues(Long.parseLong(q[0], 16), Long.parseLong(q[1], 16));
                        }
                    }
                }
            }
            throw new AssertionError("no connection " + localPort + " -> " + remotePort + " in /proc/net/tcp or tcp6");
        }

        private static int port(String address) {
            return Integer.parseInt(address.substring(address.indexOf(':') + 1), 16);
        }

        /** The largest send buffer Linux grows a socket's to (the third figure of tcp_wmem). */
        static long sendBufferMaximum() throws IOException {
            try (BufferedReader r = new BufferedReader(new FileReader("/proc/sys/net/ipv4/tcp_wmem", StandardCharsets.US_ASCII))) {
                return Long.parseLong(r.readLine().trim().split("\\s+")[2]);
            }
        }
    }
}
