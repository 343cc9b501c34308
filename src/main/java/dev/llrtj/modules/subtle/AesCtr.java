package dev.llrtj.modules.subtle;

import java.security.GeneralSecurityException;
import javax.crypto.Cipher;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-CTR where only the counter block's rightmost `length` bits count up and wrap (Web Crypto), unlike the JCA's
 * AES/CTR, which carries into the whole 128-bit block.
 */
final class AesCtr {
    private AesCtr() {}

    static byte[] apply(SecretKeySpec key, byte[] counter, int length, byte[] data) throws GeneralSecurityException {
        if (counter == null || counter.length != 16) throw SubtleError.operation("AES-CTR counter must be 16 bytes");
        if (length < 1 || length > 128) throw SubtleError.operation("AES-CTR length must be between 1 and 128");
        long blocks = (data.length + 15L) / 16;
        if (length < 63 && blocks > (1L << length)) throw SubtleError.operation("AES-CTR counter would wrap around");
        Cipher ecb = Cipher.getInstance("AES/ECB/NoPadding");
        ecb.init(Cipher.ENCRYPT_MODE, key);
        byte[] block = counter.clone();
        byte[] stream = new byte[16];
        byte[] out = new byte[data.length];
        for (int off = 0; off < data.length; off += 16) {
            ecb.doFinal(block, 0, 16, stream, 0);
            int n = Math.min(16, data.length - off);
            for (int i = 0; i < n; i++) out[off + i] = (byte) (data[off + i] ^ stream[i]);
            increment(block, length);
        }
        return out;
    }

    /** Adds one to the low `bits` bits of the big-endian block, leaving the bits above untouched. */
    private static void increment(byte[] block, int bits) {
        for (int i = 15, left = bits; i >= 0 && left > 0; i--, left -= 8) {
            int mask = left >= 8 ? 0xff : (1 << left) - 1;
            int low = (block[i] & mask) + 1;
            block[i] = (byte) ((block[i] & ~mask) | (low & mask));
            if ((low & ~mask) == 0) return; // no carry out of this byte's counter bits
        }
    }
}
