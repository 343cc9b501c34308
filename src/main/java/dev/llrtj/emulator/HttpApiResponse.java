package dev.llrtj.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * A function's answer turned into an HTTP response the way API Gateway (payload 2.0) does it: an object with a
 * {@code statusCode} is a response ({@code headers}, {@code cookies} as Set-Cookie, {@code body},
 * {@code isBase64Encoded}); any other JSON value is a 200 {@code application/json} response with that JSON as the
 * body; a function error is a 500 {"message":"Internal Server Error"}, and a response that cannot be written as HTTP
 * (a bad status, base64 or header, a content-length that is not the body's) is API Gateway's 502 for an invalid
 * response, so that nothing a handler answers can leave a client without a response or desynchronise a keep-alive
 * connection. Framing headers (transfer-encoding, connection) belong to the gateway and are dropped.
 */
public record HttpApiResponse(int status, List<Map.Entry<String, String>> headers, byte[] body) {
    private static final ObjectMapper JSON = new ObjectMapper();

    public static HttpApiResponse from(InvokeResult result) {
        if (result.failed()) {
            return internalError();
        }
        JsonNode node;
        try {
            node = JSON.readTree(result.payload());
        } catch (IOException e) {
            return badGateway();
        }
        if (node == null || node.isMissingNode()) {
            return json(200, "null".getBytes(StandardCharsets.UTF_8));
        }
        if (!node.isObject() || !node.has("statusCode")) {
            return json(200, result.payload());
        }
        return response(node, badGateway());
    }

    /**
     * Payload format 1.0 (REST APIs, {@code --payload-format 1.0}): only an object with a {@code statusCode} and a
     * string (or absent) {@code body} is a response, without 2.0's inference; anything else, and a function error,
     * is the REST API's 502 {"message": "Internal server error"}. A {@code cookies} field (2.0's) is ignored: Set-Cookie
     * goes in the headers.
     */
    public static HttpApiResponse fromPayload10(InvokeResult result) {
        if (result.failed()) {
            return malformedProxyResponse();
        }
        JsonNode node;
        try {
            node = JSON.readTree(result.payload());
        } catch (IOException e) {
            return malformedProxyResponse();
        }
        if (node == null || !node.isObject() || !node.has("statusCode")
                || (node.has("body") && !node.get("body").isTextual() && !node.get("body").isNull())) {
            return malformedProxyResponse();
        }
        ((com.fasterxml.jackson.databind.node.ObjectNode) node).remove("cookies"); // 2.0's field: 1.0 has none
        return response(node, malformedProxyResponse());
    }

    /** The REST API's answer to a function error or a response it cannot use. */
    static HttpApiResponse malformedProxyResponse() {
        return json(502, "{\"message\":\"Internal server error\"}".getBytes(StandardCharsets.UTF_8));
    }

    /** {@code invalid}: the answer when the response cannot be sent as HTTP. */
    private static HttpApiResponse response(JsonNode node, HttpApiResponse invalid) {
        JsonNode code = node.get("statusCode");
        int status = code.isIntegralNumber() && code.canConvertToInt() ? code.asInt()
                : code.isTextual() ? parse(code.asText()) : -1;
        // 1xx are interim responses: sent as the answer they would leave the client waiting for the real one
        if (status < 200 || status > 599) {
            return invalid;
        }
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        node.path("headers").properties().forEach(h -> headers.add(Map.entry(h.getKey(), text(h.getValue()))));
        node.path("multiValueHeaders").properties().forEach(h -> h.getValue().forEach(
                v -> headers.add(Map.entry(h.getKey(), text(v)))));
        node.path("cookies").forEach(c -> headers.add(Map.entry("Set-Cookie", text(c))));
        JsonNode bodyNode = node.get("body");
        byte[] body;
        if (bodyNode == null || bodyNode.isNull()) {
            body = new byte[0];
        } else {
            String text = text(bodyNode);
            if (node.path("isBase64Encoded").asBoolean(false)) {
                try {
                    body = Base64.getDecoder().decode(text);
                } catch (IllegalArgumentException e) {
                    return invalid;
                }
            } else {
                body = text.getBytes(StandardCharsets.UTF_8);
            }
        }
        return framed(status, headers, body, invalid);
    }

    private static final java.util.Set<String> GATEWAY_HEADERS = java.util.Set.of("transfer-encoding", "connection",
            "keep-alive", "upgrade", "te", "trailer");

    /** The headers as they can go on the wire, or {@code invalid} (a 502) when one cannot. */
    private static HttpApiResponse framed(int status, List<Map.Entry<String, String>> headers, byte[] body,
                                          HttpApiResponse invalid) {
        List<Map.Entry<String, String>> kept = new ArrayList<>();
        for (Map.Entry<String, String> h : headers) {
            String name = h.getKey().toLowerCase(java.util.Locale.ROOT);
            if (!isToken(name) || !isFieldValue(h.getValue())) {
                return invalid;
            }
            if (name.equals("content-length")) {
                if (!h.getValue().trim().equals(Integer.toString(body.length))) {
                    return invalid;
                }
            } else if (!GATEWAY_HEADERS.contains(name)) {
                kept.add(h);
            }
        }
        return new HttpApiResponse(status, kept, body);
    }

    /** RFC 9110 token: what a header name may be. */
    private static boolean isToken(String name) {
        if (name.isEmpty()) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c <= 0x20 || c >= 0x7f || "\"(),/:;<=>?@[\\]{}".indexOf(c) >= 0) {
                return false;
            }
        }
        return true;
    }

    /** No CR, LF, NUL or other control character but tab: a value that cannot end the header early. */
    private static boolean isFieldValue(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if ((c < 0x20 && c != '\t') || c == 0x7f) {
                return false;
            }
        }
        return true;
    }

    /** API Gateway's answer to a response it cannot use. */
    static HttpApiResponse badGateway() {
        return json(502, "{\"message\":\"Internal Server Error\"}".getBytes(StandardCharsets.UTF_8));
    }

    static HttpApiResponse internalError() {
        return json(500, "{\"message\":\"Internal Server Error\"}".getBytes(StandardCharsets.UTF_8));
    }

    private static HttpApiResponse json(int status, byte[] body) {
        return new HttpApiResponse(status, List.of(Map.entry("Content-Type", "application/json")), body);
    }

    /** Strings as they are; numbers and booleans (which API Gateway also accepts) in their JSON spelling. */
    private static String text(JsonNode node) {
        return node.isTextual() ? node.asText() : node.toString();
    }

    private static int parse(String s) {
        try {
            return Integer.parseInt(s.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
