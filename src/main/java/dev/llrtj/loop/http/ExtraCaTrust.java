package dev.llrtj.loop.http;

import io.vertx.core.net.TrustOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

/** LLRT_EXTRA_CA_CERTS: the JDK's roots plus the CAs of a PEM file (Vert.x's PEM trust would replace the roots). */
final class ExtraCaTrust {
    private ExtraCaTrust() {}

    static TrustOptions withJdkRoots(String pemFile) {
        try {
            X509TrustManager jdk = trustManager(null);
            KeyStore extra = KeyStore.getInstance(KeyStore.getDefaultType());
            extra.load(null, null);
            int i = 0;
            for (X509Certificate cert : readCerts(Path.of(pemFile))) {
                extra.setCertificateEntry("extra-" + i++, cert);
            }
            X509TrustManager extraManager = trustManager(extra);
            return TrustOptions.wrap(new EitherTrust(jdk, extraManager));
        } catch (IOException e) {
            throw new UncheckedIOException("LLRT_EXTRA_CA_CERTS: cannot read " + pemFile, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("LLRT_EXTRA_CA_CERTS: " + pemFile + ": " + e.getMessage(), e);
        }
    }

    private static List<X509Certificate> readCerts(Path file) throws IOException, CertificateException {
        List<X509Certificate> certs = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file)) {
            CertificateFactory factory = CertificateFactory.getInstance("X.509");
            factory.generateCertificates(in).forEach(c -> certs.add((X509Certificate) c));
        }
        return certs;
    }

    private static X509TrustManager trustManager(KeyStore store) throws GeneralSecurityException {
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(store); // null: the JDK's cacerts
        for (TrustManager manager : factory.getTrustManagers()) {
            if (manager instanceof X509TrustManager x509) {
                return x509;
            }
        }
        throw new GeneralSecurityException("no X.509 trust manager");
    }

    /** Trusts a chain when either the JDK roots or the extra CAs do. */
    private static final class EitherTrust implements X509TrustManager {
        private final X509TrustManager first;
        private final X509TrustManager second;

        EitherTrust(X509TrustManager first, X509TrustManager second) {
            this.first = first;
            this.second = second;
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            try {
                first.checkClientTrusted(chain, authType);
            } catch (CertificateException e) {
                second.checkClientTrusted(chain, authType);
            }
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            try {
                first.checkServerTrusted(chain, authType);
            } catch (CertificateException e) {
                second.checkServerTrusted(chain, authType);
            }
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            X509Certificate[] a = first.getAcceptedIssuers();
            X509Certificate[] b = second.getAcceptedIssuers();
            X509Certificate[] all = java.util.Arrays.copyOf(a, a.length + b.length);
            System.arraycopy(b, 0, all, a.length, b.length);
            return all;
        }
    }
}
