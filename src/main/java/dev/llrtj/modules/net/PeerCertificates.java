package dev.llrtj.modules.net;

import dev.llrtj.engine.JsBytes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.Scriptable;

/**
 * A TLS peer's chain as the fields of Node's getPeerCertificate() that need the DER: subject and issuer (RFC 2253
 * text, split by the JS), dates as OpenSSL prints them, serial, fingerprints, altnames, raw bytes.
 */
final class PeerCertificates {
    private static final DateTimeFormatter OPENSSL_DATE = DateTimeFormatter.ofPattern("MMM ppd HH:mm:ss yyyy 'GMT'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    private PeerCertificates() {}

    static Scriptable toJs(Scriptable scope, List<X509Certificate> chain) {
        Context cx = Context.getCurrentContext();
        List<Object> out = new ArrayList<>();
        for (X509Certificate cert : chain) {
            Scriptable o = cx.newObject(scope);
            o.put("subject", o, cert.getSubjectX500Principal().getName());
            o.put("issuer", o, cert.getIssuerX500Principal().getName());
            o.put("valid_from", o, OPENSSL_DATE.format(cert.getNotBefore().toInstant()));
            o.put("valid_to", o, OPENSSL_DATE.format(cert.getNotAfter().toInstant()));
            String serial = cert.getSerialNumber().toString(16).toUpperCase(Locale.ROOT);
            o.put("serialNumber", o, serial.length() % 2 == 0 ? serial : "0" + serial); // whole bytes, as OpenSSL prints
            o.put("subjectaltname", o, altnames(cert));
            try {
                byte[] der = cert.getEncoded();
                o.put("fingerprint", o, fingerprint("SHA-1", der));
                o.put("fingerprint256", o, fingerprint("SHA-256", der));
                o.put("raw", o, JsBytes.uint8Array(scope, der));
            } catch (CertificateEncodingException e) {
                // a certificate the JDK parsed can be encoded again; without it, no raw or fingerprints
            }
            out.add(o);
        }
        return cx.newArray(scope, out.toArray());
    }

    private static String altnames(X509Certificate cert) {
        List<String> names = new ArrayList<>();
        try {
            if (cert.getSubjectAlternativeNames() != null) {
                for (List<?> entry : cert.getSubjectAlternativeNames()) {
                    int type = (Integer) entry.get(0);
                    if (type == 2 || type == 7) {
                        names.add((type == 2 ? "DNS:" : "IP Address:") + entry.get(1));
                    }
                }
            }
        } catch (CertificateParsingException e) {
            return null;
        }
        return names.isEmpty() ? null : String.join(", ", names);
    }

    private static String fingerprint(String algorithm, byte[] der) {
        try {
            return HexFormat.ofDelimiter(":").withUpperCase().formatHex(MessageDigest.getInstance(algorithm).digest(der));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(algorithm + " is part of every JDK", e);
        }
    }
}
