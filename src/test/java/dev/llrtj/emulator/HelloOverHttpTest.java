package dev.llrtj.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.llrtj.testsupport.LlrtProcesses;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * `llrt serve examples/hello --http` with the real runtime (lowering the example on the fly, as the command does
 * for a developer) and a real HTTP client: the handler's statusCode and body come back as the HTTP response.
 */
@Timeout(value = 240, unit = TimeUnit.SECONDS)
class HelloOverHttpTest {
    private static String runtimeCommand() {
        return "exec " + LlrtProcesses.shellCommand(LlrtProcesses.command());
    }

    @Test
    void helloAnswersAnHttpRequestWithItsStatusAndBody() throws Exception {
        Path hello = Path.of(System.getProperty("llrt.home", ".")).resolve("examples/hello");
        EmulatorArgs args = EmulatorArgs.parse(new String[] {hello.toString(), "--http", "--port", "0",
                "--timeout", "60", "--init-timeout", "120", "--runtime-command", runtimeCommand()}, 9000, false);
        EmulatorFixture.Log log = new EmulatorFixture.Log();
        try (Emulator emulator = Emulator.start(args.config(), args.serve(), log.stream)) {
            HttpClient http = HttpClient.newHttpClient();
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + emulator.port() + "/greet?lang=en"))
                    .timeout(Duration.ofSeconds(180)).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, response.statusCode(), response.body());
            JsonObject body = new JsonObject(response.body());
            assertEquals("Hello, world!", body.getString("message"));
            // the handler saw an HTTP API event: its keys are the ones it lists as "extra"
            List<Object> keys = body.getJsonArray("extraKeys").getList();
            assertTrue(keys.containsAll(List.of("version", "rawPath", "requestContext", "queryStringParameters")),
                    keys.toString());
            assertTrue(body.getBoolean("remainingMs"));
        }
    }
}
