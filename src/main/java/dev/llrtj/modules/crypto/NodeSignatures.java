package dev.llrtj.modules.crypto;

import dev.llrtj.engine.crypto.KeyHandle;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.SignatureException;
import java.security.interfaces.DSAKey;
import java.security.interfaces.ECKey;
import java.security.interfaces.EdECKey;
import java.security.interfaces.RSAKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PSSParameterSpec;
import java.util.Arrays;

/**
 * Node's sign/verify: the key picks the scheme (OpenSSL's way: createSign('RSA-SHA256') with an EC key is ECDSA),
 * the digest the hash; RSA padding PKCS#1 v1.5 or PSS with Node's salt length rules, ECDSA in DER or IEEE P1363.
 */
final class NodeSignatures {
    static final int RSA_PKCS1_PSS_PADDING = 6;
    private static final int SALTLEN_DIGEST = -1;
    private static final int SALTLEN_MAX_OR_AUTO = -2;

    /** The options of one call; digest null means the key's default (SHA-256, none for Ed25519). */
    record Options(String digest, Integer padding, Integer saltLength, boolean p1363) {}

    private NodeSignatures() {}

    static byte[] sign(KeyHandle h, Options o, byte[] data) throws GeneralSecurityException {
        if (!h.isPrivate()) throw wrongKind(h, "private");
        PrivateKey key = h.privateKey;
        Signature s = instance(key, o, false, () -> maxSalt(key, o));
        s.initSign(key);
        s.update(data);
        return s.sign();
    }

    static boolean verify(KeyHandle h, Options o, byte[] data, byte[] signature) throws GeneralSecurityException {
        if (h.secret != null) throw wrongKind(h, "private or public");
        PublicKey key = h.publicKey;
        Signature s;
        try {
            s = instance(key, o, true, () -> recoveredSalt((RSAPublicKey) key, o, data, signature));
        } catch (SignatureException notPss) {
            return false; // AUTO salt length and a signature that is not PSS-encoded at all
        }
        s.initVerify(key);
        s.update(data);
        try {
            return s.verify(signature);
        } catch (SignatureException malformed) {
            return false; // wrong length or encoding: just not a valid signature
        }
    }

    @FunctionalInterface
    private interface SaltLength {
        int get() throws GeneralSecurityException;
    }

    private static Signature instance(Key key, Options o, boolean verifying, SaltLength maxOrAuto)
            throws GeneralSecurityException {
        if (key instanceof EdECKey ed) {
            if (o.digest() != null) throw NodeCryptoError.wrongKeyType();
            return Signature.getInstance(ed.getParams().getName());
        }
        String hash = hash(o.digest() == null ? "sha256" : o.digest());
        String compact = hash.startsWith("SHA3-") ? hash : hash.replace("-", ""); // the JCA's "SHA256withRSA", "SHA3-256withRSA"
        if (key instanceof RSAKey) {
            boolean pss = key.getAlgorithm().equals("RSASSA-PSS") || o.padding() != null && o.padding() == RSA_PKCS1_PSS_PADDING;
            if (!pss) {
                if (o.padding() != null && o.padding() != 1) {
                    throw new NodeCryptoError("Error", "ERR_OSSL_RSA_UNKNOWN_PADDING_TYPE", "error:1C8000A5:Provider routines::illegal or unsupported padding mode");
                }
                return Signature.getInstance(compact + "withRSA");
            }
            int salt = o.saltLength() == null ? SALTLEN_MAX_OR_AUTO : o.saltLength();
            if (salt == SALTLEN_DIGEST) salt = MessageDigest.getInstance(hash).getDigestLength();
            else if (salt == SALTLEN_MAX_OR_AUTO) salt = maxOrAuto.get();
            else if (salt < 0) throw new NodeCryptoError("Error", "ERR_OSSL_RSA_INVALID_SALT_LENGTH", "invalid salt length");
            Signature s = Signature.getInstance("RSASSA-PSS");
            s.setParameter(new PSSParameterSpec(hash, "MGF1", new MGF1ParameterSpec(hash), salt, 1));
            return s;
        }
        if (key instanceof ECKey) return Signature.getInstance(compact + "withECDSA" + (o.p1363() ? "inP1363Format" : ""));
        if (key instanceof DSAKey) return Signature.getInstance(compact + "withDSA" + (o.p1363() ? "inP1363Format" : ""));
        throw NodeCryptoError.wrongKeyType();
    }

    /** The JCA digest name of one of Node's ("sha256", "RSA-SHA256", "SHA3-256"...). */
    static String hash(String nodeName) {
        String name = Digests.javaName(nodeName);
        if (name == null) throw NodeCryptoError.invalidDigest(nodeName);
        return name;
    }

    /** RSA_PSS_SALTLEN_MAX_SIGN: the largest salt the modulus leaves room for (OpenSSL's default when signing). */
    private static int maxSalt(Key key, Options o) throws GeneralSecurityException {
        int emBits = ((RSAKey) key).getModulus().bitLength() - 1;
        int emLen = (emBits + 7) / 8;
        return emLen - MessageDigest.getInstance(hash(o.digest() == null ? "sha256" : o.digest())).getDigestLength() - 2;
    }

    /**
     * RSA_PSS_SALTLEN_AUTO when verifying: the JCA wants the exact salt length, so read it from the encoded message
     * (RFC 8017 9.1.2: unmask DB, skip the zero padding up to the 0x01 byte; what follows is the salt).
     */
    private static int recoveredSalt(RSAPublicKey key, Options o, byte[] data, byte[] signature) throws GeneralSecurityException {
        BigInteger n = key.getModulus();
        BigInteger sig = new BigInteger(1, signature);
        if (signature.length != (n.bitLength() + 7) / 8 || sig.compareTo(n) >= 0) throw new SignatureException("bad length");
        int emBits = n.bitLength() - 1;
        int emLen = (emBits + 7) / 8;
        byte[] em = dev.llrtj.engine.crypto.KeyBytes.unsigned(sig.modPow(key.getPublicExponent(), n), emLen);
        MessageDigest md = MessageDigest.getInstance(hash(o.digest() == null ? "sha256" : o.digest()));
        int hLen = md.getDigestLength();
        if (emLen < hLen + 2 || em[emLen - 1] != (byte) 0xbc) throw new SignatureException("not PSS");
        byte[] db = Arrays.copyOf(em, emLen - hLen - 1);
        byte[] h = Arrays.copyOfRange(em, emLen - hLen - 1, emLen - 1);
        byte[] mask = mgf1(md, h, db.length);
        for (int i = 0; i < db.length; i++) db[i] ^= mask[i];
        db[0] &= (byte) (0xff >>> (8 * emLen - emBits));
        int i = 0;
        while (i < db.length && db[i] == 0) i++;
        if (i == db.length || db[i] != 1) throw new SignatureException("not PSS");
        return db.length - i - 1;
    }

    private static byte[] mgf1(MessageDigest md, byte[] seed, int length) {
        byte[] out = new byte[length];
        for (int counter = 0, done = 0; done < length; counter++) {
            md.update(seed);
            md.update(new byte[] {(byte) (counter >>> 24), (byte) (counter >>> 16), (byte) (counter >>> 8), (byte) counter});
            byte[] block = md.digest();
            int n = Math.min(block.length, length - done);
            System.arraycopy(block, 0, out, done, n);
            done += n;
        }
        return out;
    }

    private static NodeCryptoError wrongKind(KeyHandle h, String expected) {
        String actual = h.secret != null ? "secret" : h.isPrivate() ? "private" : "public";
        return new NodeCryptoError("TypeError", "ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE",
                "Invalid key object type " + actual + ", expected " + expected + ".");
    }
}
