package dev.llrtj.lambda;

import dev.llrtj.testsupport.LlrtProcesses;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.llrtj.lambda.thirdparty.ThirdPartyRuntimeApi;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The must-show: a handler written with classes (getter, static method, extends Error), async/await, object rest,
 * spread calls, for-const-of, a generator, optional chaining and top-level await, bundled with `llrt bundle`,
 * served by the real runtime that @vercel/fun (a Runtime API server we did not write) starts as a `provided`
 * function's bootstrap, 20 invocations in a row, each answer checked against its own event.
 */
class ModernHandlerUnderThirdPartyApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int N = 20;

    @TempDir
    Path work;

    @Test
    @Timeout(value = 300, unit = TimeUnit.SECONDS)
    void bundledModernHandlerAnswersTwentyInvocationsUnderFun() throws Exception {
        Path bundle = work.resolve("dist");
        RuntimeProcess.bundle(RuntimeProcess.resource("mustshow/index.mjs"), bundle);
        String bundled = Files.readString(bundle.resolve("index.mjs"));
        assertFalse(bundled.contains("class ValidationError"), "the bundle is lowered: no class syntax left");
        assertFalse(bundled.contains("await "), "the bundle is lowered: no await left");

        // fun runs <its task dir>/bootstrap with _HANDLER and LAMBDA_TASK_ROOT set and the task dir as cwd; the
        // bootstrap first puts the bundle there, as unpacking a deployment zip would, then runs the bare runtime.
        String runtime = LlrtProcesses.shellCommand(RuntimeProcess.command());
        List<String> bootstrap = List.of("/bin/sh", "-c",
                "cp '" + bundle + "'/index.mjs . && exec " + runtime);

        List<String> events = new ArrayList<>();
        for (int i = 1; i <= N; i++) {
            events.add(JSON.writeValueAsString(Map.of("n", i, "label", "item-" + i, "extra" + i, true, "shared", i * 10)));
        }
        try (ThirdPartyRuntimeApi api = ThirdPartyRuntimeApi.spawnRuntime(bootstrap, Map.of(), "index.handler")) {
            List<ThirdPartyRuntimeApi.Invocation> results = api.invokeAll(events, Duration.ofSeconds(180));
            Set<String> requestIds = new HashSet<>();
            for (int i = 1; i <= N; i++) {
                ThirdPartyRuntimeApi.Invocation r = results.get(i - 1);
                String context = "invocation " + i + ": " + r + "\nruntime log:\n" + api.runtimeLog();
                assertNull(r.functionError(), context);
                JsonNode body = JSON.readTree(r.payload());
                assertEquals(i, body.path("n").asInt(), context);
                assertEquals("hi item-" + i, body.path("label").asText(), context);
                assertEquals(List.of("extra" + i, "shared"), strings(body.path("restKeys")), context);
                assertEquals(i * (i + 1) * (2 * i + 1) / 6, body.path("sumOfSquares").asInt(), context);
                assertEquals(i * i, body.path("max").asInt(), context);
                assertEquals(3 * i, body.path("scaled").asInt(), context);
                assertEquals("none", body.path("missing").asText(), context);
                JsonNode caught = body.path("caught");
                assertTrue(caught.path("isValidationError").asBoolean(), context);
                assertTrue(caught.path("isError").asBoolean(), context);
                assertEquals("ValidationError", caught.path("name").asText(), context);
                assertEquals("bad label: item-" + i, caught.path("message").asText(), context);
                assertEquals("label", caught.path("field").asText(), context);
                requestIds.add(body.path("requestId").asText());
            }
            assertEquals(N, requestIds.size(), "context.awsRequestId differs per invocation: " + requestIds);
            assertFalse(requestIds.contains(""), "context.awsRequestId is set");

            // a custom Error subclass thrown out of the async handler keeps its name as the error type
            List<ThirdPartyRuntimeApi.Invocation> after = api.invokeAll(
                    List.of("{\"n\":\"seven\",\"label\":\"x\"}", events.get(0)), Duration.ofSeconds(60));
            ThirdPartyRuntimeApi.Invocation failure = after.get(0);
            assertEquals("Handled", failure.functionError(), failure + "\n" + api.runtimeLog());
            JsonNode error = JSON.readTree(failure.payload());
            assertEquals("ValidationError", error.path("errorType").asText(), failure.payload());
            assertEquals("bad n: seven", error.path("errorMessage").asText(), failure.payload());
            assertNull(after.get(1).functionError(), "the runtime goes on: " + after.get(1));
            assertEquals(1, JSON.readTree(after.get(1).payload()).path("n").asInt());
        }
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
