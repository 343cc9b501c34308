package dev.llrtj.modules.zlib;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * inflate, inflateRaw, gunzip and unzip over java.util.zip.Inflater. The gzip wrapper is read here (the JDK's
 * Inflater has no gzip mode) with zlib's messages for its faults, and as Node does: members that follow one another
 * are all read, trailing zero bytes (padding) are ignored, anything else after a member must be another member.
 */
final class InflateCodec implements Codec {
    private enum State { DETECT, HEADER, BODY, TRAILER, MEMBER_END, DONE }

    private static final int CHUNK = 16 * 1024;

    private final byte[] dictionary;
    private final byte[] buffer = new byte[CHUNK];
    private final CRC32 crc = new CRC32();
    private Inflater inflater;
    private boolean gzip;
    private State state;
    private byte[] carry = new byte[0];
    private long memberBytes;

    InflateCodec(Format format, byte[] dictionary) {
        this.dictionary = dictionary;
        switch (format) {
            case UNZIP -> state = State.DETECT;
            case GZIP -> {
                gzip = true;
                state = State.HEADER;
            }
            default -> {
                inflater = new Inflater(format == Format.RAW);
                if (format == Format.RAW && dictionary != null) inflater.setDictionary(dictionary);
                state = State.BODY;
            }
        }
    }

    @Override
    public void push(byte[] in, int off, int len, int flush, ByteArrayOutputStream out) {
        byte[] data = in;
        int pos = off;
        int end = off + len;
        if (carry.length > 0) {
            data = new byte[carry.length + len];
            System.arraycopy(carry, 0, data, 0, carry.length);
            System.arraycopy(in, off, data, carry.length, len);
            pos = 0;
            end = data.length;
            carry = new byte[0];
        }
        while (true) {
            int next = step(data, pos, end, out);
            if (next < 0) break;
            pos = next;
        }
        if (state == State.DETECT || state == State.HEADER || state == State.TRAILER) {
            carry = Arrays.copyOfRange(data, pos, end);
        }
        if (flush == FINISH && state != State.DONE && state != State.MEMBER_END) throw ZlibError.unexpectedEnd();
    }

    /** The position reached, or -1 when more input is needed (the unread rest, from {@code at}, is carried). */
    private int step(byte[] data, int at, int end, ByteArrayOutputStream out) {
        int avail = end - at;
        switch (state) {
            case DETECT -> {
                if (avail < 2) return -1;
                gzip = (data[at] & 0xff) == 0x1f && (data[at + 1] & 0xff) == 0x8b;
                if (!gzip) inflater = new Inflater(false);
                state = gzip ? State.HEADER : State.BODY;
                return at;
            }
            case HEADER -> {
                int bodyAt = GzipHeader.parse(data, at, end);
                if (bodyAt < 0) return -1;
                if (inflater == null) inflater = new Inflater(true);
                else inflater.reset();
                crc.reset();
                memberBytes = 0;
                state = State.BODY;
                return bodyAt;
            }
            case BODY -> {
                return inflate(data, at, end, out);
            }
            case TRAILER -> {
                if (avail < 8) return -1;
                if (le32(data, at) != crc.getValue()) throw ZlibError.data("incorrect data check");
                if (le32(data, at + 4) != (memberBytes & 0xffffffffL)) throw ZlibError.data("incorrect length check");
                state = State.MEMBER_END;
                return at + 8;
            }
            case MEMBER_END -> {
                if (avail == 0) return -1;
                if (data[at] == 0) { // padding: the rest is ignored
                    state = State.DONE;
                    return -1;
                }
                state = State.HEADER;
                return at;
            }
            default -> {
                return -1; // DONE: Node ignores what follows the end of a zlib or raw stream
            }
        }
    }

    private int inflate(byte[] data, int at, int end, ByteArrayOutputStream out) {
        if (at < end) inflater.setInput(data, at, end - at);
        try {
            while (true) {
                int n = inflater.inflate(buffer);
                if (n > 0) {
                    out.write(buffer, 0, n);
                    if (gzip) crc.update(buffer, 0, n);
                    memberBytes += n;
                    continue;
                }
                if (inflater.finished()) break;
                if (inflater.needsDictionary()) {
                    if (dictionary == null) throw ZlibError.needDictionary();
                    inflater.setDictionary(dictionary);
                    continue;
                }
                if (inflater.needsInput()) return -1;
                // no output, no input wanted, not finished: cannot happen with zlib, but never spin
                throw ZlibError.data("inflate made no progress");
            }
        } catch (DataFormatException e) {
            throw ZlibError.data(e.getMessage());
        } catch (IllegalArgumentException e) {
            throw ZlibError.data(e.getMessage()); // a dictionary that does not match
        }
        int rest = inflater.getRemaining();
        state = gzip ? State.TRAILER : State.DONE;
        return end - rest;
    }

    private static long le32(byte[] b, int at) {
        return (b[at] & 0xffL) | (b[at + 1] & 0xffL) << 8 | (b[at + 2] & 0xffL) << 16 | (b[at + 3] & 0xffL) << 24;
    }

    @Override
    public void close() {
        state = State.DONE;
        if (inflater != null) inflater.end();
    }
}
