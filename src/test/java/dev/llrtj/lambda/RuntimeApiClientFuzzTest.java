package dev.llrtj.lambda;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The runtime's Runtime API client against random answers to `next` from a Runtime API on loopback (a fixed seed,
 * so a failure replays; a fixed number of rounds under a time bound): request ids of any printable characters,
 * deadlines and context headers that are not what they claim, events that are not JSON or are deep or large,
 * statuses of every kind, a missing id, a body cut short. Each round ends one of two ways, never neither: an
 * answer posted under that very id (the path carries it percent-encoded), or, for an answer the runtime cannot use,
 * an exit with a non-zero status and a message saying why. A runtime that exited is replaced for the next round.
 */
@Timeout(value = 900, unit = TimeUnit.SECONDS)
class RuntimeApiClientFuzzTest {
    private static final long SEED = 0x12_4a91L;
    private static final int ROUNDS = 40;
    private static final String PATH = "/2018-06-01/runtime/invocation/";
    private static final long STARTUP_SECONDS = 180;

    @TempDir
    Path work;

    private int started;

    private Process start(ScriptedRuntimeApi api) throws Exception {
        started++;
        ProcessBuilder pb = new ProcessBuilder(RuntimeProcess.command()).redirectErrorStream(true)
                .redirectOutput(log(started).toFile());
        pb.environment().put("AWS_LAMBDA_RUNTIME_API", api.address());
        pb.environment().put("_HANDLER", "index.handler");
        pb.environment().put("LAMBDA_TASK_ROOT", RuntimeProcess.resource("hostile").toString());
        return pb.start();
    }

    private Path log(int n) {
        return work.resolve("runtime-" + n + ".log");
    }

    @Test
    void everyAnswerToNextIsAnsweredOrEndsTheRuntimeWithAReason() throws Exception {
        Random random = new Random(SEED);
        try (ScriptedRuntimeApi api = new ScriptedRuntimeApi()) {
            Process runtime = start(api);
            try {
                for (int round = 0; round < ROUNDS; round++) {
                    int kind = random.nextInt(10);
                    String id = "r" + round + "-" + printable(random, 12);
                    ScriptedRuntimeApi.Step step = switch (kind) {
                        case 7 -> ScriptedRuntimeApi.Step.fail(pick(random, 204, 301, 400, 403, 404, 413, 429, 500, 502, 503));
                        case 8 -> ScriptedRuntimeApi.Step.invocation(random.nextBoolean()
                                ? Map.of("Lambda-Runtime-Deadline-Ms", "+9000") : Map.of("Lambda-Runtime-Aws-Request-Id", ""), event(random));
                        case 9 -> ScriptedRuntimeApi.Step.invocation(headers(random, id), event(random)).truncate();
                        default -> ScriptedRuntimeApi.Step.invocation(headers(random, id), event(random));
                    };
                    String body = step.body().length() > 200 ? step.body().substring(0, 200) + "..." : step.body();
                    String context = "round " + round + " (seed " + SEED + "): " + step.status() + " " + step.headers()
                            + (step.truncated() ? " truncated " : " ") + body;
                    api.script(step);
                    if (kind < 7) {
                        ScriptedRuntimeApi.Posted post = api.awaitPost(STARTUP_SECONDS);
                        assertTrue(post.path().equals(PATH + id + "/response") || post.path().equals(PATH + id + "/error"),
                                context + "\nposted " + post + "\n" + Files.readString(log(started)));
                    } else {
                        assertTrue(runtime.waitFor(STARTUP_SECONDS, TimeUnit.SECONDS), context + " left the runtime hanging: "
                                + Files.readString(log(started)));
                        String log = Files.readString(log(started));
                        assertNotEquals(0, runtime.exitValue(), context + "\n" + log);
                        assertTrue(log.contains("llrt: Runtime API next"), context + " exited without saying why:\n" + log);
                        runtime = start(api);
                    }
                }
            } finally {
                runtime.destroyForcibly();
            }
        }
    }

    private static Map<String, String> headers(Random random, String id) {
        Map<String, String> h = new LinkedHashMap<>();
        h.put("Lambda-Runtime-Aws-Request-Id", id);
        h.put("Lambda-Runtime-Deadline-Ms", pick(random, "+9000", "+9000", "soon", "-5", "99999999999999999999", "", "1e3"));
        if (random.nextBoolean()) {
            h.put("Lambda-Runtime-Client-Context", pick(random, "{\"custom\":{}}", "not json", "[1,2", "null"));
        }
        if (random.nextBoolean()) {
            h.put("Lambda-Runtime-Cognito-Identity", pick(random, "{}", "{{", "\"x\""));
        }
        if (random.nextBoolean()) {
            h.put("Lambda-Runtime-Trace-Id", printable(random, 30));
        }
        if (random.nextBoolean()) {
            h.put("Lambda-Runtime-Invoked-Function-Arn", printable(random, 20));
        }
        return h;
    }

    private static String event(Random random) {
        return switch (random.nextInt(9)) {
            case 0 -> "";
            case 1 -> "not json at all";
            case 2 -> "{\"action\":\"echo\",\"value\":" + "[".repeat(200) + "]".repeat(200) + "}";
            case 3 -> "{\"action\":\"echo\",\"value\":\"" + "x".repeat(random.nextInt(2_000_000)) + "\"}";
            case 4 -> "null";
            case 5 -> "{\"action\":\"throwNull\"}";
            case 6 -> "{\"action\":\"echo\",\"value\":\"\\ud800 \\u0000 é\"}";
            case 7 -> printable(random, 50);
            default -> "{\"action\":\"echo\",\"value\":" + random.nextInt() + "}";
        };
    }

    /** Printable ASCII (what a header can carry), never blank at either end. */
    private static String printable(Random random, int max) {
        StringBuilder sb = new StringBuilder("a");
        for (int i = random.nextInt(max); i > 0; i--) {
            sb.append((char) (0x20 + random.nextInt(0x7f - 0x20)));
        }
        return sb.append('z').toString();
    }

    @SafeVarargs
    private static <T> T pick(Random random, T... choices) {
        return choices[random.nextInt(choices.length)];
    }
}
