package dev.llrtj.modules.checksums;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.llrtj.engine.JsBytes.Slice;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The table-driven continuation agrees with the JDK's CRC32/CRC32C over the whole input. */
class ChecksumsBindingTest {
    private static Slice of(byte[] b, int from, int to) {
        return new Slice(b, from, to - from);
    }

    @Test
    void checkValues() {
        byte[] digits = "123456789".getBytes(StandardCharsets.US_ASCII);
        assertEquals(0xCBF43926L, ChecksumsBinding.crc32(of(digits, 0, 9), 0));
        assertEquals(0xE3069283L, ChecksumsBinding.crc32c(of(digits, 0, 9), 0));
    }

    @Test
    void continuingFromAPreviousValueEqualsTheWhole() {
        byte[] data = new byte[4096];
        new Random(7).nextBytes(data);
        long crc = ChecksumsBinding.crc32(of(data, 0, data.length), 0);
        long crcC = ChecksumsBinding.crc32c(of(data, 0, data.length), 0);
        for (int cut : new int[] {1, 100, 2048, 4095}) {
            assertEquals(crc, ChecksumsBinding.crc32(of(data, cut, data.length), ChecksumsBinding.crc32(of(data, 0, cut), 0)));
            assertEquals(crcC, ChecksumsBinding.crc32c(of(data, cut, data.length), ChecksumsBinding.crc32c(of(data, 0, cut), 0)));
        }
    }
}
