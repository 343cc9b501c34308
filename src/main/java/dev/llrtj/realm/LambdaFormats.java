package dev.llrtj.realm;

import dev.llrtj.engine.JsStrings;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Lambda's log line (Text and JSON) and its invocation error body, written once. Three users need them: the console
 * room's JS (through ConsoleBinding), the Lambda loop's JS (realm/lambda.js, through the loader binding) and
 * LambdaRuntime's own reports made where no JS can run (out of memory, a realm that never started, a response too
 * large). They live here, in the layer all three reach, so the formats cannot drift apart.
 */
public final class LambdaFormats {
    private static final DateTimeFormatter ISO_MILLIS =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private LambdaFormats() {}

    /** Node's Date#toISOString form: always three fraction digits. */
    public static String timestamp() {
        return ISO_MILLIS.format(Instant.now());
    }

    /**
     * The Text format: "timestamp TAB requestId TAB LEVEL TAB text", the text's newlines as carriage returns so that
     * CloudWatch keeps one record. A null requestId (outside any invocation) reads "undefined", as Node's runtime.
     */
    public static String textLine(String requestId, String level, String text) {
        return timestamp() + "\t" + (requestId == null ? "undefined" : requestId) + "\t" + level + "\t"
                + text.replace('\n', '\r') + "\n";
    }

    /**
     * The JSON format: {"timestamp","level","requestId", then {@code members}} on one line; {@code members} is the
     * rest of the record as JSON members without braces (may be empty). A null requestId is left out, as
     * JSON.stringify leaves out an undefined one.
     */
    public static String jsonLine(String requestId, String level, String members) {
        StringBuilder line = new StringBuilder("{\"timestamp\":\"").append(timestamp()).append("\",\"level\":")
                .append(JsStrings.quote(level));
        if (requestId != null) {
            line.append(",\"requestId\":").append(JsStrings.quote(requestId));
        }
        if (!members.isEmpty()) {
            line.append(',').append(members);
        }
        return line.append("}\n").toString();
    }

    /**
     * The body Lambda receives for a failed init or invocation: errorType, errorMessage and, when known, the "Name:
     * message" headed trace and the bare stack frames (null: left out, as for the runtime's own errors).
     */
    public static String errorJson(String type, String message, List<String> trace, List<String> stackTrace) {
        StringBuilder body = new StringBuilder("{\"errorType\":").append(JsStrings.quote(type))
                .append(",\"errorMessage\":").append(JsStrings.quote(message));
        if (trace != null) {
            body.append(",\"trace\":");
            array(body, trace);
        }
        if (stackTrace != null) {
            body.append(",\"stackTrace\":");
            array(body, stackTrace);
        }
        return body.append('}').toString();
    }

    private static void array(StringBuilder out, List<String> items) {
        out.append('[');
        for (int i = 0; i < items.size(); i++) {
            out.append(i == 0 ? "" : ",").append(JsStrings.quote(items.get(i)));
        }
        out.append(']');
    }
}
