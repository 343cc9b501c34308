package dev.llrtj.lambda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.llrtj.testsupport.LlrtProcesses;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Handlers (lambda/hostile) and Runtime API answers that Node's Lambda runtime has a definite answer for, against
 * the real runtime and a Runtime API the test scripts: each case fails the invocation, or ends the runtime, the way
 * Node's runtime (aws-lambda-nodejs-runtime-interface-client) does, and nothing is left neither answered nor failed.
 */
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class HostileHandlersTest {
    private static final String PATH = "/2018-06-01/runtime/invocation/";
    private static final long STARTUP_SECONDS = 180;

    @TempDir
    Path work;

    private Process start(ScriptedRuntimeApi api, String handler, String... heap) throws Exception {
        List<String> command = new ArrayList<>(LlrtProcesses.testsNativeRuntime()
                ? LlrtProcesses.command(heap) // the native executable takes -Xmx as an argument
                : LlrtProcesses.command(Map.of(), List.of(heap)));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(work.resolve("runtime.log").toFile());
        pb.environment().put("AWS_LAMBDA_RUNTIME_API", api.address());
        pb.environment().put("_HANDLER", handler);
        pb.environment().put("LAMBDA_TASK_ROOT", RuntimeProcess.resource("hostile").toString());
        return pb.start();
    }

    private String log() throws Exception {
        return Files.readString(work.resolve("runtime.log"));
    }

    private static ScriptedRuntimeApi.Step invocation(String requestId, String event) {
        return ScriptedRuntimeApi.Step.invocation(Map.of("Lambda-Runtime-Aws-Request-Id", requestId,
                "Lambda-Runtime-Deadline-Ms", "+30000"), event);
    }

    @Test
    void aPromiseRejectedWithNullOrUndefinedFailsAsHandledAndOneThatCanNeverSettleIsNodeJsExit() throws Exception {
        try (ScriptedRuntimeApi api = new ScriptedRuntimeApi()) {
            Process runtime = start(api, "index.handler");
            try {
                for (String action : List.of("throwNull", "throwUndefined")) {
                    api.script(invocation(action, "{\"action\":\"" + action + "\"}"));
                    ScriptedRuntimeApi.Posted post = api.awaitPost(STARTUP_SECONDS);
                    assertEquals(PATH + action + "/error", post.path(), post + "\n" + log());
                    // Node's runtime: context.fail(null) is fail('handled'), a string error
                    JsonNode body = HttpInvoke.JSON.readTree(post.body());
                    assertEquals("string", body.path("errorType").asText(), post.body());
                    assertEquals("handled", body.path("errorMessage").asText(), post.body());
                }
                api.script(invocation("never", "{\"action\":\"neverSettles\"}"));
                ScriptedRuntimeApi.Posted post = api.awaitPost(60);
                assertEquals(PATH + "never/error", post.path(), post + "\n" + log());
                assertEquals("Runtime.NodeJsExit", post.headers().get("lambda-runtime-function-error-type"), post.body());
                JsonNode body = HttpInvoke.JSON.readTree(post.body());
                assertEquals("Runtime.NodeJsExit", body.path("errorType").asText(), post.body());
                assertTrue(body.path("errorMessage").asText().contains("Promise that was never settled"), post.body());
                // the runtime goes on, as Node's does
                api.script(invocation("after", "{\"action\":\"echo\",\"value\":7}"));
                ScriptedRuntimeApi.Posted after = api.awaitPost(60);
                assertEquals(PATH + "after/response", after.path(), after + "\n" + log());
                assertEquals("{\"echo\":7}", after.body());
            } finally {
                runtime.destroyForcibly();
            }
        }
    }

    @Test
    void anInitErrorUnderItsOwnNameCarriesNoTypePrefixInItsMessage() throws Exception {
        try (ScriptedRuntimeApi api = new ScriptedRuntimeApi()) {
            Process runtime = start(api, "badinit.handler");
            try {
                ScriptedRuntimeApi.Posted init = api.awaitPost(STARTUP_SECONDS);
                assertEquals("/2018-06-01/runtime/init/error", init.path(), init + "\n" + log());
                JsonNode body = HttpInvoke.JSON.readTree(init.body());
                assertEquals("TypeError", body.path("errorType").asText(), init.body());
                assertEquals("settings missing", body.path("errorMessage").asText(), init.body());
            } finally {
                runtime.destroyForcibly();
            }
        }
    }

    @Test
    void aRequestIdIsOnePathSegmentWhateverItHolds() throws Exception {
        try (ScriptedRuntimeApi api = new ScriptedRuntimeApi()) {
            Process runtime = start(api, "index.handler");
            try {
                String id = "a b/c?d%e#é";
                api.script(invocation(id, "{\"action\":\"echo\",\"value\":1}"));
                ScriptedRuntimeApi.Posted post = api.awaitPost(STARTUP_SECONDS);
                assertEquals(PATH + id + "/response", post.path(), post + "\n" + log());
                api.script(invocation(id + "2", "{\"action\":\"throwNull\"}"));
                ScriptedRuntimeApi.Posted error = api.awaitPost(60);
                assertEquals(PATH + id + "2/error", error.path(), error + "\n" + log());
                assertTrue(runtime.isAlive(), log());
            } finally {
                runtime.destroyForcibly();
            }
        }
    }

    @Test
    void aNextAnsweredWith400Or403EndsTheRuntimeInsteadOfLeavingItIdle() throws Exception {
        for (int status : new int[] {400, 403}) {
            try (ScriptedRuntimeApi api = new ScriptedRuntimeApi()) {
                Process runtime = start(api, "index.handler");
                try {
                    api.script(ScriptedRuntimeApi.Step.fail(status));
                    assertTrue(runtime.waitFor(STARTUP_SECONDS, TimeUnit.SECONDS), "must not stay idle: " + log());
                    assertEquals(2, runtime.exitValue(), log());
                    assertTrue(log().contains("next failed with " + status), log());
                } finally {
                    runtime.destroyForcibly();
                }
            }
        }
    }

    @Test
    void runningOutOfHeapFailsTheInvocationAsRuntimeOutOfMemoryAndEndsTheRuntime() throws Exception {
        try (ScriptedRuntimeApi api = new ScriptedRuntimeApi()) {
            Process runtime = start(api, "index.handler", "-Xmx64m");
            try {
                api.script(invocation("oom", "{\"action\":\"exhaustHeap\"}"));
                ScriptedRuntimeApi.Posted post = api.awaitPost(STARTUP_SECONDS);
                assertEquals(PATH + "oom/error", post.path(), post + "\n" + log());
                assertEquals("Runtime.OutOfMemory", post.headers().get("lambda-runtime-function-error-type"), post.body());
                JsonNode body = HttpInvoke.JSON.readTree(post.body());
                assertEquals("Runtime.OutOfMemory", body.path("errorType").asText(), post.body());
                assertTrue(body.path("errorMessage").asText().startsWith("RequestId: oom Error: "), post.body());
                assertTrue(runtime.waitFor(60, TimeUnit.SECONDS), "exits so that Lambda starts afresh: " + log());
                assertEquals(134, runtime.exitValue(), log());
                assertTrue(log().contains("out of memory"), log());
            } finally {
                runtime.destroyForcibly();
            }
        }
    }
}
