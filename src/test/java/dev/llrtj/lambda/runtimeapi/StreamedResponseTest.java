package dev.llrtj.lambda.runtimeapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.vertx.core.Vertx;
import io.vertx.core.net.NetClient;
import io.vertx.core.net.SocketAddress;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A streamed answer whose connection closes with no HTTP answer read: past Lambda's 20 MiB that is the size cut
 * (the Runtime API's 413 can be lost to the reset of its close), before it a broken Runtime API.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class StreamedResponseTest {
    private Vertx vertx;
    private NetClient net;

    @BeforeEach
    void start() {
        vertx = Vertx.vertx();
        net = vertx.createNetClient();
    }

    @AfterEach
    void stop() throws Exception {
        vertx.close().await(10, TimeUnit.SECONDS);
    }

    /** A peer that reads {@code closeAfter} bytes of the request and closes without a word. */
    private static CompletableFuture<Long> silentPeer(ServerSocket server, long closeAfter) {
        return CompletableFuture.supplyAsync(() -> {
            try (Socket s = server.accept(); InputStream in = s.getInputStream()) {
                byte[] buffer = new byte[64 * 1024];
                long read = 0;
                for (int r; read < closeAfter && (r = in.read(buffer)) > 0; ) {
                    read += r;
                }
                return read;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private StreamedResponse open(ServerSocket server) {
        SocketAddress address = SocketAddress.inetSocketAddress(server.getLocalPort(), "127.0.0.1");
        String head = StreamedResponse.head("/2018-06-01/runtime/invocation/id/response", "127.0.0.1", "text/plain", null);
        return StreamedResponse.open(vertx.getOrCreateContext(), net, address, head);
    }

    @Test
    void aCloseAfterMoreThanTheLimitIsTheSizeCut() throws Exception {
        try (ServerSocket server = new ServerSocket(0)) {
            CompletableFuture<Long> peer = silentPeer(server, RuntimeApi.MAX_STREAMED_RESPONSE_BYTES + 1024L * 1024);
            StreamedResponse stream = open(server);
            byte[] chunk = new byte[256 * 1024];
            for (long sent = 0; sent <= RuntimeApi.MAX_STREAMED_RESPONSE_BYTES + 2L * 1024 * 1024 && !stream.reply().isDone();
                    sent += chunk.length) {
                stream.write(chunk).get(20, TimeUnit.SECONDS);
            }
            peer.get(30, TimeUnit.SECONDS);
            assertEquals(413, stream.reply().get(30, TimeUnit.SECONDS));
        }
    }

    @Test
    void aCloseWithinTheLimitIsABrokenRuntimeApi() throws Exception {
        try (ServerSocket server = new ServerSocket(0)) {
            CompletableFuture<Long> peer = silentPeer(server, 1024);
            StreamedResponse stream = open(server);
            stream.write(new byte[4096]).get(20, TimeUnit.SECONDS);
            peer.get(30, TimeUnit.SECONDS);
            ExecutionException e = assertThrows(ExecutionException.class, () -> stream.reply().get(30, TimeUnit.SECONDS));
            assertInstanceOf(RuntimeApiException.class, e.getCause());
        }
    }
}
