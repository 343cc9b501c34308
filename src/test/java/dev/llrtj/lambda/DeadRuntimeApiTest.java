package dev.llrtj.lambda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** A runtime whose Runtime API is gone must say so and exit non-zero, not hang waiting for work. */
class DeadRuntimeApiTest {
    @TempDir
    Path work;

    @Test
    @Timeout(value = 180, unit = TimeUnit.SECONDS)
    void runtimePointedAtAClosedPortExitsPromptlyWithAClearMessage() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort(); // nothing listens there once the socket closes
        }
        Path out = work.resolve("runtime.log");
        ProcessBuilder pb = new ProcessBuilder(RuntimeProcess.command()).redirectErrorStream(true)
                .redirectOutput(out.toFile());
        pb.environment().put("AWS_LAMBDA_RUNTIME_API", "127.0.0.1:" + closedPort);
        pb.environment().put("_HANDLER", "cases.handler");
        pb.environment().put("LAMBDA_TASK_ROOT", RuntimeProcess.resource("functions").toString());
        Process runtime = pb.start();
        try {
            // bounded by JVM start-up and init only (about 2 s on an idle machine): no retrying, no waiting
            assertTrue(runtime.waitFor(120, TimeUnit.SECONDS), "the runtime must not hang: " + Files.readString(out));
        } finally {
            runtime.destroyForcibly();
        }
        String log = Files.readString(out);
        assertNotEquals(0, runtime.exitValue(), log);
        assertTrue(log.contains("Runtime API") && log.contains("127.0.0.1:" + closedPort), "names what failed: " + log);
        assertEquals(1, log.lines().filter(l -> l.contains("Runtime API")).count(), "one attempt, one message: " + log);
    }
}
