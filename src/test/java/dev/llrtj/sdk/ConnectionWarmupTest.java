package dev.llrtj.sdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import dev.llrtj.testsupport.LlrtProcesses;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * With the connection warm-up on (the default) and no network, a handler importing @aws-sdk/client-dynamodb still
 * initialises within {@link #BOUND_MS} of the same handler with LLRT_SDK_CONNECTION_WARMUP=0, and answers.
 *
 * <p>"No network" without sending a packet anywhere: the JVMs get a hosts file (jdk.net.hosts.file, through
 * JAVA_TOOL_OPTIONS) that knows only the loopback names, so the real regional endpoint (us-east-1, no
 * AWS_ENDPOINT_URL) fails at name lookup, as it does on a machine without DNS. The second case is worse than a
 * failure: an endpoint that accepts TCP and never answers TLS.
 */
@Tag("sdk-it")
@Timeout(value = 600, unit = TimeUnit.SECONDS)
class ConnectionWarmupTest {
    static final long BOUND_MS = 2000;
    static final int RUNS = 3;

    @TempDir
    Path dir;

    @Test
    void unreachableRegionalEndpointDoesNotDelayInitBeyondTheBound() throws Exception {
        Assumptions.assumeFalse(LlrtProcesses.testsNativeRuntime(), "the no-network set-up is a JVM option "
                + "(jdk.net.hosts.file through JAVA_TOOL_OPTIONS) the native executable does not read: on it this test "
                + "would look up the real regional endpoint");
        assertWithinBound(offlineEnv());
    }

    @Test
    void endpointThatNeverAnswersDoesNotHangInit() throws Exception {
        try (SilentServer silent = new SilentServer()) {
            Map<String, String> env = new HashMap<>(offlineEnv());
            env.put("AWS_ENDPOINT_URL_DYNAMODB", "https://127.0.0.1:" + silent.port());
            assertWithinBound(env);
        }
    }

    /**
     * Alternates runs without and with warm-up and compares the fastest of each: on a loaded 2-core machine one
     * init can take seconds longer than the next for reasons of its own, the fastest of a few is steady.
     */
    private static void assertWithinBound(Map<String, String> env) throws Exception {
        double without = Double.MAX_VALUE;
        double with = Double.MAX_VALUE;
        List<String> runs = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            double off = initMs(withWarmup(env, "0"));
            double on = initMs(withWarmup(env, null));
            runs.add("off " + LambdaInvoke.format(off) + " / on " + LambdaInvoke.format(on));
            without = Math.min(without, off);
            with = Math.min(with, on);
        }
        assertTrue(with < without + BOUND_MS, "init with warm-up must stay within " + BOUND_MS
                + " ms of init without it; runs: " + runs);
    }

    private Map<String, String> offlineEnv() throws IOException {
        Path hosts = dir.resolve("hosts");
        if (!Files.exists(hosts)) {
            String self = InetAddress.getLocalHost().getHostName();
            Files.writeString(hosts, "127.0.0.1 localhost " + self + "\n::1 localhost ip6-localhost\n");
        }
        return SdkScript.awsEnv(Map.of("JAVA_TOOL_OPTIONS", "-Djdk.net.hosts.file=" + hosts));
    }

    private static Map<String, String> withWarmup(Map<String, String> env, String value) {
        Map<String, String> copy = new HashMap<>(env);
        if (value != null) {
            copy.put("LLRT_SDK_CONNECTION_WARMUP", value);
        }
        return copy;
    }

    /** Invokes the handler once and checks it answered; returns its Init Duration. */
    private static double initMs(Map<String, String> env) throws Exception {
        SdkScript.Result r = LambdaInvoke.invoke("lambda-warmup", "{\"ping\":1}", env);
        assertEquals(0, r.code(), r.describe());
        assertEquals("{\"echo\":{\"ping\":1},\"region\":\"us-east-1\"}", r.out().strip(), r.describe());
        return LambdaInvoke.initDurationMs(r);
    }

    /** Accepts connections on a loopback port and never sends a byte: a TLS handshake there waits forever. */
    private static final class SilentServer implements AutoCloseable {
        private final ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        private final List<Socket> held = new ArrayList<>();
        private final Thread acceptor = Thread.ofVirtual().start(() -> {
            while (!server.isClosed()) {
                try {
                    Socket s = server.accept();
                    synchronized (held) {
                        held.add(s);
                    }
                } catch (IOException e) {
                    return;
                }
            }
        });

        SilentServer() throws IOException {}

        int port() {
            return server.getLocalPort();
        }

        @Override
        public void close() throws IOException {
            server.close();
            synchronized (held) {
                for (Socket s : held) {
                    s.close();
                }
            }
            try {
                acceptor.join(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
