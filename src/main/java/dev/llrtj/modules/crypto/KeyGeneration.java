package dev.llrtj.modules.crypto;

import dev.llrtj.engine.crypto.KeyHandle;
import dev.llrtj.engine.crypto.OkpKeys;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.RSAKeyGenParameterSpec;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptableObject;

/** generateKeyPair(Sync) for rsa (modulusLength, publicExponent), ec (namedCurve), ed25519 and x25519. */
final class KeyGeneration {
    private KeyGeneration() {}

    /** [private handle, public handle]. */
    static Object[] generate(String type, Scriptable options) throws GeneralSecurityException {
        KeyPair pair = switch (type) {
            case "rsa" -> {
                int bits = (int) number(options, "modulusLength", -1);
                long e = (long) number(options, "publicExponent", 65537);
                if (bits < 512 || bits > 16384) {
                    throw new NodeCryptoError("RangeError", "ERR_OUT_OF_RANGE", "The value of \"options.modulusLength\" is out of range. Received " + bits);
                }
                KeyPairGenerator gen = KeyPairGenerator.getInstance("RSA");
                gen.initialize(new RSAKeyGenParameterSpec(bits, BigInteger.valueOf(e)));
                yield gen.generateKeyPair();
            }
            case "ec" -> {
                Object curve = ScriptableObject.getProperty(options, "namedCurve");
                String std = switch (curve instanceof CharSequence c ? c.toString() : "") {
                    case "P-256", "prime256v1", "secp256r1" -> "secp256r1";
                    case "P-384", "secp384r1" -> "secp384r1";
                    case "P-521", "secp521r1" -> "secp521r1";
                    default -> throw new NodeCryptoError("TypeError", "ERR_CRYPTO_INVALID_CURVE", "Invalid EC curve name");
                };
                KeyPairGenerator gen = KeyPairGenerator.getInstance("EC");
                gen.initialize(new ECGenParameterSpec(std));
                yield gen.generateKeyPair();
            }
            case "ed25519" -> OkpKeys.generate("Ed25519");
            case "x25519" -> OkpKeys.generate("X25519");
            default -> throw new NodeCryptoError("TypeError", "ERR_INVALID_ARG_VALUE",
                    "The argument 'type' must be a supported key type. Received '" + type + "'");
        };
        return new Object[] {KeyHandle.privateKey(pair.getPrivate(), pair.getPublic()), KeyHandle.publicKey(pair.getPublic())};
    }

    private static double number(Scriptable options, String name, double fallback) {
        Object v = options == null ? Scriptable.NOT_FOUND : ScriptableObject.getProperty(options, name);
        if (v == Scriptable.NOT_FOUND || v == null || v instanceof org.mozilla.javascript.Undefined) {
            if (fallback < 0) {
                throw new NodeCryptoError("TypeError", "ERR_INVALID_ARG_TYPE",
                        "The \"options." + name + "\" property must be of type number. Received undefined");
            }
            return fallback;
        }
        return Context.toNumber(v);
    }
}
