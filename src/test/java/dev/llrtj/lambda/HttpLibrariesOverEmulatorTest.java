package dev.llrtj.lambda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.llrtj.emulator.Emulator;
import dev.llrtj.emulator.EmulatorConfig;
import dev.llrtj.testsupport.CapturedLog;
import dev.llrtj.testsupport.NpmCi;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Must-show: real HTTP libraries from npm (lambda/http-libs, pinned by its lockfile), bundled with `llrt bundle` and
 * invoked through the Lambda loop behind our emulator. express + serverless-http answer routes, route params, a JSON
 * body, a malformed one and express's own 404; axios (its default adapter, node:http) talks to a node:http server
 * the handler starts. Every answer must equal what Node gave for the same event (node-answers.json, written by
 * make-node-answers.mjs), the per-run Date header aside.
 */
@Timeout(value = 600, unit = TimeUnit.SECONDS)
class HttpLibrariesOverEmulatorTest {
    @TempDir
    Path work;

    @Test
    void expressAndServerlessHttpAnswerAsOnNode() throws Exception {
        answersMatchNode("express-app");
    }

    @Test
    void axiosTalksToALocalHttpServerAsOnNode() throws Exception {
        answersMatchNode("axios-local");
    }

    private void answersMatchNode(String entry) throws Exception {
        Path fixture = RuntimeProcess.resource("http-libs");
        NpmCi.ensure(fixture, "node_modules/serverless-http/package.json");
        Path dist = work.resolve("dist");
        RuntimeProcess.bundle(fixture.resolve(entry + ".mjs"), dist);
        String handler = entry + ".handler";
        JsonNode events = HttpInvoke.JSON.readTree(Files.readString(fixture.resolve("events.json"))).path(handler);
        JsonNode expected = HttpInvoke.JSON.readTree(Files.readString(fixture.resolve("node-answers.json"))).path(handler);
        assertEquals(expected.size(), events.size(), "node-answers.json is out of date: run make-node-answers.mjs");
        CapturedLog log = new CapturedLog();
        EmulatorConfig config = new EmulatorConfig(dist, handler, 0, 60, 256, "http-libs",
                RuntimeProcess.shellCommandReportingExit(), Map.of(), 180);
        try (Emulator emulator = Emulator.start(config, log.stream)) {
            for (int i = 0; i < events.size(); i++) {
                HttpInvoke.Answer answer = HttpInvoke.post(emulator, HttpInvoke.JSON.writeValueAsString(events.get(i)));
                String context = handler + " event " + i + ": " + answer + "\n" + log;
                assertEquals(200, answer.status(), context);
                assertNull(answer.functionError(), context);
                JsonNode got = answer.json();
                if (got.path("headers") instanceof ObjectNode headers) {
                    headers.remove("date");
                }
                assertEquals(expected.get(i), got, context);
            }
        }
    }

}
