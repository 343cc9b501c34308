package dev.llrtj.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.llrtj.emulator.EmulatorConfig;
import dev.llrtj.testsupport.InvokeProbe;
import dev.llrtj.testsupport.LlrtProcesses;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * `llrt` with no arguments, started as a container image is outside Lambda (LAMBDA_TASK_ROOT, no
 * AWS_LAMBDA_RUNTIME_API), answers Lambda's invoke endpoint as an AWS base image does through the RIE (issue 14
 * item 4). ContainerRootIT runs the same against the image's own file trees on port 8080.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class ImageEmulatorTest {
    @TempDir
    Path task;

    @Test
    void theImagesEnvironmentSaysWhatToServe() {
        Map<String, String> image = Map.of("LAMBDA_TASK_ROOT", task.toString(), "LAMBDA_HANDLER", "app.run");
        assertTrue(ImageEmulator.applies(image));
        assertFalse(ImageEmulator.applies(Map.of("LAMBDA_TASK_ROOT", task.toString(),
                "AWS_LAMBDA_RUNTIME_API", "127.0.0.1:9001")), "inside Lambda it is the Lambda loop");
        assertFalse(ImageEmulator.applies(Map.of()), "on a developer's machine, `llrt` alone prints usage");
        EmulatorConfig config = ImageEmulator.config(image);
        assertEquals(8080, config.port(), "the port AWS base images serve the invoke endpoint on");
        assertEquals("app.run", config.handler());
        assertEquals(3008, config.memoryMb(), "the RIE's default memory");
        assertEquals(300, config.timeoutSeconds(), "the RIE's default timeout");
        EmulatorConfig sized = ImageEmulator.config(Map.of("LAMBDA_TASK_ROOT", task.toString(), "_HANDLER", "x.y",
                "AWS_LAMBDA_FUNCTION_MEMORY_SIZE", "256", "AWS_LAMBDA_FUNCTION_TIMEOUT", "9"));
        assertEquals("x.y", sized.handler(), "_HANDLER when LAMBDA_HANDLER is not set");
        assertEquals(256, sized.memoryMb());
        assertEquals(9, sized.timeoutSeconds());
    }

    @Test
    void llrtAloneOutsideLambdaServesTheInvokeEndpoint() throws Exception {
        Files.writeString(task.resolve("index.mjs"),
                "export const handler = async (event) => ({ got: event, fn: process.env.AWS_LAMBDA_FUNCTION_NAME });\n");
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        ProcessBuilder pb = new ProcessBuilder(LlrtProcesses.command()).redirectErrorStream(true)
                .redirectOutput(task.resolve("llrt.log").toFile());
        pb.environment().remove("AWS_LAMBDA_RUNTIME_API");
        pb.environment().remove("_HANDLER");
        pb.environment().put("LAMBDA_TASK_ROOT", task.toString());
        pb.environment().put("LAMBDA_HANDLER", "index.handler");
        pb.environment().put("LLRT_EMULATOR_PORT", Integer.toString(port));
        Process llrt = pb.start();
        try {
            HttpResponse<String> answer = InvokeProbe.postUntilListening(
                    "http://127.0.0.1:" + port + "/2015-03-31/functions/function/invocations", "{\"a\":1}", llrt);
            assertEquals(200, answer.statusCode(), answer.body());
            assertEquals("{\"got\":{\"a\":1},\"fn\":\"function\"}", answer.body());
        } finally {
            llrt.toHandle().descendants().forEach(ProcessHandle::destroyForcibly);
            llrt.destroyForcibly();
        }
        assertTrue(Files.readString(task.resolve("llrt.log")).contains("START RequestId: "), "Lambda's log lines");
    }
}
