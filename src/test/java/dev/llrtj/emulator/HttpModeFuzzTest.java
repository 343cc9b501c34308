package dev.llrtj.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * `serve --http` against random function answers (a fixed seed, so a failure replays; loopback only; a fixed number
 * of rounds under a time bound): status codes of every kind, header names and values with control characters,
 * content-lengths that lie, base64 that is not, cookies and bodies of every JSON type, and raw payloads that are not
 * JSON at all. Whatever the function answers, the client gets one well-formed response, and the same keep-alive
 * connection then carries a canary request whose answer must be exactly its own: a desynchronised connection (a
 * body longer or shorter than announced, an interim 1xx, a header split by CR/LF) shows up as the wrong canary.
 */
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class HttpModeFuzzTest {
    private static final long SEED = 0x11a7_12L;
    private static final int ROUNDS = 250;
    private static final String WEIRD = "\r\n\0\t \u007f\u0080é\u2028\"\\:;,=/@{}[]()<>?";

    @TempDir
    Path root;

    private final EmulatorFixture.Log log = new EmulatorFixture.Log();

    @Test
    void everyAnswerIsOneWellFormedResponseAndTheConnectionStaysInStep() throws Exception {
        Random random = new Random(SEED);
        try (Emulator emulator = Emulator.start(EmulatorFixture.standInConfig(root, 30, Map.of()), new ServeOptions(1, true), log.stream)) {
            RawHttp http = new RawHttp(emulator.port(), 60_000);
            try {
                for (int round = 0; round < ROUNDS; round++) {
                    String request = randomRequest(random);
                    RawHttp.Response r;
                    try {
                        r = http.exchange(random.nextInt(8) == 0 ? "PUT" : "POST", "/fuzz/" + round, request);
                    } catch (IOException e) {
                        throw new AssertionError("round " + round + " (seed " + SEED + "): no response to " + request, e);
                    }
                    assertTrue(r.status() >= 200 && r.status() <= 599, "round " + round + ": status " + r.status() + " for " + request);
                    String marker = "canary-" + round;
                    RawHttp.Response canary = http.exchange("POST", "/canary",
                            new JsonObject().put("reply", new JsonObject().put("statusCode", 200).put("body", marker)).encode());
                    assertEquals(200, canary.status(), "round " + round + " desynchronised the connection: " + request);
                    assertEquals(marker, canary.body(), "round " + round + " desynchronised the connection: " + request);
                }
            } finally {
                http.close();
            }
        }
    }

    private static String randomRequest(Random random) {
        if (random.nextInt(10) == 0) {
            return new JsonObject().put("rawReply", randomText(random, 40)).encode(); // not JSON, or JSON of any shape
        }
        JsonObject reply = new JsonObject();
        switch (random.nextInt(6)) {
            case 0 -> reply.put("statusCode", random.nextInt(700) - 50);
            case 1 -> reply.put("statusCode", pick(random, 100, 101, 103, 199, 204, 205, 304, 200, 599, 600));
            case 2 -> reply.put("statusCode", randomText(random, 4));
            case 3 -> reply.put("statusCode", random.nextDouble() * 600);
            default -> reply.put("statusCode", 200 + random.nextInt(300));
        }
        if (random.nextBoolean()) {
            JsonObject headers = new JsonObject();
            for (int i = random.nextInt(4); i >= 0; i--) {
                String name = random.nextInt(3) == 0 ? randomText(random, 8) : pick(random, "x-a", "content-length",
                        "Content-Length", "transfer-encoding", "connection", "content-type", "set-cookie", "x-b");
                Object value = switch (random.nextInt(5)) {
                    case 0 -> random.nextInt(200) - 10;
                    case 1 -> random.nextBoolean();
                    case 2 -> pick(random, "chunked", "close", "keep-alive", "0", "5", "-1", "99999999999");
                    default -> randomText(random, 12);
                };
                headers.put(name, value);
            }
            reply.put("headers", headers);
        }
        if (random.nextInt(4) == 0) {
            reply.put("multiValueHeaders", new JsonObject().put("x-m", new JsonArray().add(randomText(random, 6)).add(3)));
        }
        if (random.nextInt(4) == 0) {
            reply.put("cookies", new JsonArray().add(randomText(random, 10)).add("a=b"));
        }
        switch (random.nextInt(5)) {
            case 0 -> reply.put("body", randomText(random, 30));
            case 1 -> reply.put("body", randomText(random, 3000));
            case 2 -> reply.put("body", random.nextInt());
            case 3 -> reply.put("body", new JsonObject().put("nested", randomText(random, 5)));
            default -> { }
        }
        if (random.nextInt(3) == 0) {
            reply.put("isBase64Encoded", random.nextInt(3) == 0 ? (Object) "yes" : (Object) random.nextBoolean());
        }
        return new JsonObject().put("reply", reply).encode();
    }

    private static String randomText(Random random, int maxLength) {
        StringBuilder sb = new StringBuilder();
        int length = random.nextInt(maxLength + 1);
        for (int i = 0; i < length; i++) {
            int kind = random.nextInt(4);
            sb.append(kind == 0 ? WEIRD.charAt(random.nextInt(WEIRD.length())) : (char) ('a' + random.nextInt(26)));
        }
        return sb.toString();
    }

    @SafeVarargs
    private static <T> T pick(Random random, T... choices) {
        return choices[random.nextInt(choices.length)];
    }
}
