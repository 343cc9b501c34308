package dev.llrtj.modules.crypto;

import dev.llrtj.engine.crypto.CryptoFailure;
import dev.llrtj.engine.crypto.EcCurves;
import dev.llrtj.engine.crypto.KeyBytes;
import dev.llrtj.engine.crypto.KeyHandle;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPrivateKeySpec;
import java.security.spec.ECPublicKeySpec;
import java.util.Arrays;
import java.util.Locale;
import javax.crypto.KeyAgreement;

/**
 * crypto.createECDH's key material on the JDK's EC provider: the NIST curves under OpenSSL's names, keys as bytes
 * (private: the scalar's minimal big-endian bytes, as Node gives them; public: a SEC1 point, uncompressed,
 * compressed or hybrid), the shared secret by the JDK's ECDH; and crypto.diffieHellman over two KeyObjects.
 */
final class EcdhKeys {
    private EcdhKeys() {}

    /** The curves createECDH takes, by OpenSSL's short name; null for the others. */
    static String webName(String nodeCurve) {
        return switch (nodeCurve) {
            case "prime256v1" -> "P-256";
            case "secp384r1" -> "P-384";
            case "secp521r1" -> "P-521";
            default -> null;
        };
    }

    static ECParameterSpec params(String nodeCurve) throws GeneralSecurityException {
        return EcCurves.params(webName(nodeCurve));
    }

    /** [private scalar, uncompressed public point] of a new key pair. */
    static byte[][] generate(String nodeCurve) throws GeneralSecurityException {
        KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
        String std = switch (webName(nodeCurve)) {
            case "P-256" -> "secp256r1";
            case "P-384" -> "secp384r1";
            default -> "secp521r1";
        };
        g.initialize(new ECGenParameterSpec(std));
        var pair = g.generateKeyPair();
        ECParameterSpec spec = params(nodeCurve);
        return new byte[][] {minimal(((ECPrivateKey) pair.getPrivate()).getS()),
            EcCurves.encode(((ECPublicKey) pair.getPublic()).getW(), spec)};
    }

    /** The uncompressed public point of a private scalar, which must lie in [1, n). */
    static byte[] publicOf(String nodeCurve, byte[] privateKey) throws GeneralSecurityException {
        ECParameterSpec spec = params(nodeCurve);
        return EcCurves.encode(EcCurves.multiplyGenerator(scalar(privateKey, spec), spec), spec);
    }

    static byte[] secret(String nodeCurve, byte[] privateKey, byte[] publicPoint) throws GeneralSecurityException {
        ECParameterSpec spec = params(nodeCurve);
        BigInteger d = new BigInteger(1, privateKey);
        ECPoint w = point(publicPoint, spec);
        KeyFactory f = KeyFactory.getInstance("EC");
        KeyAgreement agreement = KeyAgreement.getInstance("ECDH");
        agreement.init(f.generatePrivate(new ECPrivateKeySpec(d, spec)));
        agreement.doPhase(f.generatePublic(new ECPublicKeySpec(w, spec)), true);
        return agreement.generateSecret();
    }

    /** A SEC1 point re-encoded: `format` is uncompressed, compressed or hybrid. */
    static byte[] convert(String nodeCurve, byte[] publicPoint, String format) throws GeneralSecurityException {
        ECParameterSpec spec = params(nodeCurve);
        return encode(point(publicPoint, spec), spec, format);
    }

    static byte[] encode(ECPoint w, ECParameterSpec spec, String format) {
        byte[] full = EcCurves.encode(w, spec);
        int n = EcCurves.coordinateBytes(spec);
        boolean odd = w.getAffineY().testBit(0);
        switch (format.toLowerCase(Locale.ROOT)) {
            case "compressed" -> {
                byte[] out = Arrays.copyOf(full, 1 + n);
                out[0] = (byte) (odd ? 3 : 2);
                return out;
            }
            case "hybrid" -> {
                full[0] = (byte) (odd ? 7 : 6);
                return full;
            }
            default -> {
                return full;
            }
        }
    }

    /** crypto.diffieHellman: the JDK's ECDH or XDH over two KeyObjects' handles. */
    static byte[] agree(KeyHandle privateHandle, KeyHandle publicHandle) throws GeneralSecurityException {
        Key priv = privateHandle.privateKey;
        Key pub = publicHandle.publicKey;
        if (priv instanceof ECPrivateKey a && pub instanceof ECPublicKey b
                && !EcCurves.name(a.getParams()).equals(EcCurves.name(b.getParams()))) {
            throw new NodeCryptoError("Error", "ERR_OSSL_MISMATCHING_DOMAIN_PARAMETERS",
                    "error:1C8000CB:Provider routines::mismatching domain parameters");
        }
        KeyAgreement agreement = KeyAgreement.getInstance(priv instanceof ECPrivateKey ? "ECDH" : "XDH");
        agreement.init(priv);
        agreement.doPhase(pub, true);
        return agreement.generateSecret();
    }

    private static BigInteger scalar(byte[] privateKey, ECParameterSpec spec) {
        BigInteger d = new BigInteger(1, privateKey);
        if (d.signum() == 0 || d.compareTo(spec.getOrder()) >= 0) {
            throw new NodeCryptoError("RangeError", "ERR_CRYPTO_INVALID_KEYTYPE", "Private key is not valid for specified curve.");
        }
        return d;
    }

    // a public point in any SEC1 form (hybrid: 06/07 X Y, read as uncompressed once its parity is checked)
    private static ECPoint point(byte[] raw, ECParameterSpec spec) {
        try {
            if (raw.length > 0 && (raw[0] == 6 || raw[0] == 7)) {
                byte[] plain = raw.clone();
                plain[0] = 4;
                ECPoint w = EcCurves.decode(plain, spec);
                if (w.getAffineY().testBit(0) != (raw[0] == 7)) throw CryptoFailure.data("hybrid parity");
                return w;
            }
            return EcCurves.decode(raw, spec);
        } catch (CryptoFailure | ArithmeticException e) {
            throw new NodeCryptoError("Error", "ERR_CRYPTO_ECDH_INVALID_PUBLIC_KEY", "Public key is not valid for specified curve");
        }
    }

    static byte[] minimal(BigInteger value) {
        return KeyBytes.unsigned(value, Math.max(1, (value.bitLength() + 7) / 8));
    }
}
