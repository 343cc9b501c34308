package dev.llrtj.modules.subtle;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPrivateKeySpec;
import java.security.spec.ECPublicKeySpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPrivateCrtKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.security.spec.X509EncodedKeySpec;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptableObject;

/**
 * Imports RSA, EC (P-256/384/521), Ed25519 and X25519 keys from spki, pkcs8, raw and JWK. `kind` is "RSA", "EC",
 * "Ed25519" or "X25519"; `curve` the namedCurve the caller asked for (EC only), which the key must match.
 */
final class AsymmetricImport {
    private AsymmetricImport() {}

    static String jcaName(String kind) {
        return switch (kind) {
            case "RSA", "EC", "Ed25519", "X25519" -> kind;
            default -> throw SubtleError.notSupported("Unrecognized key kind: " + kind);
        };
    }

    static KeyHandle spki(String kind, byte[] der, String curve) throws GeneralSecurityException {
        PublicKey key = KeyFactory.getInstance(jcaName(kind)).generatePublic(new X509EncodedKeySpec(der));
        checkCurve(key, curve);
        return KeyHandle.publicKey(key);
    }

    static KeyHandle pkcs8(String kind, byte[] der, String curve) throws GeneralSecurityException {
        PrivateKey key = KeyFactory.getInstance(jcaName(kind)).generatePrivate(new PKCS8EncodedKeySpec(der));
        checkCurve(key, curve);
        return KeyHandle.privateKey(key, publicHalf(kind, key));
    }

    static KeyHandle raw(String kind, byte[] data, String curve) throws GeneralSecurityException {
        return switch (kind) {
            case "EC" -> {
                ECParameterSpec spec = EcCurves.params(curve);
                yield KeyHandle.publicKey(KeyFactory.getInstance("EC")
                        .generatePublic(new ECPublicKeySpec(EcCurves.decode(data, spec), spec)));
            }
            case "Ed25519", "X25519" -> KeyHandle.publicKey(OkpKeys.publicFromRaw(kind, data));
            default -> throw SubtleError.notSupported("Unsupported import format \"raw\" for " + kind + " keys");
        };
    }

    static KeyHandle jwk(String kind, Scriptable jwk, String curve) throws GeneralSecurityException {
        boolean priv = ScriptableObject.hasProperty(jwk, "d");
        switch (kind) {
            case "RSA": {
                BigInteger n = Bytes.unsigned(jwk, "n");
                BigInteger e = Bytes.unsigned(jwk, "e");
                KeyFactory kf = KeyFactory.getInstance("RSA");
                PublicKey pub = kf.generatePublic(new RSAPublicKeySpec(n, e));
                if (!priv) return KeyHandle.publicKey(pub);
                PrivateKey key = kf.generatePrivate(new RSAPrivateCrtKeySpec(n, e, Bytes.unsigned(jwk, "d"),
                        Bytes.unsigned(jwk, "p"), Bytes.unsigned(jwk, "q"), Bytes.unsigned(jwk, "dp"),
                        Bytes.unsigned(jwk, "dq"), Bytes.unsigned(jwk, "qi")));
                return KeyHandle.privateKey(key, pub);
            }
            case "EC": {
                checkCrv(jwk, curve);
                ECParameterSpec spec = EcCurves.params(curve);
                int n = EcCurves.coordinateBytes(spec);
                byte[] x = Bytes.fromB64url(jwk, "x");
                byte[] y = Bytes.fromB64url(jwk, "y");
                if (x.length != n || y.length != n) throw SubtleError.data("JWK x/y have the wrong length for " + curve);
                byte[] point = Bytes.concat(new byte[] {4}, Bytes.concat(x, y));
                KeyFactory kf = KeyFactory.getInstance("EC");
                PublicKey pub = kf.generatePublic(new ECPublicKeySpec(EcCurves.decode(point, spec), spec));
                if (!priv) return KeyHandle.publicKey(pub);
                byte[] d = Bytes.fromB64url(jwk, "d");
                if (d.length != n) throw SubtleError.data("JWK d has the wrong length for " + curve);
                BigInteger s = new BigInteger(1, d);
                if (!EcCurves.multiplyGenerator(s, spec).equals(((ECPublicKey) pub).getW())) {
                    throw SubtleError.data("JWK d does not match x/y");
                }
                return KeyHandle.privateKey(kf.generatePrivate(new ECPrivateKeySpec(s, spec)), pub);
            }
            case "Ed25519", "X25519": {
                checkCrv(jwk, kind);
                byte[] x = Bytes.fromB64url(jwk, "x");
                PublicKey pub = OkpKeys.publicFromRaw(kind, x);
                if (!priv) return KeyHandle.publicKey(pub);
                KeyPair pair = OkpKeys.fromPrivate(kind, Bytes.fromB64url(jwk, "d"));
                if (!java.util.Arrays.equals(OkpKeys.rawPublic(pair.getPublic()), x)) {
                    throw SubtleError.data("JWK d does not match x");
                }
                return KeyHandle.privateKey(pair.getPrivate(), pair.getPublic());
            }
            default:
                throw SubtleError.notSupported("Unrecognized key kind: " + kind);
        }
    }

    private static void checkCrv(Scriptable jwk, String expected) {
        Object crv = ScriptableObject.getProperty(jwk, "crv");
        if (!expected.equals(crv instanceof CharSequence ? crv.toString() : null)) {
            throw SubtleError.data("JWK \"crv\" does not match the algorithm's curve " + expected);
        }
    }

    private static void checkCurve(java.security.Key key, String curve) {
        ECParameterSpec params = key instanceof ECPublicKey p ? p.getParams()
                : key instanceof ECPrivateKey k ? k.getParams() : null;
        if (params != null && !EcCurves.name(params).equals(curve)) {
            throw SubtleError.data("Named curve mismatch: the key is on " + EcCurves.name(params) + ", not " + curve);
        }
    }

    static PublicKey publicHalf(String kind, PrivateKey key) throws GeneralSecurityException {
        if (key instanceof RSAPrivateCrtKey rsa) {
            return KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(rsa.getModulus(), rsa.getPublicExponent()));
        }
        if (key instanceof ECPrivateKey ec) {
            ECParameterSpec spec = ec.getParams();
            return KeyFactory.getInstance("EC")
                    .generatePublic(new ECPublicKeySpec(EcCurves.multiplyGenerator(ec.getS(), spec), spec));
        }
        if (kind.equals("Ed25519") || kind.equals("X25519")) {
            return OkpKeys.fromPrivate(kind, OkpKeys.rawPrivate(key)).getPublic();
        }
        return null; // an RSA key without CRT parameters: its public half is not exportable
    }
}
