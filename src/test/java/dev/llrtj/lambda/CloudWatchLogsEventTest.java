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
 * zlib's first user: a CloudWatch Logs subscription event (base64 of gzip, made by Node's zlib in
 * src/test/js/fixtures/zlib/make-cloudwatch-event.cjs) goes through the Lambda loop to a handler that gunzips it,
 * and the answer is what Node's own decoding of the same event gave (expected.json, written by that script).
 */
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class CloudWatchLogsEventTest {
    private static final String PATH = "/2018-06-01/runtime/invocation/";

    @TempDir
    Path work;

    @Test
    void aSubscriptionEventIsGunzippedAsNodeDecodesIt() throws Exception {
        Path function = RuntimeProcess.resource("cloudwatch-logs");
        String event = Files.readString(function.resolve("event.json"));
        try (ScriptedRuntimeApi api = new ScriptedRuntimeApi()) {
            ProcessBuilder pb = new ProcessBuilder(RuntimeProcess.command()).redirectErrorStream(true)
                    .redirectOutput(work.resolve("runtime.log").toFile());
            pb.environment().put("AWS_LAMBDA_RUNTIME_API", api.address());
            pb.environment().put("_HANDLER", "index.handler");
            pb.environment().put("LAMBDA_TASK_ROOT", function.toString());
            Process runtime = pb.start();
            try {
                api.script(ScriptedRuntimeApi.Step.invocation(Map.of("Lambda-Runtime-Aws-Request-Id", "logs-1",
                        "Lambda-Runtime-Deadline-Ms", "+30000", "Lambda-Runtime-Invoked-Function-Arn",
                        "arn:aws:lambda:eu-west-1:123456789012:function:logs"), event));
                ScriptedRuntimeApi.Posted posted = api.awaitPost(180);
                assertEquals(PATH + "logs-1/response", posted.path(), posted + "\n" + Files.readString(work.resolve("runtime.log")));
                assertEquals(HttpInvoke.JSON.readTree(Files.readString(function.resolve("expected.json"))),
                        HttpInvoke.JSON.readTree(posted.body()));
            } finally {
                runtime.destroyForcibly();
            }
        }
    }
}
