package dev.llrtj.modules.tls;

import dev.llrtj.engine.Natives;
import dev.llrtj.realm.Realm;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptableObject;

/** `native` of tls.js: rootCertificates() the JDK's default trusted roots (what the runtime's TLS trusts) as PEM. */
final class TlsBinding {
    private TlsBinding() {}

    static Scriptable create(Realm realm) {
        Scriptable scope = realm.global();
        ScriptableObject b = Natives.newObject(scope);
        Natives.define(b, "rootCertificates", 0, (cx, s, args) -> Context.getCurrentContext().newArray(scope, roots().toArray()));
        return b;
    }

    static List<String> roots() {
        try {
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init((KeyStore) null);
            List<String> pems = new ArrayList<>();
            Base64.Encoder base64 = Base64.getMimeEncoder(64, new byte[] {'\n'});
            for (TrustManager manager : factory.getTrustManagers()) {
                if (manager instanceof X509TrustManager x509) {
                    for (X509Certificate cert : x509.getAcceptedIssuers()) {
                        pems.add("-----BEGIN CERTIFICATE-----\n" + base64.encodeToString(cert.getEncoded())
                                + "\n-----END CERTIFICATE-----");
                    }
                }
            }
            return pems;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK's trusted roots cannot be read: " + e.getMessage(), e);
        }
    }
}
