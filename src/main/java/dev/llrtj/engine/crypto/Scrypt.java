package dev.llrtj.engine.crypto;

import java.security.GeneralSecurityException;

/**
 * scrypt (RFC 7914) on the JDK's HMAC-SHA256: PBKDF2 spreads the password over p blocks of 128·r bytes, ROMix makes
 * each one memory-hard with BlockMix (Salsa20/8), PBKDF2 gathers them into the key. Written here rather than taken
 * from a library: the algorithm is forty lines over PBKDF2, the JDK has no scrypt, and the one well-kept Java
 * implementation ships inside Bouncy Castle (bcprov, ~8 MB, more than a third of the layer zip). Checked against
 * RFC 7914's test vectors (ScryptTest) and Node's outputs (crypto-derive.test.js). Parameters are checked by the
 * caller (Node's rules, with its memory limit); here N must be a power of two above 1.
 */
public final class Scrypt {
    private Scrypt() {}

    public static byte[] derive(byte[] password, byte[] salt, int n, int r, int p, int length) throws GeneralSecurityException {
        if (n < 2 || (n & (n - 1)) != 0) throw new IllegalArgumentException("N must be a power of 2 greater than 1");
        int blockBytes = 128 * r;
        byte[] b = Kdfs.pbkdf2("HmacSHA256", password, salt, 1, Math.multiplyExact(p, blockBytes));
        int words = 32 * r;
        int[] x = new int[words];
        int[] v = new int[Math.multiplyExact(n, words)];
        int[] scratch = new int[words + 16]; // BlockMix's output, then its chained 16-word state
        for (int i = 0; i < p; i++) {
            int offset = i * blockBytes;
            for (int k = 0; k < words; k++) x[k] = littleEndian(b, offset + 4 * k);
            roMix(x, v, scratch, n, r);
            for (int k = 0; k < words; k++) putLittleEndian(x[k], b, offset + 4 * k);
        }
        return Kdfs.pbkdf2("HmacSHA256", password, b, 1, length);
    }

    // RFC 7914 section 5: fill V with N successive BlockMix states, then walk it in the order X itself picks
    private static void roMix(int[] x, int[] v, int[] scratch, int n, int r) {
        int words = x.length;
        for (int i = 0; i < n; i++) {
            System.arraycopy(x, 0, v, i * words, words);
            blockMix(x, scratch, r);
        }
        for (int i = 0; i < n; i++) {
            int j = x[(2 * r - 1) * 16] & (n - 1); // Integerify: the last 64-byte block's first word, mod N
            for (int k = 0; k < words; k++) x[k] ^= v[j * words + k];
            blockMix(x, scratch, r);
        }
    }

    // RFC 7914 section 4: Salsa20/8 over the 2r 64-byte blocks chained; even outputs first, then odd ones
    private static void blockMix(int[] b, int[] y, int r) {
        int words = 32 * r;
        int t = words; // the chained 16-word state lives in y after the output
        System.arraycopy(b, (2 * r - 1) * 16, y, t, 16);
        for (int i = 0; i < 2 * r; i++) {
            for (int k = 0; k < 16; k++) y[t + k] ^= b[i * 16 + k];
            salsa208(y, t);
            int target = (i % 2 == 0 ? i / 2 : r + i / 2) * 16;
            System.arraycopy(y, t, y, target, 16);
        }
        System.arraycopy(y, 0, b, 0, words);
    }

    // Salsa20/8 of the 16 words at y[at..at+16), in place
    private static void salsa208(int[] y, int at) {
        int[] x = new int[16];
        System.arraycopy(y, at, x, 0, 16);
        for (int i = 0; i < 8; i += 2) {
            x[4] ^= Integer.rotateLeft(x[0] + x[12], 7);
            x[8] ^= Integer.rotateLeft(x[4] + x[0], 9);
            x[12] ^= Integer.rotateLeft(x[8] + x[4], 13);
            x[0] ^= Integer.rotateLeft(x[12] + x[8], 18);
            x[9] ^= Integer.rotateLeft(x[5] + x[1], 7);
            x[13] ^= Integer.rotateLeft(x[9] + x[5], 9);
            x[1] ^= Integer.rotateLeft(x[13] + x[9], 13);
            x[5] ^= Integer.rotateLeft(x[1] + x[13], 18);
            x[14] ^= Integer.rotateLeft(x[10] + x[6], 7);
            x[2] ^= Integer.rotateLeft(x[14] + x[10], 9);
            x[6] ^= Integer.rotateLeft(x[2] + x[14], 13);
            x[10] ^= Integer.rotateLeft(x[6] + x[2], 18);
            x[3] ^= Integer.rotateLeft(x[15] + x[11], 7);
            x[7] ^= Integer.rotateLeft(x[3] + x[15], 9);
            x[11] ^= Integer.rotateLeft(x[7] + x[3], 13);
            x[15] ^= Integer.rotateLeft(x[11] + x[7], 18);
            x[1] ^= Integer.rotateLeft(x[0] + x[3], 7);
            x[2] ^= Integer.rotateLeft(x[1] + x[0], 9);
            x[3] ^= Integer.rotateLeft(x[2] + x[1], 13);
            x[0] ^= Integer.rotateLeft(x[3] + x[2], 18);
            x[6] ^= Integer.rotateLeft(x[5] + x[4], 7);
            x[7] ^= Integer.rotateLeft(x[6] + x[5], 9);
            x[4] ^= Integer.rotateLeft(x[7] + x[6], 13);
            x[5] ^= Integer.rotateLeft(x[4] + x[7], 18);
            x[11] ^= Integer.rotateLeft(x[10] + x[9], 7);
            x[8] ^= Integer.rotateLeft(x[11] + x[10], 9);
            x[9] ^= Integer.rotateLeft(x[8] + x[11], 13);
            x[10] ^= Integer.rotateLeft(x[9] + x[8], 18);
            x[12] ^= Integer.rotateLeft(x[15] + x[14], 7);
            x[13] ^= Integer.rotateLeft(x[12] + x[15], 9);
            x[14] ^= Integer.rotateLeft(x[13] + x[12], 13);
            x[15] ^= Integer.rotateLeft(x[14] + x[13], 18);
        }
        for (int i = 0; i < 16; i++) y[at + i] += x[i];
    }

    private static int littleEndian(byte[] b, int i) {
        return (b[i] & 0xFF) | (b[i + 1] & 0xFF) << 8 | (b[i + 2] & 0xFF) << 16 | (b[i + 3] & 0xFF) << 24;
    }

    private static void putLittleEndian(int v, byte[] b, int i) {
        b[i] = (byte) v;
        b[i + 1] = (byte) (v >>> 8);
        b[i + 2] = (byte) (v >>> 16);
        b[i + 3] = (byte) (v >>> 24);
    }
}
