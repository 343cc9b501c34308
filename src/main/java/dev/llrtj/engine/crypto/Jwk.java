package dev.llrtj.engine.crypto;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPrivateKeySpec;
import java.security.spec.ECPublicKeySpec;
import java.security.spec.RSAPrivateCrtKeySpec;
import java.security.spec.RSAPublicKeySpec;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptableObject;

/**
 * JWK import and export of RSA, EC (P-256/384/521), Ed25519 and X25519 keys, and the public half of a private key.
 * `kind` is "RSA", "EC", "Ed25519" or "X25519"; `curve` the namedCurve an EC key must be on.
 */
public final class Jwk {
    private Jwk() {}

    public static KeyHandle importKey(String kind, Scriptable jwk, String curve) throws GeneralSecurityException {
        boolean priv = ScriptableObject.hasProperty(jwk, "d");
        switch (kind) {
            case "RSA": {
                BigInteger n = unsigned(jwk, "n");
                BigInteger e = unsigned(jwk, "e");
                KeyFactory kf = KeyFactory.getInstance("RSA");
                PublicKey pub = kf.generatePublic(new RSAPublicKeySpec(n, e));
                if (!priv) return KeyHandle.publicKey(pub);
                PrivateKey key = kf.generatePrivate(new RSAPrivateCrtKeySpec(n, e, unsigned(jwk, "d"),
                        unsigned(jwk, "p"), unsigned(jwk, "q"), unsigned(jwk, "dp"),
                        unsigned(jwk, "dq"), unsigned(jwk, "qi")));
                return KeyHandle.privateKey(key, pub);
            }
            case "EC": {
                checkCrv(jwk, curve);
                ECParameterSpec spec = EcCurves.params(curve);
                int n = EcCurves.coordinateBytes(spec);
                byte[] x = fromB64url(jwk, "x");
                byte[] y = fromB64url(jwk, "y");
                if (x.length != n || y.length != n) throw CryptoFailure.data("JWK x/y have the wrong length for " + curve);
                byte[] point = KeyBytes.concat(new byte[] {4}, KeyBytes.concat(x, y));
                KeyFactory kf = KeyFactory.getInstance("EC");
                PublicKey pub = kf.generatePublic(new ECPublicKeySpec(EcCurves.decode(point, spec), spec));
                if (!priv) return KeyHandle.publicKey(pub);
                byte[] d = fromB64url(jwk, "d");
                if (d.length != n) throw CryptoFailure.data("JWK d has the wrong length for " + curve);
                BigInteger s = new BigInteger(1, d);
                if (!EcCurves.multiplyGenerator(s, spec).equals(((ECPublicKey) pub).getW())) {
                    throw CryptoFailure.data("JWK d does not match x/y");
                }
                return KeyHandle.privateKey(kf.generatePrivate(new ECPrivateKeySpec(s, spec)), pub);
            }
            case "Ed25519", "X25519": {
                checkCrv(jwk, kind);
                byte[] x = fromB64url(jwk, "x");
                PublicKey pub = OkpKeys.publicFromRaw(kind, x);
                if (!priv) return KeyHandle.publicKey(pub);
                KeyPair pair = OkpKeys.fromPrivate(kind, fromB64url(jwk, "d"));
                if (!java.util.Arrays.equals(OkpKeys.rawPublic(pair.getPublic()), x)) {
                    throw CryptoFailure.data("JWK d does not match x");
                }
                return KeyHandle.privateKey(pair.getPrivate(), pair.getPublic());
            }
            default:
                throw CryptoFailure.notSupported("Unrecognized key kind: " + kind);
        }
    }

    /** The key material members of a JWK (kty, n/e/d/..., crv/x/y/d); the caller adds alg, ext and key_ops. */
    public static Scriptable export(Scriptable scope, KeyHandle h) {
        Scriptable o = Context.getCurrentContext().newObject(scope);
        PublicKey pub = h.publicKey;
        if (pub == null) throw CryptoFailure.operation("the key's public half is unknown");
        if (pub instanceof RSAPublicKey rsa) {
            put(o, "kty", "RSA");
            put(o, "n", rsa.getModulus(), 0);
            put(o, "e", rsa.getPublicExponent(), 0);
            if (h.privateKey instanceof RSAPrivateCrtKey k) {
                put(o, "d", k.getPrivateExponent(), 0);
                put(o, "p", k.getPrimeP(), 0);
                put(o, "q", k.getPrimeQ(), 0);
                put(o, "dp", k.getPrimeExponentP(), 0);
                put(o, "dq", k.getPrimeExponentQ(), 0);
                put(o, "qi", k.getCrtCoefficient(), 0);
            } else if (h.isPrivate()) {
                throw CryptoFailure.operation("RSA private key without CRT parameters");
            }
        } else if (pub instanceof ECPublicKey ec) {
            ECParameterSpec spec = ec.getParams();
            int n = EcCurves.coordinateBytes(spec);
            // members in the order Node writes them, so a wrapped JWK's JSON text is the same
            put(o, "kty", "EC");
            put(o, "x", ec.getW().getAffineX(), n);
            put(o, "y", ec.getW().getAffineY(), n);
            put(o, "crv", EcCurves.name(spec));
            if (h.privateKey instanceof ECPrivateKey k) put(o, "d", k.getS(), n);
        } else {
            put(o, "crv", pub.getAlgorithm().equals("EdDSA") || pub.getAlgorithm().equals("Ed25519") ? "Ed25519" : "X25519");
            if (h.isPrivate()) put(o, "d", KeyBytes.b64url(OkpKeys.rawPrivate(h.privateKey)));
            put(o, "x", KeyBytes.b64url(OkpKeys.rawPublic(pub)));
            put(o, "kty", "OKP");
        }
        return o;
    }

    private static void checkCrv(Scriptable jwk, String expected) {
        Object crv = ScriptableObject.getProperty(jwk, "crv");
        if (!expected.equals(crv instanceof CharSequence ? crv.toString() : null)) {
            throw CryptoFailure.data("JWK \"crv\" does not match the algorithm's curve " + expected);
        }
    }

    public static PublicKey publicHalf(String kind, PrivateKey key) throws GeneralSecurityException {
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

    private static void put(Scriptable o, String name, String value) {
        o.put(name, o, value);
    }

    private static void put(Scriptable o, String name, BigInteger value, int length) {
        o.put(name, o, KeyBytes.b64url(KeyBytes.unsigned(value, length)));
    }

    private static byte[] fromB64url(Scriptable jwk, String field) {
        Object v = ScriptableObject.getProperty(jwk, field);
        if (!(v instanceof CharSequence)) throw CryptoFailure.data("JWK member \"" + field + "\" is missing");
        return KeyBytes.fromB64url(v.toString());
    }

    private static BigInteger unsigned(Scriptable jwk, String field) {
        return new BigInteger(1, fromB64url(jwk, field));
    }
}
