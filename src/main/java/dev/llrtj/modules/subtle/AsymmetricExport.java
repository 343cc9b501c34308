package dev.llrtj.modules.subtle;

import dev.llrtj.engine.crypto.KeyBytes;
import dev.llrtj.engine.crypto.KeyHandle;
import dev.llrtj.engine.crypto.EcCurves;
import dev.llrtj.engine.crypto.OkpKeys;
import dev.llrtj.engine.JsBytes;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.ECGenParameterSpec;
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

    /** What a CryptoKey's algorithm shows besides its name: modulusLength/publicExponent or namedCurve. */
    static Scriptable describe(Scriptable scope, KeyHandle h) {
        Scriptable o = Context.getCurrentContext().newObject(scope);
        put(o, "type", h.isPrivate() ? "private" : "public");
        java.security.Key key = h.asymmetric();
        if (key instanceof java.security.interfaces.RSAKey rsa) {
            o.put("modulusLength", o, (double) rsa.getModulus().bitLength());
            BigInteger e = h.publicKey instanceof RSAPublicKey p ? p.getPublicExponent()
                    : h.privateKey instanceof RSAPrivateCrtKey k ? k.getPublicExponent() : BigInteger.valueOf(65537);
            o.put("publicExponent", o, JsBytes.uint8Array(scope, KeyBytes.unsigned(e, 0)));
        } else if (key instanceof java.security.interfaces.ECKey ec) {
            put(o, "namedCurve", EcCurves.name(ec.getParams()));
        }
        return o;
    }

    private static void put(Scriptable o, String name, String value) {
        o.put(name, o, value);
    }
}
