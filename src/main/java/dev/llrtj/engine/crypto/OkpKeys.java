package dev.llrtj.engine.crypto;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.interfaces.EdECPrivateKey;
import java.security.interfaces.XECPrivateKey;
import java.security.spec.NamedParameterSpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.HexFormat;

/** Ed25519 and X25519 keys as the 32-byte strings JWK "x"/"d" and raw export use. */
public final class OkpKeys {
    private static final int KEY_BYTES = 32;

    private OkpKeys() {}

    public static NamedParameterSpec spec(String kind) {
        return switch (kind) {
            case "Ed25519" -> NamedParameterSpec.ED25519;
            case "X25519" -> NamedParameterSpec.X25519;
            default -> throw CryptoFailure.notSupported("Unrecognized curve: " + kind);
        };
    }

    /** The X.509 SubjectPublicKeyInfo header before the 32 key bytes (RFC 8410). */
    private static byte[] spkiPrefix(String kind) {
        return HexFormat.of().parseHex(kind.equals("Ed25519") ? "302a300506032b6570032100" : "302a300506032b656e032100");
    }

    public static PublicKey publicFromRaw(String kind, byte[] raw) throws GeneralSecurityException {
        if (raw.length != KEY_BYTES) throw CryptoFailure.data(kind + " public key must be 32 bytes");
        return KeyFactory.getInstance(kind).generatePublic(new X509EncodedKeySpec(KeyBytes.concat(spkiPrefix(kind), raw)));
    }

    public static byte[] rawPublic(PublicKey key) {
        byte[] der = key.getEncoded();
        return Arrays.copyOfRange(der, der.length - KEY_BYTES, der.length);
    }

    public static byte[] rawPrivate(PrivateKey key) {
        byte[] bytes = key instanceof EdECPrivateKey ed ? ed.getBytes().orElse(null)
                : key instanceof XECPrivateKey x ? x.getScalar().orElse(null) : null;
        if (bytes == null) throw CryptoFailure.operation("private key bytes are not available");
        return bytes;
    }

    /** The key pair of a 32-byte private key: the generator draws exactly those bytes from this random source. */
    public static KeyPair fromPrivate(String kind, byte[] d) throws GeneralSecurityException {
        if (d.length != KEY_BYTES) throw CryptoFailure.data(kind + " private key must be 32 bytes");
        KeyPairGenerator gen = KeyPairGenerator.getInstance(kind);
        gen.initialize(spec(kind), new FixedRandom(d));
        return gen.generateKeyPair();
    }

    public static KeyPair generate(String kind) throws GeneralSecurityException {
        return KeyPairGenerator.getInstance(kind).generateKeyPair();
    }

    private static final class FixedRandom extends SecureRandom {
        private final byte[] bytes;

        FixedRandom(byte[] bytes) {
            this.bytes = bytes.clone();
        }

        @Override
        public void nextBytes(byte[] out) {
            if (out.length != bytes.length) throw new IllegalStateException("unexpected draw of " + out.length + " bytes");
            System.arraycopy(bytes, 0, out, 0, out.length);
        }
    }
}
