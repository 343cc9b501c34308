package dev.llrtj.lambda;

import dev.llrtj.testsupport.CapturedLog;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.llrtj.emulator.Emulator;
import dev.llrtj.emulator.EmulatorConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** How the handler string is read: in-process for the parsing rules, through the emulator for the whole path. */
class HandlerLookupTest {
    @TempDir
    Path root;

    @Test
    void handlerStringNamesModuleAndExportPath() throws Exception {
        Files.createDirectories(root.resolve("lib/sub"));
        Files.writeString(root.resolve("lib/sub/app.cjs"), "");
        Files.writeString(root.resolve("index.mjs"), "");
        HandlerLocation nested = HandlerLocation.find("lib/sub/app.api.v1.handle", List.of(root));
        assertEquals(root.resolve("lib/sub/app.cjs"), nested.module());
        assertEquals("api.v1.handle", nested.exportPath());
        HandlerLocation plain = HandlerLocation.find("index.handler", List.of(root));
        assertEquals(root.resolve("index.mjs"), plain.module());
        assertEquals("handler", plain.exportPath());

        for (String bad : new String[] {"", "index", "index.", ".handler", "../up/index.handler"}) {
            var failure = assertThrows(HandlerLocation.InitFailure.class, () -> HandlerLocation.find(bad, List.of(root)),
                    "handler '" + bad + "'");
            assertEquals("Runtime.MalformedHandlerName", failure.errorType(), bad);
        }
        var missing = assertThrows(HandlerLocation.InitFailure.class, () -> HandlerLocation.find("nope.handler", List.of(root)));
        assertEquals("Runtime.ImportModuleError", missing.errorType());
        assertTrue(missing.getMessage().contains("Cannot find module 'nope'"), missing.getMessage());
    }

    @Test
    void lambdaHandlerOverridesUnderscoreHandler() {
        assertEquals("b.fn", LambdaRuntime.handlerName(Map.of("_HANDLER", "a.fn", "LAMBDA_HANDLER", "b.fn")));
        assertEquals("a.fn", LambdaRuntime.handlerName(Map.of("_HANDLER", "a.fn", "LAMBDA_HANDLER", " ")));
        assertEquals("a.fn", LambdaRuntime.handlerName(Map.of("_HANDLER", "a.fn")));
        assertNull(LambdaRuntime.handlerName(Map.of()));
    }

    /** _HANDLER names a file that does not exist, so only LAMBDA_HANDLER's nested path can answer. */
    @Test
    @Timeout(value = 300, unit = TimeUnit.SECONDS)
    void nestedExportPathChosenByLambdaHandlerAnswersThroughTheEmulator() throws Exception {
        CapturedLog log = new CapturedLog();
        EmulatorConfig config = new EmulatorConfig(RuntimeProcess.resource("functions"), "absent.handler", 0, 10, 128,
                "nested", RuntimeProcess.shellCommandReportingExit(),
                Map.of("LAMBDA_HANDLER", "nested/deep.api.v1.handle"), 180);
        try (Emulator emulator = Emulator.start(config, log.stream)) {
            for (int n = 1; n <= 2; n++) {
                HttpInvoke.Answer a = HttpInvoke.post(emulator, "{\"n\":" + n + "}");
                assertNull(a.functionError(), () -> a + "\n" + log);
                assertTrue(a.json().path("nested").asBoolean(), a.raw());
                assertEquals(n, a.json().path("got").asInt(), a.raw());
                assertEquals(a.requestId(), a.json().path("requestId").asText(), a.raw());
                assertEquals("absent.handler", a.json().path("handler").asText(), "_HANDLER itself is left as set");
            }
        }
    }
}
