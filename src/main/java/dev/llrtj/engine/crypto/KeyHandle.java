package dev.llrtj.engine.crypto;

import java.security.Key;
import java.security.PrivateKey;
import java.security.PublicKey;
import org.mozilla.javascript.ScriptableObject;

/**
 * The Java side of a CryptoKey, opaque to JS: raw bytes for a secret key, or a JCA key (a private key keeps its
 * public half, which JWK export and EC/OKP derivations need).
 */
public final class KeyHandle extends ScriptableObject {
    public final byte[] secret;
    public final PrivateKey privateKey;
    public final PublicKey publicKey;

    private KeyHandle(byte[] secret, PrivateKey privateKey, PublicKey publicKey) {
        this.secret = secret;
        this.privateKey = privateKey;
        this.publicKey = publicKey;
    }

    public static KeyHandle secret(byte[] bytes) {
        return new KeyHandle(bytes, null, null);
    }

    public static KeyHandle publicKey(PublicKey key) {
        return new KeyHandle(null, null, key);
    }

    public static KeyHandle privateKey(PrivateKey key, PublicKey publicHalf) {
        return new KeyHandle(null, key, publicHalf);
    }

    public boolean isPrivate() {
        return privateKey != null;
    }

    /** The key an asymmetric operation uses: the private key if there is one. */
    public Key asymmetric() {
        if (secret != null) throw new CryptoFailure("InvalidAccessError", "key is not an asymmetric key");
        return privateKey != null ? privateKey : publicKey;
    }

    @Override
    public String getClassName() {
        return "KeyHandle";
    }
}
