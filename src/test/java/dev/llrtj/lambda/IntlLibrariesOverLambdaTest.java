package dev.llrtj.lambda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.llrtj.lambda.thirdparty.ThirdPartyRuntimeApi;
import dev.llrtj.testsupport.LlrtProcesses;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The must-show for Intl: luxon, date-fns-tz and dayjs's timezone plugin (from npm, by the lockfile in
 * lambda-npm/intl) bundled with `llrt bundle`, served by the runtime under a Runtime API we did not write
 * (@vercel/fun), each answer equal to Node's answer to the same event (expected.json, from make-expected.mjs).
 * The libraries do their zone arithmetic through Intl.DateTimeFormat#formatToParts and format with Intl.
 */
class IntlLibrariesOverLambdaTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path work;

    @Test
    @Timeout(value = 600, unit = TimeUnit.SECONDS)
    void luxonDateFnsTzAndDayjsGiveNodesAnswersThroughTheLambdaLoop() throws Exception {
        Path fixture = NpmFixture.installed("intl");
        Path bundle = work.resolve("dist");
        RuntimeProcess.bundle(fixture.resolve("index.mjs"), bundle);

        // Lambda runs every function with TZ=:UTC; fun reserves the name, so the bootstrap sets it as Lambda does
        String runtime = LlrtProcesses.shellCommand(RuntimeProcess.command());
        List<String> bootstrap = List.of("/bin/sh", "-c", "cp '" + bundle + "'/index.mjs . && TZ=:UTC exec " + runtime);
        JsonNode events = JSON.readTree(Files.readString(fixture.resolve("events.json")));
        JsonNode expected = JSON.readTree(Files.readString(fixture.resolve("expected.json")));
        List<String> payloads = new ArrayList<>();
        events.forEach(e -> payloads.add(e.toString()));
        try (ThirdPartyRuntimeApi api = ThirdPartyRuntimeApi.spawnRuntime(bootstrap, Map.of(), "index.handler")) {
            List<ThirdPartyRuntimeApi.Invocation> results = api.invokeAll(payloads, Duration.ofSeconds(300));
            for (int i = 0; i < payloads.size(); i++) {
                ThirdPartyRuntimeApi.Invocation r = results.get(i);
                String context = "event " + i + ": " + r + "\nruntime log:\n" + api.runtimeLog();
                assertNull(r.functionError(), context);
                assertEquals(expected.get(i).toPrettyString(), JSON.readTree(r.payload()).toPrettyString(), context);
            }
        }
    }
}
