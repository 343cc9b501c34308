package dev.llrtj.emulator;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An HTTP request as the event API Gateway's REST APIs (Lambda proxy integration) and HTTP APIs with payload format
 * 1.0 hand a function ({@code serve --http --payload-format 1.0}): headers as sent, the last value in
 * {@code headers} and every value in {@code multiValueHeaders}, cookies left in the headers, query parameters
 * likewise single- and multi-valued, {@code null} where a part is absent, and the resource the request took: a
 * {@code --route}'s path, or without routes the greedy {@code /{proxy+}} most REST APIs put in front of a function
 * (its {@code proxy} path parameter is the path without its leading slash).
 */
final class RestApiEvent {
    private static final ObjectMapper JSON = new ObjectMapper();
    static final String PROXY_RESOURCE = "/{proxy+}";

    private RestApiEvent() {}

    static byte[] toJson(HttpApiEvent.Request request, HttpRoutes.Match route) {
        String uri = request.uri();
        int q = uri.indexOf('?');
        String rawPath = q < 0 ? uri : uri.substring(0, q);
        String rawQuery = q < 0 ? "" : uri.substring(q + 1);
        String path = HttpApiEvent.decode(rawPath, false);

        String resource;
        Map<String, String> pathParameters;
        if (route == HttpRoutes.Match.DEFAULT) {
            resource = PROXY_RESOURCE;
            pathParameters = path.length() > 1 ? Map.of("proxy", path.substring(1)) : Map.of();
        } else {
            String key = route.routeKey();
            resource = key.substring(key.indexOf(' ') + 1); // "GET /items/{id}" -> "/items/{id}"
            pathParameters = route.pathParameters();
        }

        ObjectNode event = JSON.createObjectNode();
        event.put("version", "1.0");
        event.put("resource", resource);
        event.put("path", path);
        event.put("httpMethod", request.method());
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (Map.Entry<String, String> h : request.headers()) {
            headers.computeIfAbsent(h.getKey(), k -> new ArrayList<>()).add(h.getValue());
        }
        putSingleAndMulti(event, "headers", "multiValueHeaders", headers);
        putSingleAndMulti(event, "queryStringParameters", "multiValueQueryStringParameters", HttpApiEvent.queryValues(rawQuery));
        if (pathParameters.isEmpty()) {
            event.putNull("pathParameters");
        } else {
            ObjectNode parameters = event.putObject("pathParameters");
            pathParameters.forEach(parameters::put);
        }
        event.putNull("stageVariables");

        ObjectNode context = event.putObject("requestContext");
        String host = first(headers, "host", "127.0.0.1");
        context.put("accountId", HttpApiEvent.ACCOUNT);
        context.put("apiId", HttpApiEvent.API_ID);
        context.put("domainName", host);
        context.put("domainPrefix", host.contains(".") ? host.substring(0, host.indexOf('.')) : host);
        context.put("extendedRequestId", request.requestId());
        context.put("httpMethod", request.method());
        ObjectNode identity = context.putObject("identity");
        identity.put("sourceIp", request.sourceIp());
        identity.put("userAgent", first(headers, "user-agent", ""));
        context.put("path", path);
        context.put("protocol", request.protocol());
        context.put("requestId", request.requestId());
        context.put("requestTime", HttpApiEvent.TIME.format(Instant.ofEpochMilli(request.epochMillis())));
        context.put("requestTimeEpoch", request.epochMillis());
        context.put("resourceId", "llrtlocal");
        context.put("resourcePath", resource);
        context.put("stage", "local");

        byte[] body = request.body();
        boolean base64 = false;
        if (body != null && body.length > 0) {
            base64 = !HttpApiEvent.isText(first(headers, "content-type", null));
            event.put("body", base64 ? Base64.getEncoder().encodeToString(body)
                    : new String(body, StandardCharsets.UTF_8));
        } else {
            event.putNull("body");
        }
        event.put("isBase64Encoded", base64);
        try {
            return JSON.writeValueAsBytes(event);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code single}: the last value of each name; {@code multi}: all of them; both null when there are none. */
    private static void putSingleAndMulti(ObjectNode event, String single, String multi, Map<String, List<String>> values) {
        if (values.isEmpty()) {
            event.putNull(single);
            event.putNull(multi);
            return;
        }
        ObjectNode one = event.putObject(single);
        ObjectNode all = event.putObject(multi);
        values.forEach((name, list) -> {
            one.put(name, list.get(list.size() - 1));
            list.forEach(all.putArray(name)::add);
        });
    }

    /** A header's first value, its name matched as HTTP matches names (in any case). */
    private static String first(Map<String, List<String>> headers, String name, String absent) {
        for (Map.Entry<String, List<String>> h : headers.entrySet()) {
            if (h.getKey().equalsIgnoreCase(name)) {
                return h.getValue().get(0);
            }
        }
        return absent;
    }
}
