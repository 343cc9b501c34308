package dev.llrtj.modules.subtle;

import dev.llrtj.engine.crypto.Jwk;
import dev.llrtj.engine.crypto.KeyHandle;
import dev.llrtj.engine.crypto.EcCurves;
import dev.llrtj.engine.crypto.OkpKeys;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPublicKeySpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;

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
        return KeyHandle.privateKey(key, Jwk.publicHalf(kind, key));
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

    private static void checkCurve(java.security.Key key, String curve) {
        ECParameterSpec params = key instanceof ECPublicKey p ? p.getParams()
                : key instanceof ECPrivateKey k ? k.getParams() : null;
        if (params != null && !EcCurves.name(params).equals(curve)) {
            throw SubtleError.data("Named curve mismatch: the key is on " + EcCurves.name(params) + ", not " + curve);
        }
    }


}
