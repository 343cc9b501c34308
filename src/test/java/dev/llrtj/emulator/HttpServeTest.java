package dev.llrtj.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * `serve --http` with a real HTTP client: requests become payload 2.0 events (the stand-in echoes the event back,
 * so the event is checked as the function saw it) and the function's answer becomes the HTTP response.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class HttpServeTest {
    @TempDir
    Path root;

    private final EmulatorFixture.Log log = new EmulatorFixture.Log();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private Emulator emulator;

    @BeforeEach
    void start() throws Exception {
        emulator = Emulator.start(EmulatorFixture.standInConfig(root, 30, Map.of()), new ServeOptions(1, true),
                log.stream);
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    private HttpResponse<byte[]> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.timeout(Duration.ofSeconds(90)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private URI uri(String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + emulator.port() + pathAndQuery);
    }

    @Test
    void aRequestBecomesAPayload20Event() throws Exception {
        HttpResponse<byte[]> response = send(HttpRequest.newBuilder(uri("/items/42?x=1&x=2&q=a+b%21"))
                .header("Cookie", "a=1; b=2").header("X-Custom", "v").GET());
        assertEquals(200, response.statusCode());
        assertEquals("application/json", response.headers().firstValue("content-type").orElse(""));
        assertTrue(response.headers().firstValue("apigw-requestid").isPresent());
        JsonObject event = new JsonObject(new String(response.body()));
        assertEquals("2.0", event.getString("version"));
        assertEquals("$default", event.getString("routeKey"));
        assertEquals("/items/42", event.getString("rawPath"));
        assertEquals("x=1&x=2&q=a+b%21", event.getString("rawQueryString"));
        assertEquals(new JsonObject().put("x", "1,2").put("q", "a b!"), event.getJsonObject("queryStringParameters"));
        assertEquals(new JsonArray(List.of("a=1", "b=2")), event.getJsonArray("cookies"));
        JsonObject headers = event.getJsonObject("headers");
        assertEquals("v", headers.getString("x-custom"), "names in lower case");
        assertFalse(headers.containsKey("cookie"), "cookies move out of the headers");
        JsonObject context = event.getJsonObject("requestContext");
        assertEquals("GET", context.getJsonObject("http").getString("method"));
        assertEquals("/items/42", context.getJsonObject("http").getString("path"));
        assertEquals("127.0.0.1", context.getJsonObject("http").getString("sourceIp"));
        assertEquals(response.headers().firstValue("apigw-requestid").get(), context.getString("requestId"));
        assertFalse(event.getBoolean("isBase64Encoded"));
        assertFalse(event.containsKey("body"), "no body, no body field");
    }

    @Test
    void textBodiesArriveAsTextAndOthersAsBase64() throws Exception {
        JsonObject text = new JsonObject(new String(send(HttpRequest.newBuilder(uri("/t"))
                .header("Content-Type", "text/plain; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString("héllo"))).body()));
        assertEquals("héllo", text.getString("body"));
        assertFalse(text.getBoolean("isBase64Encoded"));
        assertEquals("POST", text.getJsonObject("requestContext").getJsonObject("http").getString("method"));

        JsonObject binary = new JsonObject(new String(send(HttpRequest.newBuilder(uri("/b"))
                .header("Content-Type", "application/octet-stream")
                .PUT(HttpRequest.BodyPublishers.ofByteArray(new byte[] {0, 1, 2}))).body()));
        assertEquals("AAEC", binary.getString("body"));
        assertTrue(binary.getBoolean("isBase64Encoded"));
    }

    @Test
    void aResponseObjectBecomesTheHttpResponse() throws Exception {
        JsonObject reply = new JsonObject().put("statusCode", 201)
                .put("headers", new JsonObject().put("x-a", "b").put("content-type", "text/plain"))
                .put("cookies", new JsonArray(List.of("c=1; Path=/", "d=2")))
                .put("body", "aGk=").put("isBase64Encoded", true);
        HttpResponse<byte[]> response = send(HttpRequest.newBuilder(uri("/"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(new JsonObject().put("reply", reply).encode())));
        assertEquals(201, response.statusCode());
        assertEquals("b", response.headers().firstValue("x-a").orElse(""));
        assertEquals("text/plain", response.headers().firstValue("content-type").orElse(""));
        assertEquals(List.of("c=1; Path=/", "d=2"), response.headers().allValues("set-cookie"));
        assertEquals("hi", new String(response.body()));
    }

    @Test
    void otherValuesAre200JsonErrorsAre500AndInvalidResponses502() throws Exception {
        HttpResponse<byte[]> plain = send(HttpRequest.newBuilder(uri("/"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"reply\":[1,\"two\"]}")));
        assertEquals(200, plain.statusCode());
        assertEquals("application/json", plain.headers().firstValue("content-type").orElse(""));
        assertEquals("[1,\"two\"]", new String(plain.body()));

        HttpResponse<byte[]> failed = send(HttpRequest.newBuilder(uri("/"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"action\":\"error\"}")));
        assertEquals(500, failed.statusCode());
        assertEquals("{\"message\":\"Internal Server Error\"}", new String(failed.body()));

        HttpResponse<byte[]> badStatus = send(HttpRequest.newBuilder(uri("/"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"reply\":{\"statusCode\":\"abc\"}}")));
        assertEquals(502, badStatus.statusCode(), "a response API Gateway cannot use is its 502");
    }
}
