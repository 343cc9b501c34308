package dev.llrtj.loop.http;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.net.PfxOptions;
import io.vertx.core.net.TrustOptions;
import java.io.ByteArrayOutputStream;
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

/**
 * LLRT_EXTRA_CA_CERTS: one in-memory trust store with the JDK's roots plus the CAs of a PEM file (Vert.x's PEM trust
 * alone would replace the roots; TrustOptions.wrap would pull in slf4j).
 */
public final class ExtraCaTrust {
    private static final char[] PASSWORD = "llrt".toCharArray(); // an in-memory store; PKCS#12 wants one

    private ExtraCaTrust() {}

    public static TrustOptions withJdkRoots(String pemFile) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            store(pemFile, List.of()).store(out, PASSWORD);
            return new PfxOptions().setValue(Buffer.buffer(out.toByteArray())).setPassword(new String(PASSWORD));
        } catch (IOException e) {
            throw new UncheckedIOException("LLRT_EXTRA_CA_CERTS: cannot read " + pemFile, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("LLRT_EXTRA_CA_CERTS: " + pemFile + ": " + e.getMessage(), e);
        }
    }

    /**
     * A trust manager for checking a peer by hand (node:tls): {@code ca} (PEM texts) when given, as Node's `ca`
     * replaces its roots, else the JDK's roots plus {@code pemFile} (LLRT_EXTRA_CA_CERTS, may be null).
     */
    public static X509TrustManager trustManager(String pemFile, List<String> ca) throws GeneralSecurityException {
        try {
            return trustManager(store(pemFile, ca));
        } catch (IOException e) {
            throw new UncheckedIOException("LLRT_EXTRA_CA_CERTS: cannot read " + pemFile, e);
        }
    }

    private static KeyStore store(String pemFile, List<String> ca) throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        int i = 0;
        CertificateFactory factory = CertificateFactory.getInstance("X.509");
        for (String pem : ca) {
            for (var cert : factory.generateCertificates(new java.io.ByteArrayInputStream(pem.getBytes(java.nio.charset.StandardCharsets.US_ASCII)))) {
                store.setCertificateEntry("ca-" + i++, cert);
            }
        }
        if (ca.isEmpty()) {
            for (X509Certificate root : trustManager(null).getAcceptedIssuers()) {
                store.setCertificateEntry("jdk-" + i++, root);
            }
            if (pemFile != null) {
                for (X509Certificate cert : readCerts(Path.of(pemFile))) {
                    store.setCertificateEntry("extra-" + i++, cert);
                }
            }
        }
        return store;
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
}
