package dev.llrtj.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(value = 120, unit = TimeUnit.SECONDS)
class EmulatorTest {
    private static final Pattern REPORT = Pattern.compile(
            "REPORT RequestId: ([0-9a-f-]{36})\\tDuration: (\\d+\\.\\d\\d) ms\\tBilled Duration: (\\d+) ms"
                    + "\\tMemory Size: 128 MB\\tMax Memory Used: (\\d+) MB(\\tInit Duration: (\\d+\\.\\d\\d) ms)?(.*)");

    @TempDir
    Path taskRoot;

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static InvokeResult invoke(Emulator emulator, String event) throws Exception {
        return emulator.invoke(utf8(event)).get(60, TimeUnit.SECONDS);
    }

    /** Issue 14 item 6: Lambda refuses a payload that is not JSON itself; the function never sees it. */
    @Test
    void aPayloadThatIsNotJsonIsRefusedAsLambdaRefusesIt() throws Exception {
        var log = new EmulatorFixture.Log();
        try (Emulator emulator = Emulator.start(EmulatorFixture.standInConfig(taskRoot, 10, Map.of()), log.stream)) {
            HttpClient client = HttpClient.newHttpClient();
            for (String bad : List.of("{\"a\":", "not json", "{} {}", "[1,]")) {
                HttpResponse<String> answer = client.send(HttpRequest.newBuilder(URI.create(emulator.invokeUrl()))
                        .POST(HttpRequest.BodyPublishers.ofString(bad)).build(), HttpResponse.BodyHandlers.ofString());
                assertEquals(400, answer.statusCode(), bad + ": " + answer.body());
                assertEquals("InvalidRequestContentException",
                        answer.headers().firstValue("X-Amzn-ErrorType").orElse(null), bad);
                JsonObject body = new JsonObject(answer.body());
                assertEquals("User", body.getString("Type"));
                assertTrue(body.getString("message").startsWith("Could not parse request body into json: "),
                        answer.body());
            }
            assertTrue(log.lines().stream().noneMatch(l -> l.startsWith("START")), "no function ran: " + log.lines());
            for (String good : List.of("", "  ", "42", "\"s\"", "null", "{\"a\":[1,{}]}")) {
                HttpResponse<String> answer = client.send(HttpRequest.newBuilder(URI.create(emulator.invokeUrl()))
                        .POST(HttpRequest.BodyPublishers.ofString(good)).build(), HttpResponse.BodyHandlers.ofString());
                assertEquals(200, answer.statusCode(), "[" + good + "]: " + answer.body());
            }
        }
    }

    @Test
    void returnsResultAndLogsLambdaStyleReportLines() throws Exception {
        var log = new EmulatorFixture.Log();
        try (Emulator emulator = Emulator.start(EmulatorFixture.standInConfig(taskRoot, 10, Map.of()), log.stream)) {
            InvokeResult first = invoke(emulator, "{\"action\":\"echo\",\"n\":1}");
            InvokeResult second = invoke(emulator, "{\"action\":\"sleep\",\"ms\":120}");

            assertFalse(first.failed());
            assertEquals(new JsonObject("{\"action\":\"echo\",\"n\":1}"), new JsonObject(first.payloadText()));
            assertEquals(new JsonObject().put("slept", 120), new JsonObject(second.payloadText()));

            Matcher r1 = REPORT.matcher(log.reportFor(first.requestId()));
            Matcher r2 = REPORT.matcher(log.reportFor(second.requestId()));
            assertTrue(r1.matches(), log.reportFor(first.requestId()));
            assertTrue(r2.matches(), log.reportFor(second.requestId()));
            assertNotNull(r1.group(6), "the cold invocation reports its Init Duration");
            assertTrue(Double.parseDouble(r1.group(6)) > 0);
            assertNull(r2.group(6), "a warm invocation does not");
            double duration = Double.parseDouble(r2.group(2));
            assertTrue(duration >= 120 && duration < 5000, "duration covers the handler's sleep: " + duration);
            assertEquals((long) Math.ceil(duration), Long.parseLong(r2.group(3)), "billed = ceil(duration)");
            assertTrue(Long.parseLong(r1.group(4)) > 10, "a JVM child uses more than 10 MB: " + r1.group(4));
            assertEquals("", r2.group(7));

            log.reportFor(second.requestId());
            List<String> lines = log.lines();
            int start = lines.indexOf("START RequestId: " + second.requestId() + " Version: $LATEST");
            int end = lines.indexOf("END RequestId: " + second.requestId());
            assertTrue(start >= 0 && end > start, "START before END: " + lines);
            assertTrue(lines.contains("stand-in runtime ready"), "runtime stdout is streamed to the log");
        }
    }

    @Test
    void givesTheFunctionALambdaEnvironment() throws Exception {
        var log = new EmulatorFixture.Log();
        var config = EmulatorFixture.standInConfig(taskRoot, 7, Map.of("MY_SETTING", "on"));
        try (Emulator emulator = Emulator.start(config, log.stream)) {
            JsonArray names = new JsonArray(List.of("_HANDLER", "LAMBDA_TASK_ROOT", "AWS_LAMBDA_FUNCTION_NAME",
                    "AWS_LAMBDA_FUNCTION_VERSION", "AWS_LAMBDA_FUNCTION_MEMORY_SIZE", "AWS_LAMBDA_FUNCTION_TIMEOUT",
                    "AWS_LAMBDA_RUNTIME_API", "TZ", "AWS_REGION", "AWS_LAMBDA_LOG_GROUP_NAME",
                    "AWS_LAMBDA_LOG_STREAM_NAME", "AWS_ACCESS_KEY_ID", "MY_SETTING"));
            long before = System.currentTimeMillis();
            InvokeResult result = emulator.invoke(utf8(new JsonObject().put("action", "env").put("names", names)
                    .encode()), "{\"custom\":{\"k\":\"v\"}}").get(60, TimeUnit.SECONDS);
            JsonObject env = new JsonObject(result.payloadText());

            assertEquals("index.handler", env.getString("_HANDLER"));
            assertEquals(taskRoot.toAbsolutePath().toString(), env.getString("LAMBDA_TASK_ROOT"));
            assertEquals(taskRoot.toRealPath().toString(), Path.of(env.getString("cwd")).toRealPath().toString());
            assertEquals("function", env.getString("AWS_LAMBDA_FUNCTION_NAME"));
            assertEquals("$LATEST", env.getString("AWS_LAMBDA_FUNCTION_VERSION"));
            assertEquals("128", env.getString("AWS_LAMBDA_FUNCTION_MEMORY_SIZE"));
            assertEquals("7", env.getString("AWS_LAMBDA_FUNCTION_TIMEOUT"));
            assertEquals("127.0.0.1:" + emulator.port(), env.getString("AWS_LAMBDA_RUNTIME_API"));
            assertEquals(":UTC", env.getString("TZ"));
            assertNotNull(env.getString("AWS_REGION"));
            assertEquals("/aws/lambda/function", env.getString("AWS_LAMBDA_LOG_GROUP_NAME"));
            assertTrue(env.getString("AWS_LAMBDA_LOG_STREAM_NAME").contains("[$LATEST]"));
            assertNotNull(env.getString("AWS_ACCESS_KEY_ID"));
            assertEquals("on", env.getString("MY_SETTING"));

            assertEquals(result.requestId(), env.getString("requestId"));
            long deadline = env.getLong("deadlineMs");
            assertTrue(deadline >= before + 6_000 && deadline <= System.currentTimeMillis() + 7_000, "deadline");
            assertTrue(env.getString("arn").matches("arn:aws:lambda:[a-z0-9-]+:\\d{12}:function:function"));
            assertTrue(env.getString("traceId").startsWith("Root=1-"));
            assertEquals("{\"custom\":{\"k\":\"v\"}}", env.getString("clientContext"));
            assertNotNull(env.getString("invocationId"));
        }
    }

    @Test
    void functionErrorOverHttpIsA200WithXAmzFunctionError() throws Exception {
        var log = new EmulatorFixture.Log();
        try (Emulator emulator = Emulator.start(EmulatorFixture.standInConfig(taskRoot, 10, Map.of()), log.stream);
             HttpClient http = HttpClient.newHttpClient()) {
            HttpResponse<String> error = http.send(HttpRequest.newBuilder(URI.create(emulator.invokeUrl()))
                    .POST(HttpRequest.BodyPublishers.ofString("{\"action\":\"error\",\"message\":\"bad input\"}"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, error.statusCode());
            assertEquals("Unhandled", error.headers().firstValue("X-Amz-Function-Error").orElse(null));
            JsonObject body = new JsonObject(error.body());
            assertEquals("TypeError", body.getString("errorType"));
            assertEquals("bad input", body.getString("errorMessage"));

            HttpResponse<String> ok = http.send(HttpRequest.newBuilder(URI.create(
                            "http://127.0.0.1:" + emulator.port() + "/2015-03-31/functions/other-name/invocations"))
                    .header("X-Amz-Client-Context", Base64.getEncoder().encodeToString(utf8("{\"a\":1}")))
                    .POST(HttpRequest.BodyPublishers.ofString("{\"x\":[1,2]}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, ok.statusCode());
            assertTrue(ok.headers().firstValue("X-Amz-Function-Error").isEmpty());
            assertEquals(new JsonObject("{\"x\":[1,2]}"), new JsonObject(ok.body()));

            HttpResponse<String> async = http.send(HttpRequest.newBuilder(URI.create(emulator.invokeUrl()))
                    .header("X-Amz-Invocation-Type", "Event")
                    .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(202, async.statusCode());

            HttpResponse<String> missing = http.send(HttpRequest.newBuilder(URI.create(
                    "http://127.0.0.1:" + emulator.port() + "/nope")).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(404, missing.statusCode());
        }
    }

    @Test
    void initErrorAnswersTheInvokeAndTheNextInvokeStartsAFreshRuntime() throws Exception {
        var log = new EmulatorFixture.Log();
        var config = EmulatorFixture.standInConfig(taskRoot, 10, Map.of("STANDIN_INIT", "error"));
        try (Emulator emulator = Emulator.start(config, log.stream)) {
            InvokeResult first = invoke(emulator, "{}");
            InvokeResult second = invoke(emulator, "{}");
            for (InvokeResult r : List.of(first, second)) {
                assertEquals("Unhandled", r.functionError());
                assertEquals("Runtime.ImportModuleError", new JsonObject(r.payloadText()).getString("errorType"));
                assertTrue(log.reportFor(r.requestId()).contains("Init Duration: "));
                assertTrue(log.reportFor(r.requestId()).endsWith("\tStatus: error\tError Type: Runtime.ImportModuleError"));
            }
        }
    }

    @Test
    void crashDuringInitOrInvokeIsAnExitErrorAndTheRuntimeIsRestarted() throws Exception {
        var log = new EmulatorFixture.Log();
        var crashingInit = EmulatorFixture.standInConfig(taskRoot, 10, Map.of("STANDIN_INIT", "crash"));
        try (Emulator emulator = Emulator.start(crashingInit, log.stream)) {
            InvokeResult r = invoke(emulator, "{}");
            JsonObject error = new JsonObject(r.payloadText());
            assertEquals("Runtime.ExitError", error.getString("errorType"));
            assertTrue(error.getString("errorMessage").endsWith("Runtime exited with error: exit status 7"), error.encode());
        }
        try (Emulator emulator = Emulator.start(EmulatorFixture.standInConfig(taskRoot, 10, Map.of()), log.stream)) {
            InvokeResult crash = invoke(emulator, "{\"action\":\"crash\"}");
            JsonObject error = new JsonObject(crash.payloadText());
            assertEquals("Unhandled", crash.functionError());
            assertEquals("Runtime.ExitError", error.getString("errorType"));
            assertEquals("RequestId: " + crash.requestId() + " Error: Runtime exited with error: exit status 3",
                    error.getString("errorMessage"));
            assertTrue(log.reportFor(crash.requestId()).endsWith("\tStatus: error\tError Type: Runtime.ExitError"));

            InvokeResult after = invoke(emulator, "{\"n\":2}");
            assertFalse(after.failed(), after.payloadText());
            assertEquals(new JsonObject("{\"n\":2}"), new JsonObject(after.payloadText()));
            assertTrue(log.reportFor(after.requestId()).contains("Init Duration: "), "a new child was started");
        }
    }

    @Test
    void timeoutKillsTheRuntimeAnswersLikeLambdaAndRestartsOnTheNextInvoke() throws Exception {
        var log = new EmulatorFixture.Log();
        try (Emulator emulator = Emulator.start(EmulatorFixture.standInConfig(taskRoot, 1, Map.of()), log.stream)) {
            invoke(emulator, "{}"); // warm up so the 1 s budget is not spent on JVM start
            long start = System.nanoTime();
            InvokeResult slow = invoke(emulator, "{\"action\":\"sleep\",\"ms\":20000}");
            double seconds = (System.nanoTime() - start) / 1e9;
            assertTrue(seconds < 5, "answered at the timeout, not when the handler finished: " + seconds);
            assertEquals("Unhandled", slow.functionError());
            String message = new JsonObject(slow.payloadText()).getString("errorMessage");
            assertTrue(message.matches("\\d{4}-\\d\\d-\\d\\dT[0-9:.]+Z " + slow.requestId()
                    + " Task timed out after 1\\.00 seconds"), message);
            assertTrue(log.reportFor(slow.requestId()).endsWith("\tStatus: timeout"));

            InvokeResult after = invoke(emulator, "{\"n\":3}");
            assertEquals(new JsonObject("{\"n\":3}"), new JsonObject(after.payloadText()));
            assertTrue(log.reportFor(after.requestId()).contains("Init Duration: "), "a new child was started");
        }
    }

    @Test
    void concurrentInvocationsAreQueuedOneAtATime() throws Exception {
        var log = new EmulatorFixture.Log();
        try (Emulator emulator = Emulator.start(EmulatorFixture.standInConfig(taskRoot, 10, Map.of()), log.stream)) {
            List<CompletableFuture<InvokeResult>> all = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                all.add(emulator.invoke(utf8("{\"action\":\"sleep\",\"ms\":50}")));
            }
            for (CompletableFuture<InvokeResult> f : all) {
                InvokeResult r = f.get(60, TimeUnit.SECONDS);
                assertEquals("{\"slept\":50}", r.payloadText());
                log.reportFor(r.requestId());
            }
            // START/END strictly alternate: no invocation starts before the previous one ended
            List<String> marks = log.lines().stream()
                    .filter(l -> l.startsWith("START ") || l.startsWith("END ")).toList();
            assertEquals(8, marks.size(), marks.toString());
            for (int i = 0; i < marks.size(); i += 2) {
                assertTrue(marks.get(i).startsWith("START "), marks.toString());
                assertTrue(marks.get(i + 1).startsWith("END "), marks.toString());
            }
        }
    }

    @Test
    void oversizedResponseIsRefusedWith413AndTheInvokeFails() throws Exception {
        var log = new EmulatorFixture.Log();
        try (Emulator emulator = Emulator.start(EmulatorFixture.standInConfig(taskRoot, 20, Map.of()), log.stream)) {
            InvokeResult tooBig = invoke(emulator, "{\"action\":\"big\",\"bytes\":6291557}");
            assertEquals("Function.ResponseSizeTooLarge", new JsonObject(tooBig.payloadText()).getString("errorType"));
            log.awaitLine(l -> l.equals("stand-in: response refused with 413")); // the runtime saw the 413

            InvokeResult atLimit = invoke(emulator, "{\"action\":\"big\",\"bytes\":6291556}");
            assertFalse(atLimit.failed());
            assertEquals(6_291_556, atLimit.payload().length);
        }
    }

    @Test
    void aShellRuntimeCommandWorksToo() throws Exception {
        // bash + curl speaking the Runtime API, as a user benchmarking another runtime would plug it in
        String loop = "api=http://$AWS_LAMBDA_RUNTIME_API/2018-06-01/runtime/invocation; "
                + "while true; do h=$(mktemp); e=$(curl -sS -D $h $api/next); "
                + "id=$(grep -i '^Lambda-Runtime-Aws-Request-Id:' $h | cut -d' ' -f2 | tr -d '\\r'); "
                + "curl -sS -o /dev/null -X POST -d \"{\\\"got\\\":$e,\\\"handler\\\":\\\"$_HANDLER\\\"}\" "
                + "$api/$id/response; done";
        var log = new EmulatorFixture.Log();
        var config = EmulatorConfig.defaults(taskRoot).withPort(0).withRuntimeCommand(loop);
        try (Emulator emulator = Emulator.start(config, log.stream)) {
            for (int i = 0; i < 3; i++) {
                InvokeResult r = invoke(emulator, "{\"i\":" + i + "}");
                assertEquals(new JsonObject("{\"got\":{\"i\":" + i + "},\"handler\":\"index.handler\"}"),
                        new JsonObject(r.payloadText()));
            }
        }
    }
}
