package dev.llrtj.modules.subtle;

import dev.llrtj.engine.crypto.KeyHandle;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.SignatureException;
import java.security.spec.PSSParameterSpec;

/**
 * sign/verify for HMAC, RSASSA-PKCS1-v1_5, RSA-PSS, ECDSA (IEEE P1363 r||s, as Web Crypto has it, not DER) and
 * Ed25519. `hash` is the key's hash (HMAC, RSA) or the call's (ECDSA).
 */
final class Signatures {
    private Signatures() {}

    static byte[] sign(String alg, KeyHandle key, String hash, int saltLength, byte[] data) throws GeneralSecurityException {
        if (alg.equals("HMAC")) return Hashes.hmac(hash, key.secret, data);
        if (!key.isPrivate()) throw new SubtleError("InvalidAccessError", "sign needs a private key");
        Signature s = instance(alg, hash, saltLength);
        s.initSign((PrivateKey) key.asymmetric());
        s.update(data);
        return s.sign();
    }

    static boolean verify(String alg, KeyHandle key, String hash, int saltLength, byte[] signature, byte[] data)
            throws GeneralSecurityException {
        if (alg.equals("HMAC")) return MessageDigest.isEqual(Hashes.hmac(hash, key.secret, data), signature);
        if (key.isPrivate()) throw new SubtleError("InvalidAccessError", "verify needs a public key");
        Signature s = instance(alg, hash, saltLength);
        s.initVerify((PublicKey) key.asymmetric());
        s.update(data);
        try {
            return s.verify(signature);
        } catch (SignatureException malformed) {
            return false; // a signature of the wrong length or encoding is just not valid
        }
    }

    private static Signature instance(String alg, String hash, int saltLength) throws GeneralSecurityException {
        return switch (alg) {
            case "RSASSA-PKCS1-v1_5" -> Signature.getInstance(Hashes.compact(hash) + "withRSA");
            case "RSA-PSS" -> {
                Signature s = Signature.getInstance("RSASSA-PSS");
                s.setParameter(new PSSParameterSpec(Hashes.check(hash), "MGF1", Hashes.mgf1(hash), saltLength, 1));
                yield s;
            }
            case "ECDSA" -> Signature.getInstance(Hashes.compact(hash) + "withECDSAinP1363Format");
            case "Ed25519" -> Signature.getInstance("Ed25519");
            default -> throw SubtleError.notSupported("Unrecognized signature algorithm: " + alg);
        };
    }
}
