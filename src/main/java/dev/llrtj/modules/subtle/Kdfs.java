package dev.llrtj.modules.subtle;

import java.security.GeneralSecurityException;
import javax.crypto.KDF;
import javax.crypto.Mac;
import javax.crypto.spec.HKDFParameterSpec;

/** HKDF (the JDK's javax.crypto.KDF) and PBKDF2 (over Mac, so a password may be any bytes, not only UTF-8 text). */
final class Kdfs {
    private Kdfs() {}

    static byte[] hkdf(String hash, byte[] ikm, byte[] salt, byte[] info, int lengthBytes) throws GeneralSecurityException {
        if (lengthBytes > 255 * Hashes.lengthBytes(hash)) throw SubtleError.operation("HKDF length is too large");
        if (lengthBytes == 0) return new byte[0];
        HKDFParameterSpec.Builder extract = HKDFParameterSpec.ofExtract();
        if (ikm.length > 0) extract.addIKM(new Hashes.RawKey(ikm, "Generic"));
        // RFC 5869: no salt means HashLen zero bytes
        extract.addSalt(salt.length > 0 ? salt : new byte[Hashes.lengthBytes(hash)]);
        KDF kdf = KDF.getInstance("HKDF-" + Hashes.compact(hash));
        return kdf.deriveData(extract.thenExpand(info, lengthBytes));
    }

    static byte[] pbkdf2(String hash, byte[] password, byte[] salt, int iterations, int lengthBytes)
            throws GeneralSecurityException {
        if (iterations <= 0) throw SubtleError.operation("PBKDF2 iterations must be greater than 0");
        Mac mac = Mac.getInstance("Hmac" + Hashes.compact(hash));
        mac.init(new Hashes.RawKey(password, mac.getAlgorithm()));
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
}
