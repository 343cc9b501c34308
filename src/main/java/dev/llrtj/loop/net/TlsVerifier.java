package dev.llrtj.loop.net;

import dev.llrtj.loop.http.ExtraCaTrust;
import dev.llrtj.loop.http.HttpService;
import dev.llrtj.loop.EventLoop;
import java.net.InetAddress;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.net.ssl.X509TrustManager;

/**
 * Node's verdict on a TLS peer: the chain against the trust (the `ca` option, else the JDK's roots plus
 * LLRT_EXTRA_CA_CERTS, as fetch trusts) and then the host name against the leaf's altnames, each failure with
 * OpenSSL's code as Node reports it (DEPTH_ZERO_SELF_SIGNED_CERT, ERR_TLS_CERT_ALTNAME_INVALID...).
 */
public final class TlsVerifier {
    /** A failed check: Node's code and message. */
    public record Failure(String code, String message) {}

    private TlsVerifier() {}

    /** The first failure of {@code chain} (leaf first) for {@code host} (null: no name check), or null when trusted. */
    public static Failure verify(EventLoop loop, List<X509Certificate> chain, List<String> ca, String host) {
        if (chain.isEmpty()) {
            return new Failure("UNABLE_TO_GET_ISSUER_CERT", "unable to get issuer certificate");
        }
        X509Certificate leaf = chain.get(0);
        try {
            leaf.checkValidity();
        } catch (CertificateExpiredException e) {
            return new Failure("CERT_HAS_EXPIRED", "certificate has expired");
        } catch (CertificateNotYetValidException e) {
            return new Failure("CERT_NOT_YET_VALID", "certificate is not yet valid");
        }
        try {
            X509TrustManager trust = trust(loop, ca);
            trust.checkServerTrusted(chain.toArray(new X509Certificate[0]), "UNKNOWN");
        } catch (java.security.GeneralSecurityException | IllegalArgumentException e) {
            X509Certificate last = chain.get(chain.size() - 1);
            boolean selfIssued = last.getSubjectX500Principal().equals(last.getIssuerX500Principal());
            if (selfIssued && chain.size() == 1) {
                return new Failure("DEPTH_ZERO_SELF_SIGNED_CERT", "self-signed certificate");
            }
            if (selfIssued) {
                return new Failure("SELF_SIGNED_CERT_IN_CHAIN", "self-signed certificate in certificate chain");
            }
            return chain.size() == 1 ? new Failure("UNABLE_TO_VERIFY_LEAF_SIGNATURE", "unable to verify the first certificate")
                    : new Failure("UNABLE_TO_GET_ISSUER_CERT_LOCALLY", "unable to get local issuer certificate");
        }
        return host == null ? null : checkHost(leaf, host); // null: the caller checks the name itself
    }

    /** The default trust is built once per loop (some 150 roots); a `ca` option's each time it is used. */
    private static X509TrustManager trust(EventLoop loop, List<String> ca) throws java.security.GeneralSecurityException {
        String extra = HttpService.of(loop).config().extraCaFile();
        if (!ca.isEmpty()) {
            return ExtraCaTrust.trustManager(extra, ca);
        }
        DefaultTrust cached = loop.service(DefaultTrust.class, l -> new DefaultTrust());
        if (cached.manager == null) {
            cached.manager = ExtraCaTrust.trustManager(extra, ca);
        }
        return cached.manager;
    }

    private static final class DefaultTrust {
        X509TrustManager manager;
    }

    /** Node's checkServerIdentity: DNS altnames (one wildcard label), IP altnames, the CN only without altnames. */
    static Failure checkHost(X509Certificate leaf, String host) {
        List<String> dns = new ArrayList<>();
        List<String> ips = new ArrayList<>();
        List<String> shown = new ArrayList<>();
        try {
            if (leaf.getSubjectAlternativeNames() != null) {
                for (List<?> entry : leaf.getSubjectAlternativeNames()) {
                    int type = (Integer) entry.get(0);
                    String value = String.valueOf(entry.get(1));
                    if (type == 2) {
                        dns.add(value.toLowerCase(Locale.ROOT));
                        shown.add("DNS:" + value);
                    } else if (type == 7) {
                        ips.add(value);
                        shown.add("IP Address:" + value);
                    }
                }
            }
        } catch (CertificateParsingException e) {
            // unreadable altnames: as if none
        }
        String name = host.toLowerCase(Locale.ROOT);
        if (isIpLiteral(host)) {
            for (String ip : ips) {
                if (sameAddress(ip, host)) {
                    return null;
                }
            }
            return altnameInvalid("IP: " + host + " is not in the cert's list: " + String.join(", ", ips));
        }
        if (dns.isEmpty() && ips.isEmpty()) {
            String cn = commonName(leaf);
            if (cn != null && matches(cn.toLowerCase(Locale.ROOT), name)) {
                return null;
            }
            return altnameInvalid("Host: " + host + ". is not cert's CN: " + cn);
        }
        for (String pattern : dns) {
            if (matches(pattern, name)) {
                return null;
            }
        }
        return altnameInvalid("Host: " + host + ". is not in the cert's altnames: " + String.join(", ", shown));
    }

    private static Failure altnameInvalid(String reason) {
        return new Failure("ERR_TLS_CERT_ALTNAME_INVALID", "Hostname/IP does not match certificate's altnames: " + reason);
    }

    private static boolean matches(String pattern, String host) {
        if (pattern.startsWith("*.")) {
            int dot = host.indexOf('.');
            return dot > 0 && host.substring(dot).equals(pattern.substring(1));
        }
        return pattern.equals(host);
    }

    private static String commonName(X509Certificate cert) {
        for (String part : cert.getSubjectX500Principal().getName().split(",")) {
            if (part.startsWith("CN=")) {
                return part.substring(3);
            }
        }
        return null;
    }

    private static boolean sameAddress(String a, String b) {
        try {
            return InetAddress.getByName(a).equals(InetAddress.getByName(b)); // literals only: no lookup
        } catch (java.net.UnknownHostException e) {
            return false;
        }
    }

    /** Whether {@code host} is an IPv4 or IPv6 address literal (nothing to look up, no SNI to send). */
    public static boolean isIpLiteral(String host) {
        return host.matches("\\d{1,3}(\\.\\d{1,3}){3}") || host.indexOf(':') >= 0;
    }
}
