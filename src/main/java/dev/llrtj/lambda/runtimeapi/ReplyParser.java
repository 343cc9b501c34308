package dev.llrtj.lambda.runtimeapi;

import io.vertx.core.buffer.Buffer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Reads the Runtime API's answer to a streamed response far enough to know its status: the status line, the
 * headers, and a Content-Length body if there is one (the connection is closed afterwards, so nothing more is read).
 */
final class ReplyParser {
    private final Buffer received = Buffer.buffer();
    private int status = -1;
    private int bodyStart = -1;
    private int contentLength = -1;

    /** Adds bytes; returns the status once the answer is complete (0: not an HTTP status line), else -1. */
    int feed(Buffer bytes) {
        received.appendBuffer(bytes);
        if (bodyStart < 0) {
            String text = received.toString(StandardCharsets.ISO_8859_1);
            int end = text.indexOf("\r\n\r\n");
            if (end < 0) {
                return -1;
            }
            bodyStart = end + 4;
            String[] lines = text.substring(0, end).split("\r\n");
            String[] statusLine = lines[0].split(" ", 3);
            try {
                status = statusLine.length > 1 ? Integer.parseInt(statusLine[1]) : 0;
            } catch (NumberFormatException e) {
                status = 0;
            }
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                if (colon > 0 && lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT).equals("content-length")) {
                    try {
                        contentLength = Integer.parseInt(lines[i].substring(colon + 1).trim());
                    } catch (NumberFormatException e) {
                        contentLength = -1;
                    }
                }
            }
        }
        boolean complete = contentLength < 0 || received.length() - bodyStart >= contentLength;
        return complete ? status : -1;
    }

    /** The status when the connection closed, if at least the head had arrived; else -1. */
    int statusIfClosed() {
        return bodyStart < 0 ? -1 : status;
    }
}
