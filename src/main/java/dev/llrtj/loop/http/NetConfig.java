package dev.llrtj.loop.http;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * LLRT's network variables, read once per loop: LLRT_NET_ALLOW / LLRT_NET_DENY (host lists, a scheme prefix
 * is ignored, `host:port` pins a port, a host without one covers every port, hosts compared by name and by address), LLRT_NET_POOL_IDLE_TIMEOUT (seconds, default 15), LLRT_HTTP_VERSION
 * (`2` allows HTTP/2 over ALPN, anything else HTTP/1.1 only), LLRT_TLS_VERSION (`1.3` enables TLS 1.3 besides
 * 1.2, else TLS 1.2 only) and LLRT_EXTRA_CA_CERTS (a PEM file trusted besides the JDK's roots).
 */
public record NetConfig(List<Rule> allow, List<Rule> deny, int poolIdleTimeoutSeconds, boolean http2, boolean tls13,
        String extraCaFile) {
    public static final int DEFAULT_POOL_IDLE_TIMEOUT_SECONDS = 15;

    /** One list entry: a host (matched with its subdomains, and by the addresses it resolves to) and optionally a port. */
    public record Rule(String host, int port) {
        static final int ANY_PORT = -1;

        /**
         * An entry without a port covers every port: "deny 127.0.0.1" means the host, not its ports 80 and 443
         * only. The host matches by name (itself and its subdomains) or by address: a URL whose host is another
         * spelling of the entry's address (localhost, 0.0.0.0, [::ffff:127.0.0.1], 2130706433) or a name resolving
         * to it is the same place.
         */
        boolean matchesByName(String urlHost, int urlPort) {
            return portMatches(urlPort) && (urlHost.equals(host) || urlHost.endsWith("." + host));
        }

        boolean matchesByAddress(Set<String> urlAddresses, int urlPort) {
            return portMatches(urlPort) && !urlAddresses.isEmpty()
                    && !java.util.Collections.disjoint(urlAddresses, HostAddresses.of(host));
        }

        private boolean portMatches(int urlPort) {
            return port == ANY_PORT || urlPort == port;
        }
    }

    public static NetConfig fromEnv(Map<String, String> env) {
        return new NetConfig(
                rules(env.get("LLRT_NET_ALLOW")),
                rules(env.get("LLRT_NET_DENY")),
                idleTimeout(env.get("LLRT_NET_POOL_IDLE_TIMEOUT")),
                "2".equals(trim(env.get("LLRT_HTTP_VERSION"))),
                "1.3".equals(trim(env.get("LLRT_TLS_VERSION"))),
                blankToNull(env.get("LLRT_EXTRA_CA_CERTS")));
    }

    public static NetConfig defaults() {
        return fromEnv(Map.of());
    }

    public NetConfig withAllow(String list) {
        return new NetConfig(rules(list), deny, poolIdleTimeoutSeconds, http2, tls13, extraCaFile);
    }

    public NetConfig withDeny(String list) {
        return new NetConfig(allow, rules(list), poolIdleTimeoutSeconds, http2, tls13, extraCaFile);
    }

    public NetConfig withHttp2(boolean on) {
        return new NetConfig(allow, deny, poolIdleTimeoutSeconds, on, tls13, extraCaFile);
    }

    public NetConfig withExtraCaFile(String file) {
        return new NetConfig(allow, deny, poolIdleTimeoutSeconds, http2, tls13, file);
    }

    public NetConfig withPoolIdleTimeout(int seconds) {
        return new NetConfig(allow, deny, seconds, http2, tls13, extraCaFile);
    }

    /**
     * Why a request to {@code url} may not be made (LLRT's wording: "URL not allowed: host[:port]" or
     * "URL denied: host[:port]"), or null when it may. An allow list, even empty, admits only its hosts; the deny
     * list is applied after it, so deny wins.
     */
    public String refusal(URI url) {
        String rawHost = url.getHost();
        int givenPort = url.getPort();
        if (rawHost == null && url.getRawAuthority() != null) {
            // java.net.URI reads no host from an authority it cannot parse as host[:port] ("127.1", the BSD spelling
            // of 127.0.0.1 that the connection still resolves; a name with an underscore): read it here, or such a
            // spelling would pass both lists unchecked
            String authority = url.getRawAuthority().substring(url.getRawAuthority().lastIndexOf('@') + 1);
            int colon = authority.lastIndexOf(':');
            if (colon > authority.lastIndexOf(']') && authority.substring(colon + 1).matches("\\d{1,5}")) {
                givenPort = Integer.parseInt(authority.substring(colon + 1));
                authority = authority.substring(0, colon);
            }
            rawHost = authority;
        }
        String host = rawHost == null ? "" : stripBrackets(rawHost.toLowerCase(Locale.ROOT));
        boolean explicit = givenPort >= 0;
        int defaultPort = "https".equalsIgnoreCase(url.getScheme()) ? 443 : 80;
        int port = explicit ? givenPort : defaultPort;
        String where = host + (explicit ? ":" + port : "");
        if (allow == null && deny == null) {
            return null; // no lists: no lookup either
        }
        // names first: a host the lists name needs no lookup; otherwise its addresses decide (looked up once)
        var addresses = new java.util.concurrent.atomic.AtomicReference<Set<String>>();
        java.util.function.Supplier<Set<String>> resolved = () -> addresses.updateAndGet(a -> a != null ? a : HostAddresses.of(host));
        if (allow != null && allow.stream().noneMatch(r -> r.matchesByName(host, port))
                && allow.stream().noneMatch(r -> r.matchesByAddress(resolved.get(), port))) {
            return "URL not allowed: " + where;
        }
        if (deny != null && (deny.stream().anyMatch(r -> r.matchesByName(host, port))
                || deny.stream().anyMatch(r -> r.matchesByAddress(resolved.get(), port)))) {
            return "URL denied: " + where;
        }
        return null;
    }

    /** Entries separated by spaces or commas; null when the variable is unset (no list at all). */
    static List<Rule> rules(String value) {
        if (value == null) {
            return null;
        }
        List<Rule> rules = new ArrayList<>();
        for (String raw : value.trim().split("[\\s,]+")) {
            String entry = raw.toLowerCase(Locale.ROOT);
            int scheme = entry.indexOf("://");
            if (scheme >= 0) {
                entry = entry.substring(scheme + 3);
            }
            int slash = entry.indexOf('/');
            if (slash >= 0) {
                entry = entry.substring(0, slash);
            }
            if (entry.isEmpty()) {
                continue;
            }
            int colon = entry.lastIndexOf(':');
            int port = Rule.ANY_PORT;
            if (colon > 0 && entry.indexOf(']') < colon && entry.substring(colon + 1).matches("\\d{1,5}")) {
                port = Integer.parseInt(entry.substring(colon + 1));
                entry = entry.substring(0, colon);
            }
            rules.add(new Rule(stripBrackets(entry), port));
        }
        return List.copyOf(rules);
    }

    private static int idleTimeout(String value) {
        try {
            int seconds = Integer.parseInt(trim(value));
            if (seconds > 300) {
                System.err.println("llrt: \"LLRT_NET_POOL_IDLE_TIMEOUT\" exceeds 300s (5min), risking errors due to possible server connection closures.");
            }
            return Math.max(0, seconds);
        } catch (NumberFormatException e) {
            return DEFAULT_POOL_IDLE_TIMEOUT_SECONDS;
        }
    }

    private static String stripBrackets(String host) {
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }

    private static String trim(String value) {
        return value == null ? "" : value.trim();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
