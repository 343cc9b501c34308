package dev.llrtj.engine.crypto;

import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import javax.crypto.SecretKey;

/**
 * PBKDF2 and HKDF over any HMAC the JCA has, named by its Mac algorithm ("HmacSHA256", "HmacSHA3-256"), over raw
 * bytes: a password need not be UTF-8 text, and HMAC keys may be empty (PBKDF2 with an empty password, HKDF with
 * empty input), which SecretKeySpec refuses.
 */
public final class Kdfs {
    private Kdfs() {}

    public static byte[] hkdf(String macName, byte[] ikm, byte[] salt, byte[] info, int lengthBytes) throws GeneralSecurityException {
        Mac mac = Mac.getInstance(macName);
        int hLen = mac.getMacLength();
        if (lengthBytes > 255 * hLen) throw CryptoFailure.operation("HKDF length is too large");
        // RFC 5869: no salt means HashLen zero bytes
        mac.init(new RawKey(salt == null || salt.length == 0 ? new byte[hLen] : salt, macName));
        byte[] prk = mac.doFinal(ikm);
        mac.init(new RawKey(prk, macName));
        byte[] out = new byte[lengthBytes];
        byte[] t = new byte[0];
        for (int i = 1, done = 0; done < lengthBytes; i++) {
            mac.update(t);
            mac.update(info == null ? new byte[0] : info);
            mac.update((byte) i);
            t = mac.doFinal();
            int n = Math.min(hLen, lengthBytes - done);
            System.arraycopy(t, 0, out, done, n);
            done += n;
        }
        return out;
    }

    public static byte[] pbkdf2(String macName, byte[] password, byte[] salt, int iterations, int lengthBytes)
            throws GeneralSecurityException {
        if (iterations <= 0) throw CryptoFailure.operation("PBKDF2 iterations must be greater than 0");
        Mac mac = Mac.getInstance(macName);
        mac.init(new RawKey(password, mac.getAlgorithm()));
        int hLen = mac.getMacLength();
        byte[] out = new byte[lengthBytes];
        for (int block = 1, done = 0; done < lengthBytes; block++) {
            mac.update(salt);
            mac.update(new byte[] {(byte) (block >>> 24), (byte) (block >>> 16), (byte) (block >>> 8), (byte) block});
            byte[] u = mac.doFinal();
            byte[] t = u.clone();
            for (int i = 1; i < iterations; i++) {
                u = mac.doFinal(u);
                for (int j = 0; j < hLen; j++) t[j] ^= u[j];
            }
            int n = Math.min(hLen, lengthBytes - done);
            System.arraycopy(t, 0, out, done, n);
            done += n;
        }
        return out;
    }

    /** A secret key that may be empty. */
    public record RawKey(byte[] bytes, String algorithm) implements SecretKey {
        @Override
        public String getAlgorithm() {
            return algorithm;
        }

        @Override
        public String getFormat() {
            return "RAW";
        }

        @Override
        public byte[] getEncoded() {
            return bytes.clone();
        }
    }
}
