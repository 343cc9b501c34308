package dev.llrtj.lambda.thirdparty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Proves the harness with a bash + curl stand-in runtime; the real llrt runtime gets the same treatment in its
 * own tests through {@link ThirdPartyRuntimeApi#runtimeCommand} or {@link ThirdPartyRuntimeApi#spawnRuntime}.
 */
class ThirdPartyRuntimeApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int N = 20;
    private static final Duration ALL_RESULTS = Duration.ofSeconds(60);

    private static List<String> standIn() throws Exception {
        return List.of("bash", FunDriverInstall.resourceDir().resolve("stand-in-runtime.sh").toString());
    }

    private static List<String> numberedEvents() {
        return IntStream.rangeClosed(1, N).mapToObj(i -> "{\"n\":" + i + ",\"text\":\"event " + i + "\"}").toList();
    }

    /** Asserts result i answers event i, and that every invocation had its own request id. */
    private static void assertAnsweredInOrder(List<ThirdPartyRuntimeApi.Invocation> results) throws Exception {
        assertEquals(N, results.size());
        Set<String> requestIds = new HashSet<>();
        for (int i = 0; i < N; i++) {
            ThirdPartyRuntimeApi.Invocation r = results.get(i);
            assertNull(r.functionError(), () -> "unexpected error: " + r);
            JsonNode body = JSON.readTree(r.payload());
            assertEquals(i + 1, body.path("got").path("n").asInt(), r.payload());
            assertEquals("event " + (i + 1), body.path("got").path("text").asText());
            requestIds.add(body.path("requestId").asText());
        }
        assertEquals(N, requestIds.size(), "request ids must differ per invocation: " + requestIds);
        assertFalse(requestIds.contains(""), "next must carry Lambda-Runtime-Aws-Request-Id");
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void serverModeAnswersTwentyInvocationsInOrder() throws Exception {
        try (ThirdPartyRuntimeApi api = ThirdPartyRuntimeApi.startServer()) {
            assertTrue(api.runtimeApi().matches("127\\.0\\.0\\.1:\\d+"), api.runtimeApi());
            Process runtime = api.runtimeCommand(standIn(), Map.of("STANDIN_EXTRA", "from-test"));
            List<ThirdPartyRuntimeApi.Invocation> results = api.invokeAll(numberedEvents(), ALL_RESULTS);
            assertAnsweredInOrder(results);
            assertEquals("from-test", JSON.readTree(results.get(0).payload()).path("extra").asText());
            assertTrue(runtime.isAlive(), "a runtime keeps polling after answering");
            assertTrue(api.runtimeLog().contains("invocation "), api.runtimeLog());
        }
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void serverModeRelaysInvocationErrorsAndKeepsGoing() throws Exception {
        try (ThirdPartyRuntimeApi api = ThirdPartyRuntimeApi.startServer()) {
            api.runtimeCommand(standIn(), Map.of());
            List<ThirdPartyRuntimeApi.Invocation> results = api.invokeAll(
                    List.of("{\"n\":1}", "{\"n\":2,\"fail\":true}", "{\"n\":3}"), ALL_RESULTS);
            assertNull(results.get(0).functionError());
            assertEquals("Handled", results.get(1).functionError());
            JsonNode err = JSON.readTree(results.get(1).payload());
            assertEquals("TypeError", err.path("errorType").asText());
            assertEquals("asked to fail", err.path("errorMessage").asText());
            assertEquals(3, JSON.readTree(results.get(2).payload()).path("got").path("n").asInt());
        }
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void serverModeReportsInitErrorAndFailsPendingInvocationWhenRuntimeExits() throws Exception {
        try (ThirdPartyRuntimeApi api = ThirdPartyRuntimeApi.startServer()) {
            api.runtimeCommand(standIn(), Map.of("STANDIN_INIT_ERROR", "1"));
            var pending = api.invoke("{}");
            ThirdPartyRuntimeApi.Invocation init = api.initError().get(30, TimeUnit.SECONDS);
            assertEquals("Runtime.HandlerNotFound", JSON.readTree(init.payload()).path("errorType").asText());
            var failure = org.junit.jupiter.api.Assertions.assertThrows(
                    java.util.concurrent.ExecutionException.class, () -> pending.get(30, TimeUnit.SECONDS));
            assertTrue(failure.getCause().getMessage().contains("runtime exited with code 1"), failure.toString());
        }
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void spawnModeFunStartsTheRuntimeAndGetsTwentyAnswersInOrder() throws Exception {
        try (ThirdPartyRuntimeApi api = ThirdPartyRuntimeApi.spawnRuntime(
                standIn(), Map.of("STANDIN_EXTRA", "via-fun"), "index.handler")) {
            List<ThirdPartyRuntimeApi.Invocation> results = api.invokeAll(numberedEvents(), ALL_RESULTS);
            assertAnsweredInOrder(results);
            JsonNode first = JSON.readTree(results.get(0).payload());
            assertEquals("index.handler", first.path("handler").asText(), "fun passes the handler as _HANDLER");
            assertEquals("via-fun", first.path("extra").asText());
            // fun's own quirk, recorded so a runtime is tested against it: not an epoch time.
            assertEquals("5000", first.path("deadlineMs").asText());
        }
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void spawnModeReportsInitErrorAsUnhandled() throws Exception {
        try (ThirdPartyRuntimeApi api = ThirdPartyRuntimeApi.spawnRuntime(
                standIn(), Map.of("STANDIN_INIT_ERROR", "1"), "index.nope")) {
            ThirdPartyRuntimeApi.Invocation r = api.invoke("{}").get(30, TimeUnit.SECONDS);
            assertEquals("Unhandled", r.functionError());
            assertEquals("Runtime.HandlerNotFound", JSON.readTree(r.payload()).path("errorType").asText());
        }
    }
}
