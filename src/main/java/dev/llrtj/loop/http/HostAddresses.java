package dev.llrtj.loop.http;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The places a host name or IP literal leads to, in one spelling each, so that LLRT_NET_ALLOW / LLRT_NET_DENY
 * compare where a request goes rather than how its URL spells the host. Every loopback address and the unspecified
 * address (0.0.0.0, ::, which connect to this machine) are the one place {@link #THIS_MACHINE}; an IPv4-mapped IPv6
 * address is its IPv4 address. Names are resolved with the JDK resolver, the one connections use (its cache makes
 * the connection's own lookup that follows free).
 */
final class HostAddresses {
    static final String THIS_MACHINE = "this-machine";

    private HostAddresses() {}

    /** Empty when the host does not resolve (the request then fails to connect anyway). */
    static Set<String> of(String host) {
        if (host == null || host.isEmpty()) {
            return Set.of();
        }
        InetAddress[] all;
        try {
            all = InetAddress.getAllByName(host);
        } catch (UnknownHostException | SecurityException e) {
            return Set.of();
        }
        Set<String> places = new LinkedHashSet<>();
        for (InetAddress address : all) {
            places.add(canonical(address));
        }
        return places;
    }

    static String canonical(InetAddress address) {
        if (address.isLoopbackAddress() || address.isAnyLocalAddress()) {
            return THIS_MACHINE;
        }
        byte[] bytes = address.getAddress();
        if (bytes.length == 16 && isIpv4Mapped(bytes)) {
            return (bytes[12] & 0xff) + "." + (bytes[13] & 0xff) + "." + (bytes[14] & 0xff) + "." + (bytes[15] & 0xff);
        }
        return address.getHostAddress();
    }

    private static boolean isIpv4Mapped(byte[] b) {
        for (int i = 0; i < 10; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
    }
}
