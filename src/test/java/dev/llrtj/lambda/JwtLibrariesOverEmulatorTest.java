package dev.llrtj.lambda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.llrtj.emulator.Emulator;
import dev.llrtj.emulator.EmulatorConfig;
import dev.llrtj.testsupport.CapturedLog;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The must-show for node:crypto's keys: jsonwebtoken (RS256/RS512/HS256 deterministic tokens, PS256/ES256/ES384
 * randomized ones, verification and its failures) and aws-jwt-verify (a JWKS given inline, RS256/ES256/ES384/EdDSA),
 * installed from npm by their lockfile (src/test/npm/jwt), bundled with `llrt bundle`, served through the Lambda loop
 * behind our emulator. Every answer must equal the same handler's under Node (node-answers.mjs); tokens llrt signs
 * with randomized algorithms are verified by Node instead, and Node's by llrt.
 */
class JwtLibrariesOverEmulatorTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path PROJECT = Path.of("src/test/npm/jwt");

    @TempDir
    Path work;

    @Test
    @Timeout(value = 600, unit = TimeUnit.SECONDS)
    void jsonwebtokenAndAwsJwtVerifyAnswerAsUnderNode() throws Exception {
        if (!Files.exists(PROJECT.resolve("node_modules/.package-lock.json"))) {
            run(List.of("npm", "ci", "--no-audit", "--no-fund"), null);
        }
        ArrayNode events = (ArrayNode) JSON.readTree(run(List.of("node", "node-answers.mjs", "events"), null));
        JsonNode nodeAnswers = JSON.readTree(run(List.of("node", "node-answers.mjs", "run"), events.toString()));

        Path dist = work.resolve("dist");
        RuntimeProcess.bundle(PROJECT.resolve("index.mjs").toAbsolutePath(), dist);
        CapturedLog log = new CapturedLog();
        EmulatorConfig config = new EmulatorConfig(dist, "index.handler", 0, 30, 128, "llrt-jwt-test",
                RuntimeProcess.shellCommandReportingExit(), Map.of(), 180);
        ArrayNode crossChecks = JSON.createArrayNode();
        try (Emulator emulator = Emulator.start(config, log.stream)) {
            for (int i = 0; i < events.size(); i++) {
                JsonNode event = events.get(i);
                HttpInvoke.Answer a = HttpInvoke.post(emulator, event.toString());
                String context = "event " + i + " " + event.path("action") + " " + event.path("alg") + ": " + a + "\n" + log;
                assertEquals(200, a.status(), context);
                assertNull(a.functionError(), context);
                if (event.path("random").asBoolean()) {
                    ObjectNode verify = JSON.createObjectNode();
                    verify.put("action", "verify").put("alg", event.path("alg").asText())
                            .put("token", a.json().path("token").asText()).put("key", event.path("publicKey").asText());
                    crossChecks.add(verify);
                } else {
                    assertEquals(nodeAnswers.get(i), a.json(), context);
                }
            }
        }
        assertTrue(crossChecks.size() >= 3, "randomized algorithms were signed by llrt");
        JsonNode verified = JSON.readTree(run(List.of("node", "node-answers.mjs", "run"), crossChecks.toString()));
        for (int i = 0; i < crossChecks.size(); i++) {
            JsonNode v = verified.get(i);
            assertTrue(v.path("ok").asBoolean(), "Node verifies llrt's " + crossChecks.get(i).path("alg") + " token: " + v);
            assertEquals("user-1", v.path("payload").path("sub").asText(), v.toString());
        }
    }

    /** Runs a command in the npm project, feeding `stdin`; its standard output, or a failure with its error output. */
    private String run(List<String> command, String stdin) throws IOException, InterruptedException {
        Path err = work.resolve("command-" + System.nanoTime() + ".err");
        Process p = new ProcessBuilder(command).directory(PROJECT.toFile()).redirectError(err.toFile()).start();
        try (var in = p.getOutputStream()) {
            if (stdin != null) in.write(stdin.getBytes(StandardCharsets.UTF_8));
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(240, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError(command + " did not finish");
        }
        assertEquals(0, p.exitValue(), () -> command + " failed:\n" + read(err));
        return out;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return e.toString();
        }
    }
}
