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
 * body; a function error or a malformed response is a 500 {"message":"Internal Server Error"}.
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
            return internalError();
        }
        if (node == null || node.isMissingNode()) {
            return json(200, "null".getBytes(StandardCharsets.UTF_8));
        }
        if (!node.isObject() || !node.has("statusCode")) {
            return json(200, result.payload());
        }
        JsonNode code = node.get("statusCode");
        int status = code.canConvertToInt() ? code.asInt() : code.isTextual() ? parse(code.asText()) : -1;
        if (status < 100 || status > 599) {
            return internalError();
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
                    return internalError();
                }
            } else {
                body = text.getBytes(StandardCharsets.UTF_8);
            }
        }
        return new HttpApiResponse(status, headers, body);
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
