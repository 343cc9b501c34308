package dev.llrtj.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * `serve --http --payload-format 1.0`: the event a REST API's Lambda proxy integration hands a function, and the
 * response rules it applies (issue 14 item 5). Field names and shapes as AWS documents the format (the proxy
 * integration's input and output formats); the stand-in runtime echoes the event as its response's body.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class RestApiPayloadTest {
    @TempDir
    Path root;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void theOptionIsForAnHttpApiAndNamesAKnownFormat() {
        assertEquals("1.0", EmulatorArgs.parse(new String[] {root.toString(), "--http", "--payload-format", "1.0"}, 0,
                false).serve().payloadFormat());
        assertEquals("2.0", EmulatorArgs.parse(new String[] {root.toString(), "--http"}, 0, false).serve().payloadFormat());
        assertThrows(IllegalArgumentException.class,
                () -> EmulatorArgs.parse(new String[] {root.toString(), "--payload-format", "1.0"}, 0, false));
        assertThrows(IllegalArgumentException.class,
                () -> EmulatorArgs.parse(new String[] {root.toString(), "--http", "--payload-format", "3.0"}, 0, false));
    }

    @Test
    void aRequestBecomesARestApiProxyEvent() throws Exception {
        try (Emulator emulator = start(List.of())) {
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + emulator.port() + "/items/42?a=1&a=2&b=x%20y"))
                    .header("X-Multi", "one").header("X-Multi", "two").header("Cookie", "c=1").build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, answer.statusCode(), answer.body());
            JsonObject event = new JsonObject(answer.body());
            assertEquals("1.0", event.getString("version"));
            assertEquals("/{proxy+}", event.getString("resource"));
            assertEquals("/items/42", event.getString("path"));
            assertEquals("GET", event.getString("httpMethod"));
            assertEquals(new JsonObject().put("proxy", "items/42"), event.getJsonObject("pathParameters"));
            assertEquals(new JsonObject().put("a", "2").put("b", "x y"), event.getJsonObject("queryStringParameters"));
            assertEquals(new JsonObject().put("a", new JsonArray().add("1").add("2")).put("b", new JsonArray().add("x y")),
                    event.getJsonObject("multiValueQueryStringParameters"));
            assertEquals("two", ignoringCase(event.getJsonObject("headers"), "x-multi"));
            assertEquals(new JsonArray().add("one").add("two"), ignoringCase(event.getJsonObject("multiValueHeaders"), "x-multi"));
            assertEquals("c=1", ignoringCase(event.getJsonObject("headers"), "cookie"), "1.0 leaves cookies in the headers");
            assertTrue(event.containsKey("stageVariables") && event.getValue("stageVariables") == null);
            assertTrue(event.containsKey("body") && event.getValue("body") == null, "no body: null");
            assertEquals(false, event.getBoolean("isBase64Encoded"));
            JsonObject context = event.getJsonObject("requestContext");
            assertEquals("GET", context.getString("httpMethod"));
            assertEquals("/{proxy+}", context.getString("resourcePath"));
            assertEquals("/items/42", context.getString("path"));
            assertEquals("127.0.0.1", context.getJsonObject("identity").getString("sourceIp"));
            assertTrue(context.getLong("requestTimeEpoch") > 0);
        }
    }

    @Test
    void aRouteNamesTheResourceAndItsParameters() throws Exception {
        try (Emulator emulator = start(List.of("GET /items/{id}"))) {
            JsonObject event = new JsonObject(get(emulator, "/items/42").body());
            assertEquals("/items/{id}", event.getString("resource"));
            assertEquals(new JsonObject().put("id", "42"), event.getJsonObject("pathParameters"));
            assertEquals(404, get(emulator, "/other").statusCode());
        }
    }

    @Test
    void onlyAProxyResponseIsAResponse() throws Exception {
        try (Emulator emulator = start(List.of())) {
            HttpResponse<String> made = post(emulator, new JsonObject().put("reply", new JsonObject().put("statusCode", 201)
                    .put("headers", new JsonObject().put("X-A", "1"))
                    .put("multiValueHeaders", new JsonObject().put("Set-Cookie", new JsonArray().add("a=1").add("b=2")))
                    .put("body", "made")));
            assertEquals(201, made.statusCode());
            assertEquals("made", made.body());
            assertEquals(List.of("1"), made.headers().allValues("x-a"));
            assertEquals(List.of("a=1", "b=2"), made.headers().allValues("set-cookie"));

            // what payload 2.0 would have answered 200 with: a REST API's 502
            for (JsonObject reply : List.of(new JsonObject().put("hello", "world"),
                    new JsonObject().put("statusCode", 200).put("body", new JsonObject().put("not", "a string")))) {
                HttpResponse<String> malformed = post(emulator, new JsonObject().put("reply", reply));
                assertEquals(502, malformed.statusCode(), reply.encode());
                assertEquals("{\"message\":\"Internal server error\"}", malformed.body());
            }
            HttpResponse<String> failed = post(emulator, new JsonObject().put("action", "error"));
            assertEquals(502, failed.statusCode(), "a function error is a 502 on a REST API");
            assertEquals("{\"message\":\"Internal server error\"}", failed.body());
        }
    }

    private Emulator start(List<String> routes) throws Exception {
        return Emulator.start(EmulatorFixture.standInConfig(root, 30, Map.of()),
                new ServeOptions(1, true, ServeOptions.LOOPBACK, routes, "1.0"), new EmulatorFixture.Log().stream);
    }

    private HttpResponse<String> get(Emulator emulator, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + emulator.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(Emulator emulator, JsonObject body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + emulator.port() + "/"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body.encode())).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static Object ignoringCase(JsonObject object, String name) {
        return object.fieldNames().stream().filter(n -> n.equalsIgnoreCase(name)).findFirst().map(object::getValue).orElse(null);
    }
}
