package dev.llrtj.modules.crypto;

import dev.llrtj.engine.crypto.EcCurves;
import dev.llrtj.engine.crypto.Jwk;
import dev.llrtj.engine.crypto.KeyHandle;
import java.io.ByteArrayInputStream;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.cert.CertificateFactory;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptableObject;

/**
 * Reads asymmetric keys as Node's createPublicKey/createPrivateKey take them: PEM (SPKI, PKCS#8, PKCS#1, SEC1,
 * X.509 certificates), DER of a given type, and JWK. A private key given where a public one is wanted yields its
 * public half, as Node does.
 */
final class KeyCodec {
    static final String RSA_OID = "2a864886f70d010101";
    static final String EC_OID = "2a8648ce3d0201";
    private static final Pattern PEM = Pattern.compile(
            "-----BEGIN ([A-Z0-9 ]+)-----\\r?\\n([\\s\\S]*?)-----END \\1-----");

    private KeyCodec() {}

    static KeyHandle fromPem(String text, boolean wantPublic) throws GeneralSecurityException {
        Matcher m = PEM.matcher(text);
        if (!m.find()) throw NodeCryptoError.unsupportedKey();
        String label = m.group(1);
        String body = m.group(2);
        if (body.contains("Proc-Type:") || label.equals("ENCRYPTED PRIVATE KEY")) {
            throw NodeCryptoError.notSupported("An encrypted private key (" + label + ")");
        }
        byte[] der;
        try {
            der = Base64.getMimeDecoder().decode(body.trim());
        } catch (IllegalArgumentException e) {
            throw NodeCryptoError.unsupportedKey();
        }
        boolean publicLabel = label.equals("PUBLIC KEY") || label.equals("RSA PUBLIC KEY") || label.equals("CERTIFICATE");
        if (publicLabel && !wantPublic) throw NodeCryptoError.unsupportedKey(); // a private key cannot come of a public one
        return switch (label) {
            case "PUBLIC KEY" -> fromDer(der, "spki", true, true);
            case "RSA PUBLIC KEY" -> fromDer(der, "pkcs1", true, true);
            case "CERTIFICATE" -> certificate(der);
            case "PRIVATE KEY" -> fromDer(der, "pkcs8", wantPublic, false);
            case "RSA PRIVATE KEY" -> fromDer(der, "pkcs1", wantPublic, false);
            case "EC PRIVATE KEY" -> fromDer(der, "sec1", wantPublic, false);
            default -> throw NodeCryptoError.unsupportedKey();
        };
    }

    /** DER of `type` (spki, pkcs1, pkcs8, sec1); `wantPublic` with a private type gives the public half. */
    static KeyHandle fromDer(byte[] der, String type, boolean wantPublic) throws GeneralSecurityException {
        boolean publicType = type.equals("spki") || type.equals("pkcs1") && wantPublic && isPkcs1Public(der);
        return fromDer(der, type, wantPublic, publicType);
    }

    private static KeyHandle fromDer(byte[] der, String type, boolean wantPublic, boolean publicType)
            throws GeneralSecurityException {
        try {
            if (publicType) {
                byte[] spki = type.equals("pkcs1")
                        ? Der.sequence(Der.sequence(Der.oid(RSA_OID), Der.element(Der.NULL)), Der.bitString(der)) : der;
                return KeyHandle.publicKey(publicFromSpki(spki));
            }
            byte[] pkcs8 = switch (type) {
                case "pkcs8" -> der;
                case "pkcs1" -> Der.sequence(Der.integer(java.math.BigInteger.ZERO),
                        Der.sequence(Der.oid(RSA_OID), Der.element(Der.NULL)), Der.element(Der.OCTET_STRING, der));
                case "sec1" -> sec1ToPkcs8(der);
                default -> throw new NodeCryptoError("TypeError", "ERR_INVALID_ARG_VALUE",
                        "The property 'options.type' is invalid. Received '" + type + "'");
            };
            PrivateKey key = KeyFactory.getInstance(algorithm(Der.parse(pkcs8).children().get(1)))
                    .generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
            KeyHandle priv = KeyHandle.privateKey(key, Jwk.publicHalf(okpKind(key), key));
            return wantPublic ? KeyHandle.publicKey(priv.publicKey) : priv;
        } catch (IllegalArgumentException | IndexOutOfBoundsException | java.security.spec.InvalidKeySpecException e) {
            throw NodeCryptoError.unsupportedKey();
        }
    }

    static PublicKey publicFromSpki(byte[] spki) throws GeneralSecurityException {
        String alg = algorithm(Der.parse(spki).children().get(0));
        return KeyFactory.getInstance(alg).generatePublic(new X509EncodedKeySpec(spki));
    }

    static KeyHandle fromJwk(Scriptable jwk, boolean wantPublic) throws GeneralSecurityException {
        String kty = member(jwk, "kty");
        String crv = ScriptableObject.hasProperty(jwk, "crv") ? member(jwk, "crv") : null;
        String kind = switch (kty) {
            case "RSA" -> "RSA";
            case "EC" -> "EC";
            case "OKP" -> crv;
            default -> throw new NodeCryptoError("TypeError", "ERR_CRYPTO_INVALID_JWK", "Invalid JWK data");
        };
        if (kind.equals("EC") && !List.of("P-256", "P-384", "P-521").contains(crv)
                || kty.equals("OKP") && !List.of("Ed25519", "X25519").contains(crv)) {
            throw new NodeCryptoError("TypeError", "ERR_CRYPTO_INVALID_JWK", "Invalid JWK " + kty + " key");
        }
        KeyHandle h = Jwk.importKey(kind, jwk, crv);
        return wantPublic && h.isPrivate() ? KeyHandle.publicKey(h.publicKey) : h;
    }

    private static String member(Scriptable jwk, String name) {
        Object v = ScriptableObject.getProperty(jwk, name);
        if (!(v instanceof CharSequence)) {
            throw new NodeCryptoError("TypeError", "ERR_INVALID_ARG_TYPE",
                    "The \"key." + name + "\" property must be of type string. Received " + (v == Scriptable.NOT_FOUND ? "undefined" : v));
        }
        return v.toString();
    }

    private static KeyHandle certificate(byte[] der) throws GeneralSecurityException {
        try {
            return KeyHandle.publicKey(CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(der)).getPublicKey());
        } catch (java.security.cert.CertificateException e) {
            throw NodeCryptoError.unsupportedKey();
        }
    }

    /** The JCA key algorithm of an AlgorithmIdentifier. */
    private static String algorithm(Der.Element algorithmIdentifier) {
        String oid = Der.hex(algorithmIdentifier.children().get(0).content());
        return switch (oid) {
            case RSA_OID -> "RSA";
            case "2a864886f70d01010a" -> "RSASSA-PSS";
            case EC_OID -> "EC";
            case "2b6570" -> "Ed25519";
            case "2b6571" -> "Ed448";
            case "2b656e" -> "X25519";
            case "2b656f" -> "X448";
            case "2a8648ce380401" -> "DSA";
            case "2a864886f70d010301" -> "DH";
            default -> throw NodeCryptoError.unsupportedKey();
        };
    }

    private static boolean isPkcs1Public(byte[] der) {
        try {
            return Der.parse(der).children().size() == 2; // RSAPublicKey: n, e (a private key has 9 members)
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** A SEC1 ECPrivateKey wrapped as PKCS#8: the curve moves from its [0] parameters to the AlgorithmIdentifier. */
    private static byte[] sec1ToPkcs8(byte[] sec1) {
        byte[] curve = null;
        for (Der.Element e : Der.parse(sec1).children()) {
            if (e.tag() == 0xa0) curve = e.content();
        }
        if (curve == null) throw new IllegalArgumentException("SEC1 key without named curve");
        return Der.sequence(Der.integer(java.math.BigInteger.ZERO), Der.sequence(Der.oid(EC_OID), curve),
                Der.element(Der.OCTET_STRING, sec1));
    }

    /** "Ed25519"/"X25519" for those keys (the name publicHalf wants), else the JCA algorithm. */
    static String okpKind(java.security.Key key) {
        if (key instanceof java.security.interfaces.EdECKey ed) return ed.getParams().getName();
        if (key instanceof java.security.interfaces.XECKey x
                && x.getParams() instanceof java.security.spec.NamedParameterSpec n) return n.getName();
        return key.getAlgorithm();
    }

    /** EC keys: the SEC1 curve OID element of P-256/384/521. */
    static byte[] curveOid(java.security.spec.ECParameterSpec spec) {
        return Der.oid(switch (EcCurves.name(spec)) {
            case "P-256" -> "2a8648ce3d030107";
            case "P-384" -> "2b81040022";
            default -> "2b81040023";
        });
    }

    static boolean isEc(java.security.Key key) {
        return key instanceof ECPublicKey || key instanceof ECPrivateKey;
    }
}
