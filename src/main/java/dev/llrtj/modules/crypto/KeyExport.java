package dev.llrtj.modules.crypto;

import dev.llrtj.engine.crypto.EcCurves;
import dev.llrtj.engine.crypto.KeyBytes;
import dev.llrtj.engine.crypto.KeyHandle;
import java.math.BigInteger;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAKey;
import java.util.Base64;

/** KeyObject.export as DER or PEM: spki and pkcs1 for public keys, pkcs8, pkcs1 and sec1 for private ones. */
final class KeyExport {
    private KeyExport() {}

    static byte[] der(KeyHandle h, String type) {
        if (h.isPrivate()) {
            return switch (type) {
                case "pkcs8" -> pkcs8(h);
                case "pkcs1" -> rsaOnly(h, "pkcs1", () -> Der.parse(h.privateKey.getEncoded()).children().get(2).content());
                case "sec1" -> sec1(h);
                default -> throw badType(type);
            };
        }
        return switch (type) {
            case "spki" -> h.publicKey.getEncoded();
            case "pkcs1" -> rsaOnly(h, "pkcs1", () -> {
                byte[] bits = Der.parse(h.publicKey.getEncoded()).children().get(1).content();
                return java.util.Arrays.copyOfRange(bits, 1, bits.length);
            });
            default -> throw badType(type);
        };
    }

    static String pem(KeyHandle h, String type) {
        String label = switch (type) {
            case "spki" -> "PUBLIC KEY";
            case "pkcs8" -> "PRIVATE KEY";
            case "pkcs1" -> h.isPrivate() ? "RSA PRIVATE KEY" : "RSA PUBLIC KEY";
            default -> "EC PRIVATE KEY";
        };
        String body = Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der(h, type));
        return "-----BEGIN " + label + "-----\n" + body + "\n-----END " + label + "-----\n";
    }

    /** PKCS#8 as OpenSSL writes it: EC keys carry their public point (the JCA's encoding leaves it out). */
    private static byte[] pkcs8(KeyHandle h) {
        if (!(h.privateKey instanceof ECPrivateKey ec)) return h.privateKey.getEncoded();
        byte[] inner = Der.sequence(Der.integer(BigInteger.ONE), privateScalar(ec), publicPoint(h));
        return Der.sequence(Der.integer(BigInteger.ZERO), Der.sequence(Der.oid(KeyCodec.EC_OID), KeyCodec.curveOid(ec.getParams())),
                Der.element(Der.OCTET_STRING, inner));
    }

    private static byte[] sec1(KeyHandle h) {
        if (!(h.privateKey instanceof ECPrivateKey ec)) throw wrongType("sec1", "EC");
        return Der.sequence(Der.integer(BigInteger.ONE), privateScalar(ec),
                Der.element(0xa0, KeyCodec.curveOid(ec.getParams())), publicPoint(h));
    }

    private static byte[] privateScalar(ECPrivateKey ec) {
        return Der.element(Der.OCTET_STRING, KeyBytes.unsigned(ec.getS(), EcCurves.coordinateBytes(ec.getParams())));
    }

    private static byte[] publicPoint(KeyHandle h) {
        ECPublicKey pub = (ECPublicKey) h.publicKey;
        return Der.element(0xa1, Der.bitString(EcCurves.encode(pub.getW(), pub.getParams())));
    }

    private static byte[] rsaOnly(KeyHandle h, String type, java.util.function.Supplier<byte[]> body) {
        if (!(h.asymmetric() instanceof RSAKey) || h.asymmetric().getAlgorithm().equals("RSASSA-PSS")) {
            throw wrongType(type, "RSA");
        }
        return body.get();
    }

    private static NodeCryptoError wrongType(String type, String keyType) {
        return new NodeCryptoError("Error", "ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS",
                "The selected key encoding " + type + " can only be used for " + keyType + " keys.");
    }

    private static NodeCryptoError badType(String type) {
        return new NodeCryptoError("TypeError", "ERR_INVALID_ARG_VALUE",
                "The property 'options.type' is invalid. Received '" + type + "'");
    }
}
