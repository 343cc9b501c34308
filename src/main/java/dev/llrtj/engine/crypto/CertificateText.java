package dev.llrtj.engine.crypto;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A certificate's fields as OpenSSL prints them for Node (crypto.X509Certificate, tls getPeerCertificate): names
 * in their DER order with OpenSSL's short attribute names and RFC 2253 escaping, dates, fingerprints, alt names,
 * authority information access. Names are read from the DER, since the JDK's own text reverses and re-escapes them.
 */
public final class CertificateText {
    private static final DateTimeFormatter OPENSSL_DATE = DateTimeFormatter.ofPattern("MMM ppd HH:mm:ss yyyy 'GMT'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);
    private static final Map<String, String> SHORT_NAMES = Map.ofEntries(Map.entry("2.5.4.3", "CN"), Map.entry("2.5.4.6", "C"),
            Map.entry("2.5.4.7", "L"), Map.entry("2.5.4.8", "ST"), Map.entry("2.5.4.10", "O"), Map.entry("2.5.4.11", "OU"),
            Map.entry("2.5.4.5", "serialNumber"), Map.entry("2.5.4.9", "street"), Map.entry("2.5.4.4", "SN"),
            Map.entry("2.5.4.42", "GN"), Map.entry("2.5.4.12", "title"), Map.entry("2.5.4.43", "initials"),
            Map.entry("2.5.4.44", "generationQualifier"), Map.entry("2.5.4.46", "dnQualifier"), Map.entry("2.5.4.65", "pseudonym"),
            Map.entry("2.5.4.17", "postalCode"), Map.entry("2.5.4.15", "businessCategory"), Map.entry("2.5.4.97", "organizationIdentifier"),
            Map.entry("0.9.2342.19200300.100.1.25", "DC"), Map.entry("0.9.2342.19200300.100.1.1", "UID"),
            Map.entry("1.2.840.113549.1.9.1", "emailAddress"), Map.entry("1.3.6.1.4.1.311.60.2.1.3", "jurisdictionC"));

    private CertificateText() {}

    public static String date(Date date) {
        return OPENSSL_DATE.format(date.toInstant());
    }

    public static String fingerprint(String algorithm, byte[] der) {
        try {
            return HexFormat.ofDelimiter(":").withUpperCase().formatHex(MessageDigest.getInstance(algorithm).digest(der));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(algorithm + " is part of every JDK", e);
        }
    }

    /** The serial as OpenSSL prints it: upper-case hex in whole bytes. */
    public static String serial(X509Certificate cert) {
        String hex = cert.getSerialNumber().toString(16).toUpperCase(Locale.ROOT);
        return hex.length() % 2 == 0 ? hex : "0" + hex;
    }

    /** A Name's relative distinguished names in DER order, each a list of {short name, value}. */
    public static List<List<String[]>> rdns(byte[] nameDer) {
        List<List<String[]>> out = new ArrayList<>();
        Reader name = new Reader(nameDer);
        Reader seq = name.inner(0x30);
        while (seq.more()) {
            Reader set = seq.inner(0x31);
            List<String[]> rdn = new ArrayList<>();
            while (set.more()) {
                Reader atv = set.inner(0x30);
                String oid = oid(atv.element(0x06));
                int tag = atv.peekTag();
                byte[] value = atv.element(-1);
                rdn.add(new String[] {SHORT_NAMES.getOrDefault(oid, oid), string(tag, value)});
            }
            out.add(rdn);
        }
        return out;
    }

    /** OpenSSL's multi-line form (XN_FLAG_SEP_MULTILINE with RFC 2253 escaping): "C=US\nO=Org\nCN=a + OU=b". */
    public static String multiline(List<List<String[]>> rdns) {
        List<String> lines = new ArrayList<>();
        for (List<String[]> rdn : rdns) {
            List<String> parts = new ArrayList<>();
            for (String[] atv : rdn) parts.add(atv[0] + "=" + escape(atv[1]));
            lines.add(String.join(" + ", parts));
        }
        return String.join("\n", lines);
    }

    /** "DNS:a, IP Address:10.0.0.1, email:x@y, URI:u" as Node prints subjectAltName, or null without any. */
    public static String altNames(X509Certificate cert) {
        List<String> names = new ArrayList<>();
        try {
            if (cert.getSubjectAlternativeNames() == null) return null;
            for (List<?> entry : cert.getSubjectAlternativeNames()) {
                String label = switch ((Integer) entry.get(0)) {
                    case 1 -> "email:";
                    case 2 -> "DNS:";
                    case 6 -> "URI:";
                    case 7 -> "IP Address:";
                    default -> null;
                };
                if (label != null && entry.get(1) instanceof String value) names.add(label + value);
            }
        } catch (CertificateParsingException e) {
            return null;
        }
        return names.isEmpty() ? null : String.join(", ", names);
    }

    /** Authority information access as {method, URI} pairs ("OCSP", "CA Issuers"). */
    public static List<String[]> infoAccess(X509Certificate cert) {
        List<String[]> out = new ArrayList<>();
        byte[] ext = cert.getExtensionValue("1.3.6.1.5.5.7.1.1");
        if (ext == null) return out;
        Reader list = new Reader(new Reader(ext).element(0x04)).inner(0x30);
        while (list.more()) {
            Reader desc = list.inner(0x30);
            String method = oid(desc.element(0x06));
            int tag = desc.peekTag();
            byte[] location = desc.element(-1);
            if (tag != 0x86) continue; // only URIs, as in the certificates Node users meet
            String label = switch (method) {
                case "1.3.6.1.5.5.7.48.1" -> "OCSP";
                case "1.3.6.1.5.5.7.48.2" -> "CA Issuers";
                default -> method;
            };
            out.add(new String[] {label, new String(location, StandardCharsets.US_ASCII)});
        }
        return out;
    }

    // RFC 2253 escaping as OpenSSL's ASN1_STRFLGS_ESC_2253 | ESC_CTRL does it
    private static String escape(String value) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean edge = (i == 0 && (c == '#' || c == ' ')) || (i == value.length() - 1 && c == ' ');
            if (edge || ",+\"\\<>;".indexOf(c) >= 0) sb.append('\\').append(c);
            else if (c < 0x20 || c == 0x7f) sb.append(String.format("\\%02X", (int) c));
            else sb.append(c);
        }
        return sb.toString();
    }

    private static String string(int tag, byte[] value) {
        return switch (tag) {
            case 0x1e -> new String(value, StandardCharsets.UTF_16BE); // BMPString
            case 0x1c -> new String(value, java.nio.charset.Charset.forName("UTF-32BE")); // UniversalString
            case 0x14 -> new String(value, StandardCharsets.ISO_8859_1); // T61String, as OpenSSL reads it
            default -> new String(value, StandardCharsets.UTF_8);
        };
    }

    private static String oid(byte[] der) {
        StringBuilder sb = new StringBuilder();
        long value = 0;
        for (int i = 0; i < der.length; i++) {
            value = (value << 7) | (der[i] & 0x7f);
            if ((der[i] & 0x80) != 0) continue;
            if (sb.isEmpty()) {
                int first = (int) Math.min(2, value / 40);
                sb.append(first).append('.').append(value - 40L * first);
            } else {
                sb.append('.').append(value);
            }
            value = 0;
        }
        return sb.toString();
    }

    /** A cursor over DER elements: tag, definite length, content. */
    private static final class Reader {
        private final byte[] b;
        private int pos;
        private final int end;

        Reader(byte[] b) {
            this(b, 0, b.length);
        }

        private Reader(byte[] b, int from, int to) {
            this.b = b;
            this.pos = from;
            this.end = to;
        }

        boolean more() {
            return pos < end;
        }

        int peekTag() {
            return b[pos] & 0xff;
        }

        /** The next element's content (its tag must be `tag`, or anything for -1). */
        byte[] element(int tag) {
            int[] span = next(tag);
            return java.util.Arrays.copyOfRange(b, span[0], span[1]);
        }

        Reader inner(int tag) {
            int[] span = next(tag);
            return new Reader(b, span[0], span[1]);
        }

        private int[] next(int tag) {
            if (pos >= end || (tag >= 0 && (b[pos] & 0xff) != tag)) throw new IllegalArgumentException("unexpected DER");
            pos++;
            int len = b[pos++] & 0xff;
            if (len > 0x7f) {
                int n = len & 0x7f;
                len = 0;
                for (int i = 0; i < n; i++) len = (len << 8) | (b[pos++] & 0xff);
            }
            int start = pos;
            pos += len;
            if (pos > end) throw new IllegalArgumentException("truncated DER");
            return new int[] {start, pos};
        }
    }

    /** The DER of a certificate given as PEM text or DER bytes, parsed by the JDK. */
    public static X509Certificate parse(byte[] pemOrDer) throws java.security.cert.CertificateException {
        return (X509Certificate) java.security.cert.CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(pemOrDer));
    }
}
