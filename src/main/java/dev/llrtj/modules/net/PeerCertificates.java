package dev.llrtj.modules.net;

import dev.llrtj.engine.JsBytes;
import dev.llrtj.engine.crypto.CertificateText;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.Scriptable;

/**
 * A TLS peer's chain as the fields of Node's getPeerCertificate() that need the DER: subject and issuer (RFC 2253
 * text, split by the JS), dates as OpenSSL prints them, serial, fingerprints, altnames, raw bytes (CertificateText
 * formats them as crypto.X509Certificate does).
 */
final class PeerCertificates {
    private PeerCertificates() {}

    static Scriptable toJs(Scriptable scope, List<X509Certificate> chain) {
        Context cx = Context.getCurrentContext();
        List<Object> out = new ArrayList<>();
        for (X509Certificate cert : chain) {
            Scriptable o = cx.newObject(scope);
            o.put("subject", o, cert.getSubjectX500Principal().getName());
            o.put("issuer", o, cert.getIssuerX500Principal().getName());
            o.put("valid_from", o, CertificateText.date(cert.getNotBefore()));
            o.put("valid_to", o, CertificateText.date(cert.getNotAfter()));
            o.put("serialNumber", o, CertificateText.serial(cert));
            o.put("subjectaltname", o, CertificateText.altNames(cert));
            try {
                byte[] der = cert.getEncoded();
                o.put("fingerprint", o, CertificateText.fingerprint("SHA-1", der));
                o.put("fingerprint256", o, CertificateText.fingerprint("SHA-256", der));
                o.put("raw", o, JsBytes.uint8Array(scope, der));
            } catch (CertificateEncodingException e) {
                // a certificate the JDK parsed can be encoded again; without it, no raw or fingerprints
            }
            out.add(o);
        }
        return cx.newArray(scope, out.toArray());
    }
}
