package dev.llrtj.lambda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The real runtime against a Runtime API whose every header the test chooses (see {@link ScriptedRuntimeApi}). */
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class RuntimeAgainstScriptedApiTest {
    private static final String PATH = "/2018-06-01/runtime/invocation/";
    private static final String ARN = "arn:aws:lambda:eu-west-1:123456789012:function:scripted";
    private static final String TRACE = "Root=1-5e1b4151-5ac6c58f5b5daa6c3d1e6b2f;Parent=53995c3f42cd8ad8;Sampled=1";

    /** The first post waits for a JVM start-up, which a busy machine can stretch a lot. */
    private static final long STARTUP_SECONDS = 180;

    @TempDir
    Path work;

    private Process start(ScriptedRuntimeApi api, String taskRoot, String handler) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(RuntimeProcess.command()).redirectErrorStream(true)
                .redirectOutput(work.resolve("runtime.log").toFile());
        pb.environment().put("AWS_LAMBDA_RUNTIME_API", api.address());
        pb.environment().put("_HANDLER", handler);
        pb.environment().put("LAMBDA_TASK_ROOT", RuntimeProcess.resource(taskRoot).toString());
        pb.environment().put("AWS_LAMBDA_FUNCTION_NAME", "scripted");
        pb.environment().put("_X_AMZN_TRACE_ID", "stale-from-the-environment");
        return pb.start();
    }

    private String runtimeLog() throws Exception {
        return Files.readString(work.resolve("runtime.log"));
    }

    /** {@code deadlineInMs}: the deadline is that long after the runtime takes the invocation. */
    private static Map<String, String> headers(String requestId, long deadlineInMs, String... more) {
        Map<String, String> h = new java.util.LinkedHashMap<>(Map.of(
                "Lambda-Runtime-Aws-Request-Id", requestId,
                "Lambda-Runtime-Deadline-Ms", "+" + deadlineInMs,
                "Lambda-Runtime-Invoked-Function-Arn", ARN));
        for (int i = 0; i < more.length; i += 2) {
            h.put(more[i], more[i + 1]);
        }
        return h;
    }

    @Test
    void eachInvocationSeesItsOwnHeadersAndAFailingNextEndsTheRuntime() throws Exception {
        try (ScriptedRuntimeApi api = new ScriptedRuntimeApi()) {
            Process runtime = start(api, "functions", "cases.handler");
            try {
                api.script(ScriptedRuntimeApi.Step.invocation(headers("req-1", 7_000,
                        "Lambda-Runtime-Trace-Id", TRACE,
                        "Lambda-Runtime-Invocation-Id", "inv-1",
                        "Lambda-Runtime-Client-Context", "{\"custom\":{\"k\":\"v\"}}",
                        "Lambda-Runtime-Cognito-Identity", "{\"identityId\":\"id-1\"}"), "{\"action\":\"context\"}"));
                ScriptedRuntimeApi.Posted first = api.awaitPost(STARTUP_SECONDS);
                assertEquals(PATH + "req-1/response", first.path(), first + "\n" + runtimeLog());
                assertEquals("inv-1", first.headers().get("lambda-runtime-invocation-id"), "the invocation id is echoed");
                JsonNode c = HttpInvoke.JSON.readTree(first.body());
                assertEquals("req-1", c.path("awsRequestId").asText());
                assertEquals(ARN, c.path("invokedFunctionArn").asText());
                assertEquals("scripted", c.path("functionName").asText());
                assertEquals(TRACE, c.path("traceId").asText(), "_X_AMZN_TRACE_ID comes from the trace header");
                long remaining = c.path("remaining").asLong();
                assertTrue(remaining > 2_000 && remaining <= 7_000, "deadline header drives the remaining time: " + remaining);
                assertEquals("v", c.path("clientContext").path("custom").path("k").asText(), first.body());
                assertEquals("id-1", c.path("identity").path("identityId").asText(), first.body());

                api.script(ScriptedRuntimeApi.Step.invocation(headers("req-2", 3_000),
                        "{\"action\":\"context\"}"));
                ScriptedRuntimeApi.Posted second = api.awaitPost(30);
                assertEquals(PATH + "req-2/response", second.path(), second.toString());
                JsonNode c2 = HttpInvoke.JSON.readTree(second.body());
                assertTrue(c2.path("traceId").isNull(), "no trace header: _X_AMZN_TRACE_ID is unset: " + second.body());
                assertTrue(c2.path("clientContext").isNull() && c2.path("identity").isNull(), second.body());
                assertFalse(second.headers().containsKey("lambda-runtime-invocation-id"), "nothing to echo");

                api.script(ScriptedRuntimeApi.Step.invocation(headers("req-3", 3_000),
                        "{\"action\":\"typeError\"}"));
                ScriptedRuntimeApi.Posted third = api.awaitPost(30);
                assertEquals(PATH + "req-3/error", third.path(), third.toString());
                assertEquals("TypeError", third.headers().get("lambda-runtime-function-error-type"));
                assertEquals("TypeError", HttpInvoke.JSON.readTree(third.body()).path("errorType").asText());

                api.script(ScriptedRuntimeApi.Step.fail(500)); // Lambda's "the container is broken": exit
                assertTrue(runtime.waitFor(20, TimeUnit.SECONDS), "exits after a 500 from next: " + runtimeLog());
                assertEquals(1, runtime.exitValue(), runtimeLog());
                assertTrue(runtimeLog().contains("next failed with 500"), runtimeLog());
            } finally {
                runtime.destroyForcibly();
            }
        }
    }

    @Test
    void initFailureIsPostedToInitErrorAndTheRuntimeExitsOne() throws Exception {
        try (ScriptedRuntimeApi api = new ScriptedRuntimeApi()) {
            Process runtime = start(api, "broken", "noexport.handler");
            try {
                ScriptedRuntimeApi.Posted init = api.awaitPost(STARTUP_SECONDS);
                assertEquals("/2018-06-01/runtime/init/error", init.path(), init + "\n" + runtimeLog());
                assertEquals("Runtime.HandlerNotFound", init.headers().get("lambda-runtime-function-error-type"));
                JsonNode body = HttpInvoke.JSON.readTree(init.body());
                assertEquals("Runtime.HandlerNotFound", body.path("errorType").asText());
                assertEquals("noexport.handler is undefined or not exported", body.path("errorMessage").asText());
                assertTrue(runtime.waitFor(20, TimeUnit.SECONDS), "exits after init error: " + runtimeLog());
                assertEquals(1, runtime.exitValue());
            } finally {
                runtime.destroyForcibly();
            }
        }
    }

    @Test
    void unhandledRejectionDuringAnInvocationFailsItAndExits128() throws Exception {
        try (ScriptedRuntimeApi api = new ScriptedRuntimeApi()) {
            Process runtime = start(api, "functions", "cases.handler");
            try {
                api.script(ScriptedRuntimeApi.Step.invocation(headers("rej-1", 9_000),
                        "{\"action\":\"rejectUnhandled\",\"marker\":\"r1\"}"));
                ScriptedRuntimeApi.Posted error = api.awaitPost(STARTUP_SECONDS);
                assertEquals(PATH + "rej-1/error", error.path(), error + "\n" + runtimeLog());
                assertEquals("Runtime.UnhandledPromiseRejection", error.headers().get("lambda-runtime-function-error-type"));
                JsonNode body = HttpInvoke.JSON.readTree(error.body());
                assertEquals("Runtime.UnhandledPromiseRejection", body.path("errorType").asText(), error.body());
                assertEquals("Error: nobody catches r1", body.path("errorMessage").asText(), error.body());
                assertTrue(runtime.waitFor(20, TimeUnit.SECONDS), runtimeLog());
                assertEquals(128, runtime.exitValue(), "Node's runtime exits 128 on an unhandled rejection: " + runtimeLog());
            } finally {
                runtime.destroyForcibly();
            }
        }
    }

    @Test
    void uncaughtExceptionDuringInitIsAnInitErrorAndExits129() throws Exception {
        try (ScriptedRuntimeApi api = new ScriptedRuntimeApi()) {
            Process runtime = start(api, "broken", "inittimer.handler");
            try {
                ScriptedRuntimeApi.Posted init = api.awaitPost(STARTUP_SECONDS);
                assertEquals("/2018-06-01/runtime/init/error", init.path(), init + "\n" + runtimeLog());
                JsonNode body = HttpInvoke.JSON.readTree(init.body());
                assertEquals("Error", body.path("errorType").asText(), init.body());
                assertEquals("init timer boom", body.path("errorMessage").asText(), init.body());
                assertTrue(runtime.waitFor(20, TimeUnit.SECONDS), runtimeLog());
                assertEquals(129, runtime.exitValue(), runtimeLog());
            } finally {
                runtime.destroyForcibly();
            }
        }
    }

    @Test
    void topLevelAwaitThatCanNeverSettleEndsInitWithExit13AtOnce() throws Exception {
        try (ScriptedRuntimeApi api = new ScriptedRuntimeApi()) {
            Process runtime = start(api, "broken", "stalls.handler");
            try {
                // Node's runtime process runs out of work and exits 13 (Lambda: Runtime.ExitError), long before
                // Lambda's 10 s init timeout; it posts nothing, having never reached the handler
                assertTrue(runtime.waitFor(STARTUP_SECONDS, TimeUnit.SECONDS), runtimeLog());
                assertEquals(13, runtime.exitValue(), runtimeLog());
                String log = runtimeLog();
                assertTrue(log.contains("init starts"), log);
                assertTrue(log.contains("Warning: Detected unsettled top-level await at "
                        + RuntimeProcess.resource("broken").resolve("stalls.mjs").toUri()), log);
                assertThrows(AssertionError.class, () -> api.awaitPost(0), "posted nothing: " + log);
            } finally {
                runtime.destroyForcibly();
            }
        }
    }

    @Test
    void unhandledRejectionLeftByTheModuleIsAnInitErrorAndExits128() throws Exception {
        try (ScriptedRuntimeApi api = new ScriptedRuntimeApi()) {
            Process runtime = start(api, "broken", "rejectsatinit.handler");
            try {
                ScriptedRuntimeApi.Posted init = api.awaitPost(STARTUP_SECONDS);
                assertEquals("/2018-06-01/runtime/init/error", init.path(), init + "\n" + runtimeLog());
                JsonNode body = HttpInvoke.JSON.readTree(init.body());
                assertEquals("Runtime.UnhandledPromiseRejection", body.path("errorType").asText(), init.body());
                assertEquals("Error: warm-up failed", body.path("errorMessage").asText(), init.body());
                assertTrue(runtime.waitFor(20, TimeUnit.SECONDS), runtimeLog());
                assertEquals(128, runtime.exitValue(), runtimeLog());
            } finally {
                runtime.destroyForcibly();
            }
        }
    }
}
