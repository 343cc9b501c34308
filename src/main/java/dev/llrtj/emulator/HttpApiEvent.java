package dev.llrtj.emulator;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An HTTP request as the event API Gateway's HTTP APIs (payload format 2.0) and Lambda function URLs hand a
 * function: header names in lower case with repeated values joined by commas, cookies taken out of the headers
 * into {@code cookies}, query parameters decoded and joined likewise, and a body that is text for textual
 * content types and base64 otherwise ({@code isBase64Encoded}).
 */
public final class HttpApiEvent {
    static final String ACCOUNT = "000000000000";
    static final String API_ID = "llrtlocal";
    private static final ObjectMapper JSON = new ObjectMapper();
    /** API Gateway's request time, in both payload formats. */
    static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss Z", Locale.ROOT).withZone(ZoneOffset.UTC);

    /** What the event is made from, independent of the HTTP server that received it. */
    public record Request(String method, String uri, String protocol, List<Map.Entry<String, String>> headers,
                          String sourceIp, byte[] body, String requestId, long epochMillis) {}

    private HttpApiEvent() {}

    public static byte[] toJson(Request request) {
        return toJson(request, HttpRoutes.Match.DEFAULT);
    }

    /** @param route the route the request took (its routeKey and pathParameters), or {@link HttpRoutes.Match#DEFAULT} */
    static byte[] toJson(Request request, HttpRoutes.Match route) {
        String uri = request.uri();
        int q = uri.indexOf('?');
        String rawPath = q < 0 ? uri : uri.substring(0, q);
        String rawQuery = q < 0 ? "" : uri.substring(q + 1);

        Map<String, String> headers = new LinkedHashMap<>();
        ArrayNode cookies = JSON.createArrayNode();
        for (Map.Entry<String, String> h : request.headers()) {
            String name = h.getKey().toLowerCase(Locale.ROOT);
            if (name.equals("cookie")) {
                for (String cookie : h.getValue().split(";")) {
                    if (!cookie.isBlank()) {
                        cookies.add(cookie.trim());
                    }
                }
                continue;
            }
            headers.merge(name, h.getValue(), (a, b) -> a + "," + b);
        }

        ObjectNode event = JSON.createObjectNode();
        event.put("version", "2.0");
        event.put("routeKey", route.routeKey());
        event.put("rawPath", rawPath);
        event.put("rawQueryString", rawQuery);
        if (!cookies.isEmpty()) {
            event.set("cookies", cookies);
        }
        ObjectNode headerNode = event.putObject("headers");
        headers.forEach(headerNode::put);
        if (!route.pathParameters().isEmpty()) {
            ObjectNode parameters = event.putObject("pathParameters");
            route.pathParameters().forEach(parameters::put);
        }
        Map<String, String> query = queryParameters(rawQuery);
        if (!query.isEmpty()) {
            ObjectNode queryNode = event.putObject("queryStringParameters");
            query.forEach(queryNode::put);
        }

        ObjectNode context = event.putObject("requestContext");
        context.put("accountId", ACCOUNT);
        context.put("apiId", API_ID);
        String host = headers.getOrDefault("host", "127.0.0.1");
        context.put("domainName", host);
        context.put("domainPrefix", host.contains(".") ? host.substring(0, host.indexOf('.')) : host);
        ObjectNode http = context.putObject("http");
        http.put("method", request.method());
        http.put("path", decode(rawPath, false));
        http.put("protocol", request.protocol());
        http.put("sourceIp", request.sourceIp());
        http.put("userAgent", headers.getOrDefault("user-agent", ""));
        context.put("requestId", request.requestId());
        context.put("routeKey", route.routeKey());
        context.put("stage", "$default");
        context.put("time", TIME.format(Instant.ofEpochMilli(request.epochMillis())));
        context.put("timeEpoch", request.epochMillis());

        byte[] body = request.body();
        boolean base64 = false;
        if (body != null && body.length > 0) {
            base64 = !isText(headers.get("content-type"));
            event.put("body", base64 ? Base64.getEncoder().encodeToString(body)
                    : new String(body, StandardCharsets.UTF_8));
        }
        event.put("isBase64Encoded", base64);
        try {
            return JSON.writeValueAsBytes(event);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Textual types reach the function as text; anything else (or no type at all) as base64, as function URLs do. */
    static boolean isText(String contentType) {
        if (contentType == null) {
            return false;
        }
        String type = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        return type.startsWith("text/") || type.endsWith("/json") || type.endsWith("+json")
                || type.endsWith("/xml") || type.endsWith("+xml") || type.equals("application/javascript")
                || type.equals("application/yaml") || type.equals("application/x-www-form-urlencoded")
                || type.equals("application/graphql");
    }

    /** Payload 2.0's query parameters: a repeated name's values joined by commas. */
    static Map<String, String> queryParameters(String rawQuery) {
        Map<String, String> out = new LinkedHashMap<>();
        queryValues(rawQuery).forEach((name, values) -> out.put(name, String.join(",", values)));
        return out;
    }

    /** Every value of every query parameter, decoded, in the order sent (payload 1.0 keeps them apart). */
    static Map<String, List<String>> queryValues(String rawQuery) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq), true);
            out.computeIfAbsent(name, k -> new ArrayList<>()).add(eq < 0 ? "" : decode(pair.substring(eq + 1), true));
        }
        return out;
    }

    static String decode(String s, boolean plusIsSpace) {
        try {
            return URLDecoder.decode(plusIsSpace ? s : s.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s; // a malformed escape goes through as sent
        }
    }
}
