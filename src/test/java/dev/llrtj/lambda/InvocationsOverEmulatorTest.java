package dev.llrtj.lambda;

import dev.llrtj.testsupport.CapturedLog;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.llrtj.emulator.Emulator;
import dev.llrtj.emulator.EmulatorConfig;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;

/**
 * One warm runtime (functions/cases.js, a CommonJS exports.handler picking its behaviour from the event) behind
 * our emulator, invoked over HTTP: failures of one invocation must leave the runtime serving the next, which the
 * handler's module-level counter `served` proves (it resets only when a new runtime starts).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class InvocationsOverEmulatorTest {
    private static final String FUNCTION = "llrt-lambda-test";

    private final CapturedLog log = new CapturedLog();
    private Emulator emulator;

    @BeforeAll
    void start() throws Exception {
        EmulatorConfig config = new EmulatorConfig(RuntimeProcess.resource("functions"), "cases.handler", 0, 30, 128,
                FUNCTION, RuntimeProcess.shellCommandReportingExit(), Map.of("AWS_LAMBDA_LOG_FORMAT", "JSON"), 180);
        emulator = Emulator.start(config, log.stream);
    }

    @AfterAll
    void stop() {
        if (emulator != null) {
            emulator.close();
        }
    }

    private HttpInvoke.Answer invoke(String event) throws Exception {
        return HttpInvoke.post(emulator, event);
    }

    private HttpInvoke.Answer ok(String event) throws Exception {
        HttpInvoke.Answer a = invoke(event);
        assertEquals(200, a.status(), () -> a + "\n" + log);
        assertNull(a.functionError(), () -> a + "\n" + log);
        return a;
    }

    private HttpInvoke.Answer failed(String event) throws Exception {
        HttpInvoke.Answer a = invoke(event);
        assertEquals(200, a.status(), () -> a + "\n" + log);
        assertEquals("Unhandled", a.functionError(), () -> a + "\n" + log);
        return a;
    }

    private int served(String marker) throws Exception {
        HttpInvoke.Answer a = ok("{\"action\":\"echo\",\"marker\":\"" + marker + "\"}");
        assertEquals(marker, a.json().path("echo").path("marker").asText());
        return a.json().path("served").asInt();
    }

    private long exitMarks() {
        return log.lines().stream().filter(l -> l.startsWith(RuntimeProcess.EXIT_MARK)).count();
    }

    @Test
    void eachInvocationStartsWithoutTheAsyncLocalStorageStoreOfTheLast() throws Exception {
        for (String marker : List.of("first", "second")) {
            HttpInvoke.Answer a = ok("{\"action\":\"asyncLocalStorage\",\"marker\":\"" + marker + "\"}");
            assertEquals("none", a.json().path("atStart").asText(), a::toString);
            assertEquals(marker, a.json().path("later").asText(), a::toString);
        }
    }

    @Test
    void thrownTypeErrorFailsOnlyThatInvocation() throws Exception {
        int before = served("before-type-error");
        HttpInvoke.Answer failure = failed("{\"action\":\"typeError\"}");
        assertEquals("TypeError", failure.errorType(), failure.raw());
        assertTrue(failure.errorMessage().contains("field"), failure.raw());
        assertFalse(failure.errorMessage().startsWith("TypeError:"), "the message is not doubled: " + failure.raw());
        assertTrue(failure.json().path("stackTrace").toString().contains("cases.js:"), failure.raw());
        assertEquals(before + 2, served("after-type-error"), "the same runtime served the next invocation");
        // the runtime logs the failure as an "Invoke Error" line carrying that invocation's request id
        String line = log.awaitLine(l -> l.contains("\"message\":\"Invoke Error\"") && l.contains(failure.requestId()), 20_000);
        assertEquals("TypeError", HttpInvoke.JSON.readTree(line).path("error").path("errorType").asText());
    }

    @Test
    void thrownStringIsReportedWithErrorTypeString() throws Exception {
        int before = served("before-string");
        HttpInvoke.Answer failure = failed("{\"action\":\"throwString\"}");
        assertEquals("string", failure.errorType(), failure.raw());
        assertEquals("boom", failure.errorMessage(), failure.raw());
        assertEquals(before + 2, served("after-string"));
    }

    @Test
    void cyclicResultCannotBeSerialisedAndTheRuntimeGoesOn() throws Exception {
        int before = served("before-cyclic");
        HttpInvoke.Answer failure = failed("{\"action\":\"cyclic\"}");
        assertEquals("Error", failure.errorType(), failure.raw());
        assertTrue(failure.errorMessage().contains("stringify"), failure.raw());
        assertEquals(before + 2, served("after-cyclic"));
    }

    @Test
    void resultOverSixMebibytesIsReportedAndTheRuntimeKeepsServing() throws Exception {
        long exitsBefore = exitMarks();
        int before = served("before-big");
        HttpInvoke.Answer failure = failed("{\"action\":\"big\",\"bytes\":" + (7 * 1024 * 1024) + "}");
        assertEquals("Function.ResponseSizeTooLarge", failure.errorType(), failure.raw());
        assertEquals(before + 2, served("after-big"), "no restart: the runtime went back to next");
        // the runtime said so in its own log, under that invocation's request id
        log.awaitLine(l -> l.contains("Function.ResponseSizeTooLarge") && l.contains("\"requestId\":\"" + failure.requestId()), 20_000);
        assertEquals(exitsBefore, exitMarks());
        // a result just under the limit still goes through
        HttpInvoke.Answer big = ok("{\"action\":\"big\",\"bytes\":" + (6 * 1024 * 1024 - 100) + "}");
        assertEquals(6 * 1024 * 1024 - 100, big.json().path("data").asText().length());
    }

    @Test
    void callbackStyleHandlersAnswerThroughTheCallback() throws Exception {
        HttpInvoke.Answer result = ok("{\"action\":\"callbackOk\",\"n\":41}");
        assertEquals("callback", result.json().path("via").asText(), result.raw());
        assertEquals(41, result.json().path("n").asInt());
        HttpInvoke.Answer failure = failed("{\"action\":\"callbackErr\",\"n\":7}");
        assertEquals("RangeError", failure.errorType(), failure.raw());
        assertEquals("callback said no 7", failure.errorMessage(), failure.raw());
        ok("{\"action\":\"callbackOk\",\"n\":42}");
    }

    @Test
    void callbackAnswerWaitsForTheEmptyEventLoopUnlessToldNotTo() throws Exception {
        long start = System.nanoTime();
        HttpInvoke.Answer waited = ok("{\"action\":\"callbackWaits\",\"wait\":true,\"timerMs\":1200}");
        long waitedMs = (System.nanoTime() - start) / 1_000_000;
        assertTrue(waited.json().path("wait").asBoolean(), waited.raw());
        assertTrue(waitedMs >= 1200, "the answer waited for the pending timer: " + waitedMs + " ms");

        start = System.nanoTime();
        HttpInvoke.Answer direct = ok("{\"action\":\"callbackWaits\",\"wait\":false,\"timerMs\":1200}");
        long directMs = (System.nanoTime() - start) / 1_000_000;
        assertFalse(direct.json().path("wait").asBoolean(), direct.raw());
        assertTrue(directMs < 1000, "callbackWaitsForEmptyEventLoop=false answers at once: " + directMs + " ms");
    }

    @Test
    void handlerReturningAPlainValueWithoutCallbackAnswersNull() throws Exception {
        HttpInvoke.Answer a = ok("{\"action\":\"plainValue\"}");
        assertEquals("null", a.raw().trim());
    }

    @Test
    void contextCarriesTheInvocationsFieldsAndTraceId() throws Exception {
        HttpInvoke.Answer first = ok("{\"action\":\"context\"}");
        HttpInvoke.Answer second = ok("{\"action\":\"context\"}");
        for (HttpInvoke.Answer a : List.of(first, second)) {
            JsonNode c = a.json();
            assertEquals(a.requestId(), c.path("awsRequestId").asText(), a.raw());
            UUID.fromString(c.path("awsRequestId").asText());
            assertEquals(FUNCTION, c.path("functionName").asText(), a.raw());
            assertTrue(c.path("invokedFunctionArn").asText().matches("arn:aws:lambda:[a-z0-9-]+:\\d{12}:function:" + FUNCTION),
                    a.raw());
            long remaining = c.path("remaining").asLong();
            assertTrue(remaining > 15_000 && remaining <= 30_000, "timeout is 30 s: " + a.raw());
            assertTrue(c.path("traceId").asText().startsWith("Root=1-"), "_X_AMZN_TRACE_ID from the header: " + a.raw());
        }
        assertNotEquals(first.json().path("traceId").asText(), second.json().path("traceId").asText(),
                "_X_AMZN_TRACE_ID is set per invocation");
    }

    @Test
    void jsonLogLinesCarryTheRequestId() throws Exception {
        String marker = "m" + System.nanoTime();
        HttpInvoke.Answer a = ok("{\"action\":\"log\",\"marker\":\"" + marker + "\"}");
        String info = log.awaitLine(l -> l.contains("logged line " + marker), 20_000);
        JsonNode infoJson = HttpInvoke.JSON.readTree(info);
        assertEquals("INFO", infoJson.path("level").asText(), info);
        assertEquals(a.requestId(), infoJson.path("requestId").asText(), info);
        assertEquals("logged line " + marker, infoJson.path("message").asText(), info);
        assertTrue(infoJson.path("timestamp").asText().matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z"), info);
        String error = log.awaitLine(l -> l.contains("logged error " + marker), 20_000);
        JsonNode errorJson = HttpInvoke.JSON.readTree(error);
        assertEquals("ERROR", errorJson.path("level").asText(), error);
        assertEquals(a.requestId(), errorJson.path("requestId").asText(), error);
        assertEquals("Error", errorJson.path("errorType").asText(), error);
        assertEquals("logged error " + marker, errorJson.path("errorMessage").asText(), error);
    }

    @Test
    void uncaughtExceptionInATimerFailsTheInvocationExits129AndTheNextInvokeGetsAFreshRuntime() throws Exception {
        served("before-timer");
        long exitsBefore = exitMarks();
        HttpInvoke.Answer failure = failed("{\"action\":\"timerThrows\",\"marker\":\"t1\"}");
        assertEquals("Error", failure.errorType(), failure.raw());
        assertEquals("timer boom t1", failure.errorMessage(), failure.raw());
        log.awaitLine(l -> l.startsWith(RuntimeProcess.EXIT_MARK) && exitMarks() > exitsBefore, 60_000);
        List<String> marks = log.lines().stream().filter(l -> l.startsWith(RuntimeProcess.EXIT_MARK)).toList();
        assertEquals(RuntimeProcess.EXIT_MARK + "129", marks.get(marks.size() - 1), "exit status as Node's runtime: " + log);
        assertEquals(1, served("after-timer"), "the emulator started a fresh runtime for the next invoke");
    }

    @Test
    void theAwsLambdaGlobalLoadsOnlyWhenTouched() throws Exception {
        HttpInvoke.Answer a = ok("{\"action\":\"awslambdaGlobal\"}");
        // a first invocation of this runtime, or one whose earlier invocations never touched the global
        assertEquals("lazy", a.json().path("before").asText(), a.raw());
        assertEquals("function,function", a.json().path("touched").asText(), a.raw());
        assertEquals("loaded", a.json().path("after").asText(), a.raw());
    }
}
