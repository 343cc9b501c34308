package dev.llrtj.lambda;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * An event nested 5,000 deep (10 KB, which Node's runtime parses) is answered, and the runtime stays up for the next
 * one: parsing it overflowed the JS thread's Java stack, and the StackOverflowError ended the runtime (exit 129).
 */
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class DeepEventTest {
    private static final String PATH = "/2018-06-01/runtime/invocation/";

    @TempDir
    Path work;

    @Test
    void anEventNestedFiveThousandDeepIsParsedAndTheRuntimeLivesOn() throws Exception {
        try (ScriptedRuntimeApi api = new ScriptedRuntimeApi()) {
            Process runtime = RuntimeProcess.startAgainst(api.address(), "functions", "cases.handler", work.resolve("runtime.log"));
            try {
                String nested = "[".repeat(5000) + "]".repeat(5000);
                api.script(ScriptedRuntimeApi.Step.invocation(headers("deep-1"),
                        "{\"action\":\"depth\",\"nested\":" + nested + "}"));
                ScriptedRuntimeApi.Posted deep = api.awaitPost(180);
                assertEquals(PATH + "deep-1/response", deep.path(), deep + "\n" + log());
                assertEquals(5000, HttpInvoke.JSON.readTree(deep.body()).path("depth").asInt(), deep.body());

                api.script(ScriptedRuntimeApi.Step.invocation(headers("deep-2"), "{\"action\":\"depth\",\"nested\":[[1]]}"));
                ScriptedRuntimeApi.Posted next = api.awaitPost(30);
                assertEquals(PATH + "deep-2/response", next.path(), next + "\n" + log());
                assertEquals(2, HttpInvoke.JSON.readTree(next.body()).path("depth").asInt(), next.body());
            } finally {
                runtime.destroyForcibly();
            }
        }
    }

    private static Map<String, String> headers(String requestId) {
        return Map.of("Lambda-Runtime-Aws-Request-Id", requestId, "Lambda-Runtime-Deadline-Ms", "+30000",
                "Lambda-Runtime-Invoked-Function-Arn", "arn:aws:lambda:eu-west-1:123456789012:function:deep");
    }

    private String log() throws Exception {
        return Files.readString(work.resolve("runtime.log"));
    }
}
