package dev.llrtj.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

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

/** `serve --http --route`: routeKey and pathParameters as API Gateway's HTTP APIs fill them (issue 14 item 5). */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class HttpRoutesTest {
    @TempDir
    Path root;

    @Test
    void routesSelectAsApiGatewaySelects() {
        HttpRoutes routes = new HttpRoutes(List.of("/files/{proxy+}", "ANY /items/{id}", "GET /items/{id}",
                "GET /items/special", "POST /orders/{orderId}/lines/{line}"));
        assertEquals(new HttpRoutes.Match("GET /items/{id}", Map.of("id", "42")), routes.match("GET", "/items/42"));
        assertEquals(new HttpRoutes.Match("ANY /items/{id}", Map.of("id", "42")), routes.match("DELETE", "/items/42"),
                "ANY when no route names the method");
        assertEquals(new HttpRoutes.Match("GET /items/special", Map.of()), routes.match("GET", "/items/special"),
                "an exact path beats a variable, whatever the order");
        assertEquals(new HttpRoutes.Match("ANY /files/{proxy+}", Map.of("proxy", "a/b c.txt")),
                routes.match("GET", "/files/a/b%20c.txt"), "greedy: the rest of the path, decoded");
        assertEquals(new HttpRoutes.Match("POST /orders/{orderId}/lines/{line}", Map.of("orderId", "o1", "line", "2")),
                routes.match("POST", "/orders/o1/lines/2"));
        assertNull(routes.match("GET", "/orders/o1/lines/2"), "no route for GET there: 404");
        assertNull(routes.match("GET", "/files"), "a greedy variable takes at least one segment");
        assertNull(routes.match("GET", "/items/1/extra"));
        assertEquals(HttpRoutes.Match.DEFAULT, new HttpRoutes(List.of()).match("GET", "/anything"), "no routes");
        assertThrows(IllegalArgumentException.class, () -> new HttpRoutes(List.of("GET items")));
    }

    @Test
    void theEventCarriesTheRouteAndAnUnroutedPathIsNotFound() throws Exception {
        EmulatorArgs parsed = EmulatorArgs.parse(new String[] {root.toString(), "--http", "--route",
                "GET /items/{id}"}, 0, false);
        assertEquals(List.of("GET /items/{id}"), parsed.serve().routes());
        assertThrows(IllegalArgumentException.class,
                () -> EmulatorArgs.parse(new String[] {root.toString(), "--route", "/x"}, 0, false), "needs --http");

        var log = new EmulatorFixture.Log();
        HttpClient http = HttpClient.newHttpClient();
        try (Emulator emulator = Emulator.start(EmulatorFixture.standInConfig(root, 30, Map.of()), parsed.serve(),
                log.stream)) {
            String base = "http://127.0.0.1:" + emulator.port();
            HttpResponse<String> item = http.send(HttpRequest.newBuilder(URI.create(base + "/items/a%2Fb")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, item.statusCode(), item.body());
            JsonObject event = new JsonObject(item.body()); // the stand-in answers an HTTP event with the event
            assertEquals("GET /items/{id}", event.getString("routeKey"));
            assertEquals("GET /items/{id}", event.getJsonObject("requestContext").getString("routeKey"));
            assertEquals(new JsonObject().put("id", "a/b"), event.getJsonObject("pathParameters"));

            HttpResponse<String> other = http.send(HttpRequest.newBuilder(URI.create(base + "/nothing")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(404, other.statusCode());
            assertEquals("{\"message\":\"Not Found\"}", other.body());
            assertFalse(log.lines().stream().anyMatch(l -> l.contains("/nothing")), "the function never saw it");
        }
    }
}
