package dev.llrtj.loop.http;

/** A request LLRT_NET_ALLOW / LLRT_NET_DENY refuse, thrown before any connection is made. */
public final class NetRefusedException extends RuntimeException {
    public NetRefusedException(String message) {
        super(message, null, false, false);
    }
}
