package dev.llrtj.sdk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.llrtj.emulator.Emulator;
import dev.llrtj.emulator.EmulatorConfig;
import dev.llrtj.testsupport.CapturedLog;
import dev.llrtj.testsupport.LlrtProcesses;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The emulator's InvokeWithResponseStream endpoint read by the AWS SDK's own client (sdk-it/lambda-stream.mjs):
 * its event-stream decoder checks every frame and CRC, so this proves the framing against code we did not write;
 * and each paced write reaches the SDK before the handler writes the next (passed on as it arrives).
 */
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class InvokeWithResponseStreamSdkTest {
    @Test
    void theSdkReadsTheStreamedChunksAndTheError() throws Exception {
        Path functions = Path.of(InvokeWithResponseStreamSdkTest.class.getResource("/lambda/functions").toURI());
        CapturedLog log = new CapturedLog();
        EmulatorConfig config = new EmulatorConfig(functions, "streaming.handler", 0, 60, 128, "function",
                LlrtProcesses.shellCommand(LlrtProcesses.command()), Map.of(), 180);
        try (Emulator emulator = Emulator.start(config, log.stream)) {
            SdkScript.Result r = SdkScript.run("lambda-stream.mjs",
                    SdkScript.awsEnv(Map.of("AWS_ENDPOINT_URL_LAMBDA", "http://127.0.0.1:" + emulator.port())));
            assertEquals(0, r.code(), () -> r.describe() + "\n--- emulator\n" + log);
        }
    }
}
