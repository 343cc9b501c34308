package dev.llrtj.modules.crypto;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/**
 * The little DER the key formats need beyond the JCA: reading the elements of a SEQUENCE (to tell an SPKI/PKCS#8
 * key's algorithm, unwrap PKCS#1/SEC1 keys) and writing them (to wrap PKCS#1/SEC1 keys, convert ECDSA signatures).
 */
final class Der {
    static final int INTEGER = 0x02;
    static final int BIT_STRING = 0x03;
    static final int OCTET_STRING = 0x04;
    static final int NULL = 0x05;
    static final int OID = 0x06;
    static final int SEQUENCE = 0x30;

    /** One element: its tag, and its content's bytes. */
    record Element(int tag, byte[] content) {
        List<Element> children() {
            return Der.children(content);
        }

        BigInteger integer() {
            return new BigInteger(content);
        }
    }

    private Der() {}

    /** The single element that makes up `der` (trailing bytes are an error). */
    static Element parse(byte[] der) {
        List<Element> all = children(der);
        if (all.size() != 1) throw new IllegalArgumentException("not a single DER element");
        return all.get(0);
    }

    static List<Element> children(byte[] der) {
        List<Element> out = new ArrayList<>();
        int i = 0;
        while (i < der.length) {
            if (i + 2 > der.length) throw new IllegalArgumentException("truncated DER");
            int tag = der[i++] & 0xff;
            int len = der[i++] & 0xff;
            if (len >= 0x80) {
                int n = len & 0x7f;
                if (n == 0 || n > 3 || i + n > der.length) throw new IllegalArgumentException("bad DER length");
                len = 0;
                for (int k = 0; k < n; k++) len = (len << 8) | (der[i++] & 0xff);
            }
            if (len > der.length - i) throw new IllegalArgumentException("truncated DER");
            out.add(new Element(tag, Arrays.copyOfRange(der, i, i + len)));
            i += len;
        }
        return out;
    }

    static byte[] element(int tag, byte[]... parts) {
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        for (byte[] p : parts) content.writeBytes(p);
        int len = content.size();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(tag);
        if (len < 0x80) {
            out.write(len);
        } else if (len < 0x100) {
            out.write(0x81);
            out.write(len);
        } else if (len < 0x10000) {
            out.write(0x82);
            out.write(len >> 8);
            out.write(len);
        } else {
            out.write(0x83);
            out.write(len >> 16);
            out.write(len >> 8);
            out.write(len);
        }
        out.writeBytes(content.toByteArray());
        return out.toByteArray();
    }

    static byte[] sequence(byte[]... parts) {
        return element(SEQUENCE, parts);
    }

    static byte[] integer(BigInteger value) {
        return element(INTEGER, value.toByteArray());
    }

    /** A BIT STRING of whole bytes (no unused bits). */
    static byte[] bitString(byte[] bytes) {
        return element(BIT_STRING, new byte[] {0}, bytes);
    }

    /** An encoded OID from its hex content, e.g. "2a8648ce3d0201" for id-ecPublicKey. */
    static byte[] oid(String hexContent) {
        return element(OID, HexFormat.of().parseHex(hexContent));
    }

    static String hex(byte[] content) {
        return HexFormat.of().formatHex(content);
    }
}
