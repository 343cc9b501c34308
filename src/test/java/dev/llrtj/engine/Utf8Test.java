package dev.llrtj.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** WHATWG UTF-8 where Java's own coder differs; expected strings are what Node 20 prints for the same bytes. */
class Utf8Test {
    private static byte[] bytes(int... values) {
        byte[] out = new byte[values.length];
        for (int i = 0; i < values.length; i++) out[i] = (byte) values[i];
        return out;
    }

    private static String decode(int... values) {
        byte[] b = bytes(values);
        return Utf8.decode(b, 0, b.length);
    }

    @Test
    void lonelySurrogatesEncodeAsReplacementCharacters() {
        assertArrayEquals(bytes(0xEF, 0xBF, 0xBD, 0x78, 0xEF, 0xBF, 0xBD), Utf8.encode("\ud800x\udc00"));
        assertEquals(7, Utf8.encodedLength("\ud800x\udc00"));
        assertArrayEquals(bytes(0xF0, 0x9F, 0x98, 0x80), Utf8.encode("\ud83d\ude00"));
    }

    @Test
    void eachMaximalInvalidSubpartDecodesToOneReplacement() {
        assertEquals("\ud83d\ude00\ufffdA\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd",
                decode(0xF0, 0x9F, 0x98, 0x80, 0xE2, 0x82, 0x41, 0xC0, 0x80, 0xED, 0xA0, 0x80, 0xF4, 0x90, 0x80, 0x80, 0xFF, 0xE2));
        assertEquals("a\ufffdb", decode(0x61, 0xF1, 0x80, 0x80, 0x62));
        assertEquals("\ufffd\ufffd\ufffd", decode(0xE0, 0x80, 0xAF));
    }

    @Test
    void encodeIntoWritesOnlyWholeCharacters() {
        byte[] dst = new byte[5];
        int[] read = new int[1];
        assertEquals(4, Utf8.encodeInto("a\u20ac\ud83d\ude00", 0, dst, 0, dst.length, read));
        assertEquals(2, read[0]);
    }

    @Test
    void streamingHoldsAnIncompleteSequenceAndFatalModeRejects() {
        Utf8.Decoder d = new Utf8.Decoder(false);
        assertEquals("", d.decode(bytes(0xF0, 0x9F), 0, 2, false));
        assertEquals(2, d.pending());
        assertEquals("\ud83d\ude00A", d.decode(bytes(0x98, 0x80, 0x41), 0, 3, true));
        assertNull(new Utf8.Decoder(true).decode(bytes(0xE2, 0x82), 0, 2, true));
    }
}
