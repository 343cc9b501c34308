package dev.llrtj.modules.subtle;

import dev.llrtj.engine.crypto.KeyHandle;
import java.security.GeneralSecurityException;
import java.security.Key;
import javax.crypto.AEADBadTagException;
import javax.crypto.BadPaddingException;
import javax.crypto.Cipher;
import javax.crypto.IllegalBlockSizeException;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.OAEPParameterSpec;
import javax.crypto.spec.PSource;
import javax.crypto.spec.SecretKeySpec;

/** encrypt/decrypt for AES-GCM, AES-CBC, AES-CTR, AES-KW and RSA-OAEP. */
final class Ciphers {
    private Ciphers() {}

    /** The parameters a call may carry; unused ones are null or 0. */
    record Params(byte[] iv, byte[] additionalData, int tagLength, byte[] counter, int counterLength, byte[] label, String hash) {}

    static byte[] run(String alg, boolean encrypt, KeyHandle key, Params p, byte[] data) throws GeneralSecurityException {
        int mode = encrypt ? Cipher.ENCRYPT_MODE : Cipher.DECRYPT_MODE;
        try {
            switch (alg) {
                case "AES-GCM": {
                    if (p.iv().length == 0) throw SubtleError.operation("AES-GCM iv must not be empty");
                    if (!java.util.Set.of(32, 64, 96, 104, 112, 120, 128).contains(p.tagLength())) {
                        throw SubtleError.operation("Invalid AES-GCM tagLength " + p.tagLength());
                    }
                    if (!encrypt && data.length < p.tagLength() / 8) throw SubtleError.operation("Ciphertext shorter than the tag");
                    Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
                    c.init(mode, aes(key), new GCMParameterSpec(p.tagLength(), p.iv()));
                    if (p.additionalData() != null) c.updateAAD(p.additionalData());
                    return c.doFinal(data);
                }
                case "AES-CBC": {
                    if (p.iv().length != 16) throw SubtleError.operation("AES-CBC iv must be 16 bytes");
                    Cipher c = Cipher.getInstance("AES/CBC/PKCS5Padding");
                    c.init(mode, aes(key), new IvParameterSpec(p.iv()));
                    return c.doFinal(data);
                }
                case "AES-CTR":
                    return AesCtr.apply(aes(key), p.counter(), p.counterLength(), data);
                case "AES-KW": {
                    if (data.length % 8 != 0 || data.length < (encrypt ? 16 : 24)) {
                        throw SubtleError.operation("AES-KW data must be a multiple of 8 bytes, at least " + (encrypt ? 16 : 24));
                    }
                    Cipher c = Cipher.getInstance("AES/KW/NoPadding");
                    c.init(mode, aes(key));
                    return c.doFinal(data);
                }
                case "RSA-OAEP": {
                    Cipher c = Cipher.getInstance("RSA/ECB/OAEPPadding");
                    Key k = key.asymmetric();
                    if (encrypt == key.isPrivate()) {
                        throw new SubtleError("InvalidAccessError", "RSA-OAEP " + (encrypt ? "encrypts with a public" : "decrypts with a private") + " key");
                    }
                    byte[] label = p.label() == null ? new byte[0] : p.label();
                    c.init(mode, k, new OAEPParameterSpec(Hashes.check(p.hash()), "MGF1", Hashes.mgf1(p.hash()),
                            new PSource.PSpecified(label)));
                    return c.doFinal(data);
                }
                default:
                    throw SubtleError.notSupported("Unrecognized cipher: " + alg);
            }
        } catch (AEADBadTagException e) {
            throw SubtleError.operation("The operation failed for an operation-specific reason (authentication tag mismatch)");
        } catch (BadPaddingException | IllegalBlockSizeException e) {
            throw SubtleError.operation("The operation failed for an operation-specific reason: " + e.getMessage());
        }
    }

    private static SecretKeySpec aes(KeyHandle key) {
        if (key.secret == null) throw new SubtleError("InvalidAccessError", "AES needs a secret key");
        return new SecretKeySpec(key.secret, "AES");
    }
}
