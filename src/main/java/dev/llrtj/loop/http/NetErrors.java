package dev.llrtj.loop.http;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.nio.channels.ClosedChannelException;
import javax.net.ssl.SSLException;

/** Node's error codes for the failures a request meets, so callers (the AWS SDK's retry rules) can tell them apart. */
public final class NetErrors {
    private NetErrors() {}

    public static String code(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            String type = c.getClass().getSimpleName();
            String message = String.valueOf(c.getMessage()).toLowerCase(java.util.Locale.ROOT);
            if (c instanceof Exchange.AbortedException) {
                return "ABORT_ERR";
            }
            if (c instanceof UnknownHostException) {
                return "ENOTFOUND";
            }
            if (type.contains("Timeout") || message.contains("timed out") || message.contains("timeout period")) {
                return "ETIMEDOUT";
            }
            if (c instanceof java.net.BindException) {
                return message.contains("in use") ? "EADDRINUSE" : message.contains("permission") ? "EACCES" : "EADDRNOTAVAIL";
            }
            if (c instanceof NoRouteToHostException) {
                return "EHOSTUNREACH";
            }
            if (c instanceof ConnectException) {
                return "ECONNREFUSED";
            }
            if (c instanceof SSLException) {
                return "ERR_TLS_CERT_ALTNAME_INVALID".equals(type) ? type : "ERR_SSL";
            }
            if (c instanceof ClosedChannelException || message.contains("connection was closed")
                    || message.contains("connection reset") || type.equals("StreamResetException")) {
                return "ECONNRESET";
            }
        }
        return null;
    }

    public static String message(Throwable t) {
        String message = t.getMessage();
        return message == null || message.isEmpty() ? t.getClass().getSimpleName() : message;
    }
}
