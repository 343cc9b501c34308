package dev.llrtj.modules.crypto;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.Map;

/**
 * Finite-field Diffie-Hellman for crypto.createDiffieHellman/getDiffieHellman: BigInteger.modPow as the JDK's own
 * DH provider computes it, with OpenSSL's checks and errors (DH_check's verifyError flags, the public key's range,
 * a 512-bit modulus minimum) and private key sizes. The MODP groups (RFC 2409, RFC 3526) are computed from their
 * definition, 2^n - 2^(n-64) - 1 + 2^64·(floor(2^(n-130)·π) + k), rather than stored as 6 KB of hex.
 */
final class DhKeys {
    private static final BigInteger TWO = BigInteger.TWO;

    /** group -> {bits, k, OpenSSL's private key length in bits (0: bits - 1)}. */
    private static final Map<String, int[]> GROUPS = Map.of(
            "modp1", new int[] {768, 149686, 0}, "modp2", new int[] {1024, 129093, 0},
            "modp5", new int[] {1536, 741804, 200}, "modp14", new int[] {2048, 124476, 225},
            "modp15", new int[] {3072, 1690314, 275}, "modp16", new int[] {4096, 240904, 325},
            "modp17", new int[] {6144, 929484, 375}, "modp18", new int[] {8192, 4743158, 400});

    private static final class Holder {
        static final SecureRandom RANDOM = new SecureRandom();
        static final Map<String, BigInteger> PRIMES = new java.util.concurrent.ConcurrentHashMap<>();
    }

    private DhKeys() {}

    /** The group's prime, or null for a name that is none. */
    static BigInteger group(String name) {
        int[] g = GROUPS.get(name);
        return g == null ? null : Holder.PRIMES.computeIfAbsent(name, k -> modp(g));
    }

    private static BigInteger modp(int[] g) {
        int n = g[0];
        BigInteger piPart = pi(n - 130 + 16).shiftRight(16); // floor(2^(n-130)·π), 16 guard bits
        return TWO.pow(n).subtract(TWO.pow(n - 64)).subtract(BigInteger.ONE)
                .add(piPart.add(BigInteger.valueOf(g[1])).shiftLeft(64));
    }

    /** floor(2^bits·π) by Machin's formula, π = 16·atan(1/5) - 4·atan(1/239), in fixed point. */
    private static BigInteger pi(int bits) {
        int guard = 32;
        BigInteger one = BigInteger.ONE.shiftLeft(bits + guard);
        BigInteger pi = atanInverse(5, one).shiftLeft(4).subtract(atanInverse(239, one).shiftLeft(2));
        return pi.shiftRight(guard);
    }

    private static BigInteger atanInverse(int x, BigInteger one) {
        BigInteger x2 = BigInteger.valueOf((long) x * x);
        BigInteger term = one.divide(BigInteger.valueOf(x));
        BigInteger sum = term;
        for (int k = 1; term.signum() != 0; k++) {
            term = term.divide(x2);
            BigInteger t = term.divide(BigInteger.valueOf(2L * k + 1));
            sum = k % 2 == 1 ? sum.subtract(t) : sum.add(t);
        }
        return sum;
    }

    /** The private key length OpenSSL uses for this prime: a known group's, else bits(p) - 1. */
    static int privateBits(BigInteger p) {
        for (var e : GROUPS.entrySet()) {
            if (e.getValue()[0] == p.bitLength() && e.getValue()[2] != 0 && p.equals(group(e.getKey()))) return e.getValue()[2];
        }
        return p.bitLength() - 1;
    }

    static boolean isGroup(BigInteger p) {
        for (var e : GROUPS.entrySet()) {
            if (e.getValue()[0] == p.bitLength() && p.equals(group(e.getKey()))) return true;
        }
        return false;
    }

    /** DH_check's flags as OpenSSL 3 sets them for Node (0 for a known group). */
    static int check(BigInteger p, BigInteger g) {
        if (isGroup(p)) return 0;
        int flags = 0;
        if (!p.testBit(0)) flags |= 0x01; // DH_CHECK_P_NOT_PRIME
        if (g.compareTo(BigInteger.ONE) <= 0 || g.compareTo(p.subtract(BigInteger.ONE)) >= 0) flags |= 0x08; // not suitable
        if (p.bitLength() < 512) flags |= 0x80; // DH_MODULUS_TOO_SMALL
        if (p.bitLength() > 10000) flags |= 0x100; // DH_MODULUS_TOO_LARGE
        if (!p.isProbablePrime(64)) flags |= 0x01;
        else if (!p.shiftRight(1).isProbablePrime(64)) flags |= 0x02; // DH_CHECK_P_NOT_SAFE_PRIME
        return flags;
    }

    /** A safe prime p = 2q + 1 of `bits` bits whose generator g passes OpenSSL's checks (what DH_generate_parameters makes). */
    static BigInteger safePrime(int bits, BigInteger g) {
        if (bits < 512) throw dhError("MODULUS_TOO_SMALL", "0280007E", "modulus too small");
        while (true) {
            BigInteger q = BigInteger.probablePrime(bits - 1, Holder.RANDOM);
            BigInteger p = q.shiftLeft(1).add(BigInteger.ONE);
            if (p.bitLength() == bits && p.isProbablePrime(64) && (check(p, g) & 0x0b) == 0) return p;
        }
    }

    /** A new private key in [1, 2^len) for the prime (len as privateBits), and its public key. */
    static BigInteger newPrivate(BigInteger p) {
        if (p.bitLength() < 512) throw dhError("MODULUS_TOO_SMALL", "0280007E", "modulus too small");
        int len = privateBits(p);
        BigInteger x;
        do {
            x = new BigInteger(len, Holder.RANDOM);
        } while (x.signum() == 0 || x.compareTo(p.subtract(BigInteger.ONE)) >= 0);
        return x;
    }

    static BigInteger publicOf(BigInteger p, BigInteger g, BigInteger x) {
        if (p.bitLength() < 512) throw dhError("MODULUS_TOO_SMALL", "0280007E", "modulus too small");
        return g.modPow(x, p);
    }

    /** The shared secret, zero-padded to the prime's length as Node returns it; the other key is checked first. */
    static byte[] secret(BigInteger p, BigInteger x, BigInteger otherPublic) {
        if (otherPublic.compareTo(BigInteger.ONE) <= 0) {
            throw new NodeCryptoError("RangeError", "ERR_CRYPTO_INVALID_KEYLEN", "Supplied key is too small");
        }
        if (otherPublic.compareTo(p.subtract(BigInteger.ONE)) >= 0) {
            throw new NodeCryptoError("RangeError", "ERR_CRYPTO_INVALID_KEYLEN", "Supplied key is too large");
        }
        if (x == null) throw new NodeCryptoError("RangeError", "ERR_CRYPTO_INVALID_KEYTYPE", "Invalid key type");
        return dev.llrtj.engine.crypto.KeyBytes.unsigned(otherPublic.modPow(x, p), (p.bitLength() + 7) / 8);
    }

    static NodeCryptoError dhError(String reason, String number, String text) {
        return new NodeCryptoError("Error", "ERR_OSSL_DH_" + reason, "error:" + number + ":Diffie-Hellman routines::" + text);
    }
}
