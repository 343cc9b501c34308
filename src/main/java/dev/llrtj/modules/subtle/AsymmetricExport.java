package dev.llrtj.modules.subtle;

import dev.llrtj.engine.JsBytes;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.RSAKeyGenParameterSpec;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.Scriptable;

/** Key pair generation, export to spki/pkcs8/raw/JWK, and the facts a CryptoKey's `algorithm` shows. */
final class AsymmetricExport {
    private AsymmetricExport() {}

    static KeyPair generate(String kind, int modulusLength, byte[] publicExponent, String curve)
            throws GeneralSecurityException {
        switch (kind) {
            case "RSA": {
                BigInteger e = new BigInteger(1, publicExponent);
                if (modulusLength < 256 || modulusLength % 8 != 0 || !e.testBit(0) || e.bitLength() < 2) {
                    throw SubtleError.operation("Invalid RSA modulusLength or publicExponent");
                }
                KeyPairGenerator gen = KeyPairGenerator.getInstance("RSA");
                gen.initialize(new RSAKeyGenParameterSpec(modulusLength, e));
                return gen.generateKeyPair();
            }
            case "EC": {
                EcCurves.params(curve); // rejects unknown curves with NotSupportedError
                KeyPairGenerator gen = KeyPairGenerator.getInstance("EC");
                gen.initialize(new ECGenParameterSpec(switch (curve) {
                    case "P-256" -> "secp256r1";
                    case "P-384" -> "secp384r1";
                    default -> "secp521r1";
                }));
                return gen.generateKeyPair();
            }
            default:
                return OkpKeys.generate(AsymmetricImport.jcaName(kind));
        }
    }

    static byte[] spki(KeyHandle h) {
        if (h.isPrivate()) throw new SubtleError("InvalidAccessError", "spki export needs a public key");
        return h.publicKey.getEncoded();
    }

    static byte[] pkcs8(KeyHandle h) {
        if (!h.isPrivate()) throw new SubtleError("InvalidAccessError", "pkcs8 export needs a private key");
        return h.privateKey.getEncoded();
    }

    static byte[] raw(KeyHandle h) {
        if (h.isPrivate()) throw new SubtleError("InvalidAccessError", "raw export needs a public key");
        PublicKey key = h.publicKey;
        if (key instanceof ECPublicKey ec) return EcCurves.encode(ec.getW(), ec.getParams());
        if (key instanceof RSAPublicKey) throw SubtleError.notSupported("RSA keys cannot be exported as raw");
        return OkpKeys.rawPublic(key);
    }

    /** The key material members of a JWK (kty, n/e/d/..., crv/x/y/d); the caller adds alg, ext and key_ops. */
    static Scriptable jwk(Scriptable scope, KeyHandle h) {
        Scriptable o = Context.getCurrentContext().newObject(scope);
        PublicKey pub = h.publicKey;
        if (pub == null) throw SubtleError.operation("the key's public half is unknown");
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
                throw SubtleError.operation("RSA private key without CRT parameters");
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
            if (h.isPrivate()) put(o, "d", Bytes.b64url(OkpKeys.rawPrivate(h.privateKey)));
            put(o, "x", Bytes.b64url(OkpKeys.rawPublic(pub)));
            put(o, "kty", "OKP");
        }
        return o;
    }

    /** What a CryptoKey's algorithm shows besides its name: modulusLength/publicExponent or namedCurve. */
    static Scriptable describe(Scriptable scope, KeyHandle h) {
        Scriptable o = Context.getCurrentContext().newObject(scope);
        put(o, "type", h.isPrivate() ? "private" : "public");
        java.security.Key key = h.asymmetric();
        if (key instanceof java.security.interfaces.RSAKey rsa) {
            o.put("modulusLength", o, (double) rsa.getModulus().bitLength());
            BigInteger e = h.publicKey instanceof RSAPublicKey p ? p.getPublicExponent()
                    : h.privateKey instanceof RSAPrivateCrtKey k ? k.getPublicExponent() : BigInteger.valueOf(65537);
            o.put("publicExponent", o, JsBytes.uint8Array(scope, Bytes.unsigned(e, 0)));
        } else if (key instanceof java.security.interfaces.ECKey ec) {
            put(o, "namedCurve", EcCurves.name(ec.getParams()));
        }
        return o;
    }

    private static void put(Scriptable o, String name, String value) {
        o.put(name, o, value);
    }

    private static void put(Scriptable o, String name, BigInteger value, int length) {
        o.put(name, o, Bytes.b64url(Bytes.unsigned(value, length)));
    }
}
