package dev.llrtj.loop.net;

import io.vertx.core.Vertx;
import io.vertx.core.net.KeyCertOptions;
import java.net.Socket;
import java.security.KeyStore;
import java.security.Provider;
import java.security.Principal;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.function.Function;
import javax.net.ssl.KeyManager;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.KeyManagerFactorySpi;
import javax.net.ssl.ManagerFactoryParameters;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedKeyManager;
import javax.net.ssl.X509KeyManager;

/**
 * A client's key pairs offered whatever issuers the server names: the JDK sends no certificate when the server's
 * list of acceptable CAs lacks its issuer, OpenSSL (and so Node) sends it anyway and lets the server judge.
 * ({@code KeyCertOptions.wrap} would do the wrapping but its class needs SLF4J, which the runtime does not ship.)
 */
final class AnyIssuerKeys extends X509ExtendedKeyManager {
    private final X509KeyManager keys;

    private AnyIssuerKeys(X509KeyManager keys) {
        this.keys = keys;
    }

    /** {@code source}'s key pairs (PEM, PKCS#12) as Vert.x options whose key manager ignores the issuers asked for. */
    static KeyCertOptions of(KeyCertOptions source, Vertx vertx) throws Exception {
        X509KeyManager found = null;
        for (KeyManager m : source.getKeyManagerFactory(vertx).getKeyManagers()) {
            if (m instanceof X509KeyManager x) {
                found = x;
            }
        }
        KeyManager[] managers = {new AnyIssuerKeys(found)};
        KeyManagerFactory factory = new KeyManagerFactory(new KeyManagerFactorySpi() {
            @Override
            protected void engineInit(KeyStore ks, char[] password) {}

            @Override
            protected void engineInit(ManagerFactoryParameters spec) {}

            @Override
            protected KeyManager[] engineGetKeyManagers() {
                return managers.clone();
            }
        }, (Provider) null, "llrt-any-issuer") {};
        return new KeyCertOptions() {
            @Override
            public KeyCertOptions copy() {
                return this;
            }

            @Override
            public KeyManagerFactory getKeyManagerFactory(Vertx v) {
                return factory;
            }

            @Override
            public Function<String, KeyManagerFactory> keyManagerFactoryMapper(Vertx v) {
                return null; // one key pair whatever the name (a client sends no SNI of its own to choose by)
            }
        };
    }

    @Override
    public String chooseClientAlias(String[] keyType, Principal[] issuers, Socket socket) {
        return keys.chooseClientAlias(keyType, null, socket);
    }

    @Override
    public String chooseEngineClientAlias(String[] keyType, Principal[] issuers, SSLEngine engine) {
        return keys instanceof X509ExtendedKeyManager e ? e.chooseEngineClientAlias(keyType, null, engine)
                : keys.chooseClientAlias(keyType, null, null);
    }

    @Override
    public String[] getClientAliases(String keyType, Principal[] issuers) {
        return keys.getClientAliases(keyType, null);
    }

    @Override
    public String[] getServerAliases(String keyType, Principal[] issuers) {
        return keys.getServerAliases(keyType, issuers);
    }

    @Override
    public String chooseServerAlias(String keyType, Principal[] issuers, Socket socket) {
        return keys.chooseServerAlias(keyType, issuers, socket);
    }

    @Override
    public X509Certificate[] getCertificateChain(String alias) {
        return keys.getCertificateChain(alias);
    }

    @Override
    public PrivateKey getPrivateKey(String alias) {
        return keys.getPrivateKey(alias);
    }
}
