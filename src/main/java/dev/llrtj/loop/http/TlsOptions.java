package dev.llrtj.loop.http;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.net.PemKeyCertOptions;
import io.vertx.core.net.PemTrustOptions;
import io.vertx.core.net.TCPSSLOptions;
import java.util.List;

/**
 * Node's TLS options of one client or server (`rejectUnauthorized`, `ca`, `cert`, `key`), as PEM text. A client
 * with other options than the default gets a pool of its own: connections verified one way are never reused by a
 * request that asked for another. {@code ca} replaces the JDK's roots, as Node's `ca` replaces its bundled ones.
 */
public record TlsOptions(boolean rejectUnauthorized, List<String> ca, String cert, String key) {
    public static final TlsOptions DEFAULT = new TlsOptions(true, List.of(), null, null);

    public TlsOptions {
        ca = List.copyOf(ca);
    }

    /** Applies the key pair and trust to Vert.x options (client or server). */
    public void applyTo(TCPSSLOptions options) {
        if (!ca.isEmpty()) {
            PemTrustOptions trust = new PemTrustOptions();
            ca.forEach(pem -> trust.addCertValue(Buffer.buffer(pem)));
            options.setTrustOptions(trust);
        }
        if (cert != null && key != null) {
            options.setKeyCertOptions(new PemKeyCertOptions().addCertValue(Buffer.buffer(cert)).addKeyValue(Buffer.buffer(key)));
        }
    }
}
