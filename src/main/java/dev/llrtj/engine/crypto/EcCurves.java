package dev.llrtj.engine.crypto;

import java.math.BigInteger;
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.spec.ECFieldFp;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.EllipticCurve;

/**
 * The NIST curves Web Crypto names (P-256/384/521): their JCA parameters, SEC1 point encoding, and the public
 * point of a private scalar (a PKCS#8 key may omit it, a JWK needs it; the JCA has no public API for it).
 */
public final class EcCurves {
    private EcCurves() {}

    public static ECParameterSpec params(String namedCurve) throws GeneralSecurityException {
        String std = switch (namedCurve) {
            case "P-256" -> "secp256r1";
            case "P-384" -> "secp384r1";
            case "P-521" -> "secp521r1";
            default -> throw CryptoFailure.notSupported("Unrecognized namedCurve: " + namedCurve);
        };
        AlgorithmParameters p = AlgorithmParameters.getInstance("EC");
        p.init(new ECGenParameterSpec(std));
        return p.getParameterSpec(ECParameterSpec.class);
    }

    public static String name(ECParameterSpec spec) {
        return switch (spec.getCurve().getField().getFieldSize()) {
            case 256 -> "P-256";
            case 384 -> "P-384";
            case 521 -> "P-521";
            default -> throw CryptoFailure.notSupported("Unsupported elliptic curve");
        };
    }

    public static int coordinateBytes(ECParameterSpec spec) {
        return (spec.getCurve().getField().getFieldSize() + 7) / 8;
    }

    public static byte[] encode(ECPoint point, ECParameterSpec spec) {
        int n = coordinateBytes(spec);
        byte[] out = new byte[1 + 2 * n];
        out[0] = 4;
        System.arraycopy(KeyBytes.unsigned(point.getAffineX(), n), 0, out, 1, n);
        System.arraycopy(KeyBytes.unsigned(point.getAffineY(), n), 0, out, 1 + n, n);
        return out;
    }

    /** Uncompressed (04 X Y) or compressed (02/03 X) SEC1 points; checks the point is on the curve. */
    public static ECPoint decode(byte[] raw, ECParameterSpec spec) {
        int n = coordinateBytes(spec);
        BigInteger p = prime(spec);
        ECPoint point;
        if (raw.length == 1 + 2 * n && raw[0] == 4) {
            point = new ECPoint(new BigInteger(1, slice(raw, 1, n)), new BigInteger(1, slice(raw, 1 + n, n)));
        } else if (raw.length == 1 + n && (raw[0] == 2 || raw[0] == 3)) {
            BigInteger x = new BigInteger(1, slice(raw, 1, n));
            BigInteger y = rhs(spec, x).modPow(p.add(BigInteger.ONE).shiftRight(2), p); // p = 3 mod 4 on these curves
            if (y.testBit(0) != (raw[0] == 3)) y = p.subtract(y);
            point = new ECPoint(x, y);
        } else {
            throw CryptoFailure.data("Invalid EC point encoding");
        }
        if (!onCurve(point, spec)) throw CryptoFailure.data("EC point is not on the curve");
        return point;
    }

    public static boolean onCurve(ECPoint pt, ECParameterSpec spec) {
        BigInteger p = prime(spec);
        BigInteger x = pt.getAffineX();
        BigInteger y = pt.getAffineY();
        if (x.signum() < 0 || x.compareTo(p) >= 0 || y.signum() < 0 || y.compareTo(p) >= 0) return false;
        return y.multiply(y).mod(p).equals(rhs(spec, x));
    }

    /** d·G by double-and-add in affine coordinates: only run on import/export, so speed does not matter. */
    public static ECPoint multiplyGenerator(BigInteger d, ECParameterSpec spec) {
        ECPoint result = ECPoint.POINT_INFINITY;
        ECPoint addend = spec.getGenerator();
        for (int i = 0; i < d.bitLength(); i++) {
            if (d.testBit(i)) result = add(result, addend, spec);
            addend = add(addend, addend, spec);
        }
        return result;
    }

    private static ECPoint add(ECPoint a, ECPoint b, ECParameterSpec spec) {
        if (a.equals(ECPoint.POINT_INFINITY)) return b;
        if (b.equals(ECPoint.POINT_INFINITY)) return a;
        BigInteger p = prime(spec);
        BigInteger lambda;
        if (a.getAffineX().equals(b.getAffineX())) {
            if (!a.getAffineY().equals(b.getAffineY()) || a.getAffineY().signum() == 0) return ECPoint.POINT_INFINITY;
            BigInteger x = a.getAffineX();
            lambda = x.multiply(x).multiply(BigInteger.valueOf(3)).add(spec.getCurve().getA())
                    .multiply(a.getAffineY().shiftLeft(1).modInverse(p)).mod(p);
        } else {
            lambda = b.getAffineY().subtract(a.getAffineY())
                    .multiply(b.getAffineX().subtract(a.getAffineX()).modInverse(p)).mod(p);
        }
        BigInteger x3 = lambda.multiply(lambda).subtract(a.getAffineX()).subtract(b.getAffineX()).mod(p);
        BigInteger y3 = lambda.multiply(a.getAffineX().subtract(x3)).subtract(a.getAffineY()).mod(p);
        return new ECPoint(x3, y3);
    }

    private static BigInteger rhs(ECParameterSpec spec, BigInteger x) {
        EllipticCurve c = spec.getCurve();
        BigInteger p = prime(spec);
        return x.pow(3).add(c.getA().multiply(x)).add(c.getB()).mod(p);
    }

    private static BigInteger prime(ECParameterSpec spec) {
        return ((ECFieldFp) spec.getCurve().getField()).getP();
    }

    private static byte[] slice(byte[] a, int from, int len) {
        return java.util.Arrays.copyOfRange(a, from, from + len);
    }
}
