package dev.llrtj.modules.subtle;

import dev.llrtj.engine.crypto.Kdfs;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.spec.MGF1ParameterSpec;
import javax.crypto.Mac;

/** Web Crypto hash names ("SHA-256") mapped to their JCA spellings, and digest/HMAC over them. */
final class Hashes {
    private Hashes() {}

    static String check(String hash) {
        return switch (hash) {
            case "SHA-1", "SHA-256", "SHA-384", "SHA-512" -> hash;
            default -> throw SubtleError.notSupported("Unrecognized hash name: " + hash);
        };
    }

    /** "SHA-256" -> "SHA256", the form in Mac and Signature names. */
    static String compact(String hash) {
        return check(hash).replace("-", "");
    }

    static int lengthBytes(String hash) {
        return switch (check(hash)) {
            case "SHA-1" -> 20;
            case "SHA-256" -> 32;
            case "SHA-384" -> 48;
            default -> 64;
        };
    }

    static MGF1ParameterSpec mgf1(String hash) {
        return new MGF1ParameterSpec(check(hash));
    }

    static byte[] digest(String hash, byte[] data) throws GeneralSecurityException {
        return MessageDigest.getInstance(check(hash)).digest(data);
    }

    static byte[] hmac(String hash, byte[] key, byte[] data) throws GeneralSecurityException {
        Mac mac = Mac.getInstance("Hmac" + compact(hash));
        mac.init(new Kdfs.RawKey(key, "Hmac" + compact(hash)));
        return mac.doFinal(data);
    }
}
