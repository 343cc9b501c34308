package dev.llrtj.lambda;

import dev.llrtj.testsupport.CapturedLog;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.llrtj.emulator.Emulator;
import dev.llrtj.emulator.EmulatorConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

/**
 * Handlers that cannot be loaded (fixtures in lambda/broken). Against our emulator over real HTTP, each invoke
 * answers Lambda's init error type with X-Amz-Function-Error; against a Runtime API the test drives, the same
 * runtime posts /init/error and exits non-zero by itself (the emulator kills a runtime that lingers after an
 * init error, so the exit status is read where nothing kills it). Runtimes start side by side: each must die, so
 * none can be shared.
 */
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class InitFailuresTest {
    private record Case(String handler, String errorType, String messagePart) {}

    private static final List<Case> CASES = List.of(
            new Case("noexport.handler", "Runtime.HandlerNotFound", "noexport.handler is undefined or not exported"),
            new Case("syntax.handler", "Runtime.UserCodeSyntaxError", "SyntaxError"),
            new Case("missingdep.handler", "Runtime.ImportModuleError", "Cannot find module 'llrt-test-no-such-package'"),
            new Case("absent.handler", "Runtime.ImportModuleError", "Cannot find module 'absent'"),
            new Case("nodot", "Runtime.MalformedHandlerName", "nodot"),
            new Case("throwsatinit.handler", "RangeError", "configuration is not ready"));

    /** Generous: several JVMs start at once, on machines that may be busy with other builds. */
    private static final long ANSWER_SECONDS = 180;

    @TempDir
    Path work;

    private record Served(Case c, Emulator emulator, CapturedLog log, CompletableFuture<HttpInvoke.Answer> answer) {}

    @Test
    void emulatorAnswersEachInitFailureWithLambdasErrorType() throws Exception {
        List<Served> served = new ArrayList<>();
        try {
            for (Case c : CASES) {
                CapturedLog log = new CapturedLog();
                EmulatorConfig config = new EmulatorConfig(RuntimeProcess.resource("broken"), c.handler(), 0, 30, 128,
                        "broken", RuntimeProcess.shellCommandReportingExit(), Map.of(), ANSWER_SECONDS);
                Emulator emulator = Emulator.start(config, log.stream);
                served.add(new Served(c, emulator, log, HttpInvoke.postAsync(emulator, "{\"n\":1}")));
            }
            List<Executable> checks = new ArrayList<>();
            for (Served s : served) {
                HttpInvoke.Answer answer = s.answer().get(ANSWER_SECONDS, TimeUnit.SECONDS);
                checks.add(() -> {
                    String context = s.c() + " answered " + answer + "\nlog:\n" + s.log();
                    assertEquals(200, answer.status(), context);
                    assertEquals("Unhandled", answer.functionError(), context);
                    assertEquals(s.c().errorType(), answer.errorType(), context);
                    assertTrue(answer.errorMessage().contains(s.c().messagePart()), context);
                    // the runtime's own log names the failure too, as Node's prints "Uncaught Exception"
                    assertTrue(s.log().lines().stream().anyMatch(l -> l.contains("\tERROR\t") && l.contains(s.c().errorType())),
                            context);
                });
            }
            assertAll(checks);
        } finally {
            served.forEach(s -> s.emulator().close());
        }
    }

    private record Running(Case c, ScriptedRuntimeApi api, Process runtime, Path log) {}

    @Test
    void runtimePostsEachInitFailureAndExitsNonZeroByItself() throws Exception {
        List<Running> running = new ArrayList<>();
        try {
            for (Case c : CASES) {
                ScriptedRuntimeApi api = new ScriptedRuntimeApi();
                Path log = work.resolve(c.handler() + ".log");
                ProcessBuilder pb = new ProcessBuilder(RuntimeProcess.command()).redirectErrorStream(true)
                        .redirectOutput(log.toFile());
                pb.environment().put("AWS_LAMBDA_RUNTIME_API", api.address());
                pb.environment().put("_HANDLER", c.handler());
                pb.environment().put("LAMBDA_TASK_ROOT", RuntimeProcess.resource("broken").toString());
                running.add(new Running(c, api, pb.start(), log));
            }
            List<Executable> checks = new ArrayList<>();
            for (Running r : running) {
                ScriptedRuntimeApi.Posted init = r.api().awaitPost(ANSWER_SECONDS);
                boolean exited = r.runtime().waitFor(60, TimeUnit.SECONDS);
                String runtimeLog = Files.readString(r.log());
                checks.add(() -> {
                    String context = r.c() + " posted " + init + "\nruntime log:\n" + runtimeLog;
                    assertEquals("/2018-06-01/runtime/init/error", init.path(), context);
                    assertEquals(r.c().errorType(), init.headers().get("lambda-runtime-function-error-type"), context);
                    JsonNode body = HttpInvoke.JSON.readTree(init.body());
                    assertEquals(r.c().errorType(), body.path("errorType").asText(), context);
                    assertTrue(body.path("errorMessage").asText().contains(r.c().messagePart()), context);
                    assertTrue(exited, "the runtime exits after its init error: " + context);
                    assertNotEquals(0, r.runtime().exitValue(), context);
                });
            }
            assertAll(checks);
        } finally {
            for (Running r : running) {
                r.runtime().destroyForcibly();
                r.api().close();
            }
        }
    }
}
