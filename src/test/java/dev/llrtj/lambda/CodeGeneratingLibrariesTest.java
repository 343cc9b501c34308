package dev.llrtj.lambda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.JsonNode;
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
 * Must-show of issue 12 item 3: code that reaches Rhino unlowered gives Node's answers in Lambda mode, with no
 * Node.js on PATH (the runtime child's PATH is an empty folder, its lowering cache a fresh one). lambda/codegen-libs:
 * zod 4 in its default JIT mode and ajv compiling a JSON schema (npm, pinned by its lockfile), bundled with `llrt
 * bundle` as a user's build would (Node.js is there at build time, not in Lambda); what they generate with `new
 * Function` at run time is compiled by the runtime itself. Beside it, plain.js, an unbundled CommonJS handler with
 * the loop-`const` function of the issue. Every answer must equal Node's (node-answers.json, make-node-answers.mjs).
 */
@Timeout(value = 600, unit = TimeUnit.SECONDS)
class CodeGeneratingLibrariesTest {
    @TempDir
    Path work;

    @Test
    void zodJitAjvAndAnUnbundledLoopConstAnswerAsOnNodeWithoutNode() throws Exception {
        Path fixture = RuntimeProcess.resource("codegen-libs");
        NpmCi.ensure(fixture, "node_modules/zod/package.json");
        Path dist = work.resolve("dist");
        RuntimeProcess.bundle(fixture.resolve("index.mjs"), dist);
        Files.copy(fixture.resolve("plain.js"), dist.resolve("plain.js")); // deployed as written, not bundled
        Path noNode = Files.createDirectories(work.resolve("empty-path"));
        Map<String, String> lambdaLike = Map.of("PATH", noNode.toString(),
                "XDG_CACHE_HOME", work.resolve("cache").toString(), "HOME", work.toString());
        JsonNode events = HttpInvoke.JSON.readTree(Files.readString(fixture.resolve("events.json")));
        JsonNode expected = HttpInvoke.JSON.readTree(Files.readString(fixture.resolve("node-answers.json")));
        for (String handler : new String[] {"index.handler", "plain.handler"}) {
            JsonNode list = events.path(handler);
            assertEquals(expected.path(handler).size(), list.size(), "node-answers.json is out of date: run make-node-answers.mjs");
            CapturedLog log = new CapturedLog();
            EmulatorConfig config = new EmulatorConfig(dist, handler, 0, 60, 256, "codegen-libs",
                    RuntimeProcess.shellCommandReportingExit(), lambdaLike, 180);
            try (Emulator emulator = Emulator.start(config, log.stream)) {
                for (int i = 0; i < list.size(); i++) {
                    HttpInvoke.Answer answer = HttpInvoke.post(emulator, HttpInvoke.JSON.writeValueAsString(list.get(i)));
                    String context = handler + " event " + i + ": " + answer + "\n" + log;
                    assertNull(answer.functionError(), context);
                    assertEquals(expected.path(handler).get(i), answer.json(), context);
                }
            }
        }
    }
}
