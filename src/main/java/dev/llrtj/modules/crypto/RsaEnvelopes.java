package dev.llrtj.modules.crypto;

import dev.llrtj.engine.crypto.KeyHandle;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.RSAPublicKeySpec;
import java.security.interfaces.RSAKey;
import java.security.spec.MGF1ParameterSpec;
import javax.crypto.BadPaddingException;
import javax.crypto.Cipher;
import javax.crypto.IllegalBlockSizeException;
import javax.crypto.spec.OAEPParameterSpec;
import javax.crypto.spec.PSource;

/**
 * publicEncrypt, privateDecrypt, privateEncrypt and publicDecrypt on the JDK's RSA cipher (SunJCE encrypts with a
 * private key as PKCS#1 v1.5 type 1, as OpenSSL's RSA_private_encrypt does). Padding numbers are Node's constants;
 * failures carry the code and text OpenSSL gives Node for the same case.
 */
final class RsaEnvelopes {
    static final int PKCS1 = 1;
    static final int NONE = 3;
    static final int OAEP = 4;

    private RsaEnvelopes() {}

    /** `encrypt` with the private key when `usePrivate`, else with the public one; decryption likewise. */
    static byte[] run(KeyHandle h, boolean encrypt, boolean usePrivate, int padding, String oaepHash, byte[] label,
            byte[] data) throws GeneralSecurityException {
        Key key = usePrivate ? h.privateKey : h.publicKey != null ? h.publicKey : publicOf(h.privateKey);
        if (usePrivate && key == null) throw rsa("MISSING_PRIVATE_KEY", "020000B3", "missing private key");
        if (h.secret != null || !(h.asymmetric() instanceof RSAKey rsaKey)) throw NodeCryptoError.wrongKeyType();
        int k = (rsaKey.getModulus().bitLength() + 7) / 8;
        Cipher cipher;
        switch (padding) {
            case PKCS1 -> cipher = Cipher.getInstance("RSA/ECB/PKCS1Padding");
            case NONE -> {
                if (data.length < k) throw rsa("DATA_TOO_SMALL_FOR_KEY_SIZE", "0200007A", "data too small for key size");
                if (data.length > k) throw rsa("DATA_TOO_LARGE_FOR_KEY_SIZE", "0200006E", "data too large for key size");
                cipher = Cipher.getInstance("RSA/ECB/NoPadding");
            }
            case OAEP -> {
                if (usePrivate == encrypt) throw unknownPadding(); // OAEP is for public encryption only
                cipher = Cipher.getInstance("RSA/ECB/OAEPPadding");
            }
            default -> throw unknownPadding();
        }
        int mode = encrypt ? Cipher.ENCRYPT_MODE : Cipher.DECRYPT_MODE;
        if (padding == OAEP) {
            String digest = Digests.javaName(oaepHash);
            if (digest == null) throw new NodeCryptoError("Error", "ERR_OSSL_EVP_INVALID_DIGEST", "Invalid digest used");
            cipher.init(mode, key, new OAEPParameterSpec(digest, "MGF1", new MGF1ParameterSpec(digest),
                    label == null ? PSource.PSpecified.DEFAULT : new PSource.PSpecified(label)));
        } else {
            cipher.init(mode, key);
        }
        try {
            return cipher.doFinal(data);
        } catch (IllegalBlockSizeException e) {
            if (!encrypt && padding == OAEP) throw rsa("OAEP_DECODING_ERROR", "02000079", "oaep decoding error");
            if (!encrypt) throw rsa("DATA_GREATER_THAN_MOD_LEN", "0200006C", "data greater than mod len");
            throw rsa("DATA_TOO_LARGE_FOR_KEY_SIZE", "0200006E", "data too large for key size");
        } catch (BadPaddingException e) {
            if (String.valueOf(e.getMessage()).contains("larger than modulus")) {
                throw rsa("DATA_TOO_LARGE_FOR_MODULUS", "02000084", "data too large for modulus");
            }
            if (padding == OAEP) throw rsa("OAEP_DECODING_ERROR", "02000079", "oaep decoding error");
            throw rsa("INVALID_PADDING", "0200008A", "invalid padding");
        }
    }

    private static Key publicOf(Key privateKey) throws GeneralSecurityException {
        if (!(privateKey instanceof RSAPrivateCrtKey crt)) return privateKey;
        return KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(crt.getModulus(), crt.getPublicExponent()));
    }

    private static NodeCryptoError unknownPadding() {
        return rsa("UNKNOWN_PADDING_TYPE", "02000076", "unknown padding type");
    }

    private static NodeCryptoError rsa(String reason, String number, String text) {
        return new NodeCryptoError("Error", "ERR_OSSL_RSA_" + reason, "error:" + number + ":rsa routines::" + text);
    }
}
