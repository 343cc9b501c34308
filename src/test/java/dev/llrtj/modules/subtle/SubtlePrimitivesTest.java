package dev.llrtj.modules.subtle;

import dev.llrtj.engine.crypto.EcCurves;
import dev.llrtj.engine.crypto.Kdfs;
import dev.llrtj.engine.crypto.OkpKeys;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.util.Arrays;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/** The pieces written here rather than taken from the JCA, checked against the JCA or published vectors. */
class SubtlePrimitivesTest {
    private static final HexFormat HEX = HexFormat.of();

    @Test
    void publicPointOfAPrivateScalarIsTheJcaOne() throws Exception {
        for (String[] c : new String[][] {{"P-256", "secp256r1"}, {"P-384", "secp384r1"}, {"P-521", "secp521r1"}}) {
            KeyPairGenerator gen = KeyPairGenerator.getInstance("EC");
            gen.initialize(new ECGenParameterSpec(c[1]));
            KeyPair pair = gen.generateKeyPair();
            ECParameterSpec spec = EcCurves.params(c[0]);
            ECPublicKey pub = (ECPublicKey) pair.getPublic();
            assertEquals(pub.getW(), EcCurves.multiplyGenerator(((ECPrivateKey) pair.getPrivate()).getS(), spec), c[0]);
            byte[] uncompressed = EcCurves.encode(pub.getW(), spec);
            byte[] compressed = Arrays.copyOf(uncompressed, 1 + EcCurves.coordinateBytes(spec));
            compressed[0] = (byte) (pub.getW().getAffineY().testBit(0) ? 3 : 2);
            assertEquals(pub.getW(), EcCurves.decode(compressed, spec), c[0] + " compressed");
        }
    }

    @Test
    void aesCtrCountsLikeTheJcaUntilTheCounterBitsWrap() throws Exception {
        SecretKeySpec key = new SecretKeySpec(new byte[16], "AES");
        byte[] counter = HEX.parseHex("000102030405060708090a0b0c0d00ff");
        byte[] data = new byte[48];
        Cipher jca = Cipher.getInstance("AES/CTR/NoPadding");
        jca.init(Cipher.ENCRYPT_MODE, key, new IvParameterSpec(counter));
        byte[] expected = jca.doFinal(data);
        assertArrayEquals(expected, AesCtr.apply(key, counter, 128, data));
        byte[] wrapped = AesCtr.apply(key, counter, 8, data); // ..00ff -> ..0000, not ..0100
        assertArrayEquals(Arrays.copyOf(expected, 16), Arrays.copyOf(wrapped, 16));
        assertFalse(Arrays.equals(Arrays.copyOfRange(expected, 16, 32), Arrays.copyOfRange(wrapped, 16, 32)));
    }

    @Test
    void hkdfMatchesRfc5869AndNodeWithEmptyInputs() throws Exception {
        byte[] okm = Kdfs.hkdf("HmacSHA256", filled(22, 0x0b), new byte[0], new byte[0], 42); // RFC 5869 A.3: no salt
        assertEquals("8da4e775a563c18f715f802a063c5a31b8a11f5c5ee1879ec3454e5f3c738d2d9d201395faa4b61a96c8", HEX.formatHex(okm));
        // Node: crypto.hkdfSync('sha256', Buffer.alloc(0), 'salt', 'info', 16)
        assertEquals("7aac7b8120501c2c8e1ee50e6cde1353",
                HEX.formatHex(Kdfs.hkdf("HmacSHA256", new byte[0], "salt".getBytes(), "info".getBytes(), 16)));
    }

    @Test
    void pbkdf2MatchesTheJcaForTextPasswords() throws Exception {
        byte[] salt = "NaCl".getBytes();
        byte[] jca = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                .generateSecret(new PBEKeySpec("pässword".toCharArray(), salt, 7, 600)).getEncoded();
        assertArrayEquals(jca, Kdfs.pbkdf2("HmacSHA256", "pässword".getBytes(java.nio.charset.StandardCharsets.UTF_8), salt, 7, 75));
    }

    @Test
    void okpKeyPairsComeBackFromTheirPrivateBytes() throws Exception {
        for (String kind : new String[] {"Ed25519", "X25519"}) {
            KeyPair pair = OkpKeys.generate(kind);
            KeyPair again = OkpKeys.fromPrivate(kind, OkpKeys.rawPrivate(pair.getPrivate()));
            assertArrayEquals(pair.getPublic().getEncoded(), again.getPublic().getEncoded(), kind);
            assertArrayEquals(OkpKeys.rawPublic(pair.getPublic()),
                    OkpKeys.rawPublic(OkpKeys.publicFromRaw(kind, OkpKeys.rawPublic(pair.getPublic()))), kind);
        }
    }

    private static byte[] filled(int n, int value) {
        byte[] b = new byte[n];
        Arrays.fill(b, (byte) value);
        return b;
    }
}
