package dev.llrtj.realm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.llrtj.testsupport.LlrtProcesses;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Loading an embedded client package opens a connection to its endpoint (AWS_ENDPOINT_URL_DYNAMODB here, a
 * loopback port that accepts TCP and never answers, so TLS never completes) unless LLRT_SDK_CONNECTION_WARMUP is
 * 0/false, and that endpoint neither hangs the process nor delays its end by more than the warm-up bound.
 */
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class EmbeddedSdkWarmupTest {
    /** The warm-up's own timeout (dev/llrtj/realm/sdk.js) plus slack for a loaded 2-core machine. */
    private static final long BOUND_MS = 1000 + 2000;

    @TempDir
    Path dir;

    private record Run(String out, long millis) {}

    private Run runImport(int port, String warmup) throws Exception {
        Path home = Path.of(System.getProperty("llrt.home"));
        Path script = dir.resolve("import-dynamodb.mjs");
        if (!Files.exists(script)) {
            Files.copy(Path.of(getClass().getResource("/sdk/import-dynamodb.mjs").toURI()), script);
        }
        List<String> cmd = LlrtProcesses.command(
                LlrtProcesses.embeddedSdk(home.resolve("target/sdk/std-sdk")), List.of(), script.toString());
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true);
        pb.environment().put("AWS_REGION", "us-east-1");
        pb.environment().put("AWS_ENDPOINT_URL_DYNAMODB", "https://127.0.0.1:" + port);
        if (warmup != null) {
            pb.environment().put("LLRT_SDK_CONNECTION_WARMUP", warmup);
        }
        long start = System.nanoTime();
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "llrt did not end");
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        assertEquals(0, p.exitValue(), out);
        assertTrue(out.contains("ready"), out);
        return new Run(out, millis);
    }

    @Test
    void clientImportWarmsItsEndpointWithoutWaitingForIt() throws Exception {
        assertTrue(Files.isRegularFile(Path.of(System.getProperty("llrt.home"), "target/sdk/std-sdk/manifest.json")));
        AtomicInteger accepted = new AtomicInteger();
        List<Socket> held = new ArrayList<>();
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Thread acceptor = Thread.ofVirtual().start(() -> {
                while (!silent.isClosed()) {
                    try {
                        Socket s = silent.accept();
                        accepted.incrementAndGet();
                        synchronized (held) {
                            held.add(s); // never answers: the TLS handshake of the warm-up waits for nothing
                        }
                    } catch (IOException e) {
                        return;
                    }
                }
            });
            Run off = runImport(silent.getLocalPort(), "false");
            assertEquals(0, accepted.get(), "LLRT_SDK_CONNECTION_WARMUP=false: no connection");
            Run offZero = runImport(silent.getLocalPort(), "0");
            assertEquals(0, accepted.get(), "LLRT_SDK_CONNECTION_WARMUP=0: no connection");
            Run on = runImport(silent.getLocalPort(), null);
            assertEquals(1, accepted.get(), "the warm-up opened one connection to AWS_ENDPOINT_URL_DYNAMODB");
            long baseline = Math.min(off.millis(), offZero.millis());
            assertTrue(on.millis() < baseline + BOUND_MS, "with warm-up " + on.millis() + " ms, without " + baseline + " ms");
            silent.close();
            acceptor.join(2000);
        } finally {
            synchronized (held) {
                for (Socket s : held) {
                    s.close();
                }
            }
        }
    }
}
