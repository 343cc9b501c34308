package dev.llrtj.modules.crypto;

import static dev.llrtj.modules.crypto.KeyBinding.bytes;
import static dev.llrtj.modules.crypto.KeyBinding.handle;
import static dev.llrtj.modules.crypto.KeyBinding.op;

import dev.llrtj.engine.JsBytes;
import dev.llrtj.engine.crypto.CertificateText;
import dev.llrtj.engine.crypto.KeyHandle;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptableObject;

/**
 * The X509Certificate part of crypto.js's binding (x509.js): a certificate parsed by the JDK into the facts Node
 * shows (CertificateText formats them as OpenSSL does), its signature checked, and whether one certificate issued
 * another.
 */
final class Certificates {
    private Certificates() {}

    static void install(ScriptableObject b, Scriptable global) {
        op(b, "x509Parse", a -> facts(global, parse(bytes(a[0]))));
        op(b, "x509Verify", a -> {
            try {
                parse(bytes(a[0])).verify(handle(a[1]).publicKey);
                return true;
            } catch (GeneralSecurityException e) {
                return false;
            }
        });
        op(b, "x509Issued", a -> issued(parse(bytes(a[0])), parse(bytes(a[1]))));
    }

    private static X509Certificate parse(byte[] pemOrDer) {
        try {
            return CertificateText.parse(pemOrDer);
        } catch (CertificateException e) {
            throw new NodeCryptoError("Error", "ERR_OSSL_PEM_NO_START_LINE", "error:0480006C:PEM routines::no start line");
        }
    }

    private static Scriptable facts(Scriptable scope, X509Certificate cert) throws GeneralSecurityException {
        Context cx = Context.getCurrentContext();
        Scriptable o = cx.newObject(scope);
        byte[] der = cert.getEncoded();
        var subject = CertificateText.rdns(cert.getSubjectX500Principal().getEncoded());
        var issuer = CertificateText.rdns(cert.getIssuerX500Principal().getEncoded());
        o.put("subject", o, CertificateText.multiline(subject));
        o.put("issuer", o, CertificateText.multiline(issuer));
        o.put("subjectParts", o, pairs(cx, scope, flatten(subject)));
        o.put("issuerParts", o, pairs(cx, scope, flatten(issuer)));
        String alt = CertificateText.altNames(cert);
        if (alt != null) o.put("subjectAltName", o, alt);
        o.put("infoAccess", o, pairs(cx, scope, CertificateText.infoAccess(cert)));
        o.put("validFrom", o, CertificateText.date(cert.getNotBefore()));
        o.put("validTo", o, CertificateText.date(cert.getNotAfter()));
        o.put("fingerprint", o, CertificateText.fingerprint("SHA-1", der));
        o.put("fingerprint256", o, CertificateText.fingerprint("SHA-256", der));
        o.put("fingerprint512", o, CertificateText.fingerprint("SHA-512", der));
        List<String> eku = cert.getExtendedKeyUsage();
        if (eku != null) o.put("keyUsage", o, cx.newArray(scope, eku.toArray()));
        o.put("serialNumber", o, CertificateText.serial(cert));
        o.put("raw", o, JsBytes.arrayBuffer(scope, der));
        o.put("ca", o, cert.getBasicConstraints() >= 0);
        o.put("publicKey", o, KeyHandle.publicKey(cert.getPublicKey()));
        o.put("pem", o, "-----BEGIN CERTIFICATE-----\n" + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
                + "\n-----END CERTIFICATE-----\n");
        o.put("dns", o, cx.newArray(scope, altNames(cert, 2).toArray()));
        o.put("emails", o, cx.newArray(scope, altNames(cert, 1).toArray()));
        o.put("ips", o, cx.newArray(scope, altNames(cert, 7).toArray()));
        return o;
    }

    /** X509_check_issued's core: the issuer's subject is this certificate's issuer, and their key ids agree. */
    private static boolean issued(X509Certificate cert, X509Certificate issuer) {
        if (!cert.getIssuerX500Principal().equals(issuer.getSubjectX500Principal())) return false;
        byte[] akid = cert.getExtensionValue("2.5.29.35");
        byte[] skid = issuer.getExtensionValue("2.5.29.14");
        if (akid == null || skid == null) return true;
        // AuthorityKeyIdentifier ::= SEQUENCE { [0] keyIdentifier OPTIONAL, ... }, SubjectKeyIdentifier ::= OCTET STRING
        byte[] authority = contents(contents(akid)); // OCTET STRING -> SEQUENCE contents
        if (authority.length == 0 || (authority[0] & 0xff) != 0x80) return true;
        return Arrays.equals(contents(authority), contents(contents(skid)));
    }

    // the content of the first TLV in `der`
    private static byte[] contents(byte[] der) {
        int pos = 1;
        int len = der[pos++] & 0xff;
        if (len > 0x7f) {
            int n = len & 0x7f;
            len = 0;
            for (int i = 0; i < n; i++) len = (len << 8) | (der[pos++] & 0xff);
        }
        return Arrays.copyOfRange(der, pos, pos + len);
    }

    private static List<String> altNames(X509Certificate cert, int type) throws CertificateParsingException {
        List<String> out = new ArrayList<>();
        if (cert.getSubjectAlternativeNames() == null) return out;
        for (List<?> entry : cert.getSubjectAlternativeNames()) {
            if ((Integer) entry.get(0) == type && entry.get(1) instanceof String s) out.add(s);
        }
        return out;
    }

    private static List<String[]> flatten(List<List<String[]>> rdns) {
        List<String[]> out = new ArrayList<>();
        for (List<String[]> rdn : rdns) out.addAll(rdn);
        return out;
    }

    private static Scriptable pairs(Context cx, Scriptable scope, List<String[]> pairs) {
        Object[] out = new Object[pairs.size()];
        for (int i = 0; i < out.length; i++) out[i] = cx.newArray(scope, new Object[] {pairs.get(i)[0], pairs.get(i)[1]});
        return cx.newArray(scope, out);
    }
}
