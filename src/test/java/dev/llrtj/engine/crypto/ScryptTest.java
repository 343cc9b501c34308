package dev.llrtj.engine.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** scrypt against RFC 7914 section 12's test vectors (the fourth, N=2^20, is left out: 1 GiB of memory). */
class ScryptTest {
    private static String scrypt(String password, String salt, int n, int r, int p, int length) throws Exception {
        return HexFormat.of().formatHex(Scrypt.derive(password.getBytes(StandardCharsets.UTF_8),
                salt.getBytes(StandardCharsets.UTF_8), n, r, p, length));
    }

    @Test
    void rfc7914Vectors() throws Exception {
        assertEquals("77d6576238657b203b19ca42c18a0497f16b4844e3074ae8dfdffa3fede21442"
                + "fcd0069ded0948f8326a753a0fc81f17e8d3e0fb2e0d3628cf35e20c38d18906", scrypt("", "", 16, 1, 1, 64));
        assertEquals("fdbabe1c9d3472007856e7190d01e9fe7c6ad7cbc8237830e77376634b373162"
                + "2eaf30d92e22a3886ff109279d9830dac727afb94a83ee6d8360cbdfa2cc0640", scrypt("password", "NaCl", 1024, 8, 16, 64));
        assertEquals("7023bdcb3afd7348461c06cd81fd38ebfda8fbba904f8e3ea9b543f6545da1f2"
                + "d5432955613f0fcf62d49705242a9af9e61e85dc0d651e40dfcf017b45575887",
                scrypt("pleaseletmein", "SodiumChloride", 16384, 8, 1, 64));
    }

    @Test
    void refusesAnNThatIsNotAPowerOfTwo() {
        assertThrows(IllegalArgumentException.class, () -> scrypt("p", "s", 3, 1, 1, 16));
        assertThrows(IllegalArgumentException.class, () -> scrypt("p", "s", 1, 1, 1, 16));
    }
}
