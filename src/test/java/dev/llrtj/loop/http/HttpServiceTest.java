package dev.llrtj.loop.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.llrtj.loop.EventLoop;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The loop's HTTP client from Java: laziness, refusals before connecting, warm-up into the pool, pulled bodies. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class HttpServiceTest {
    private EventLoop loop;
    private LocalServer server;

    @BeforeEach
    void start() throws Exception {
        loop = EventLoop.start();
        server = LocalServer.plain();
    }

    @AfterEach
    void stop() {
        server.close();
        loop.close();
    }

    private <T> T onLoop(java.util.concurrent.Callable<T> task) throws Exception {
        return loop.submit(task).get(30, TimeUnit.SECONDS);
    }

    private String get(String url) throws Exception {
        CompletableFuture<String> body = new CompletableFuture<>();
        onLoop(() -> {
            Exchange exchange = HttpService.of(loop).open(new Exchange.Spec("GET", url, List.of(), null, false, 0), (head, error) -> {
                if (error != null) {
                    body.completeExceptionally(error);
                }
            });
            exchange.readAll((bytes, error) -> {
                if (error != null) {
                    body.completeExceptionally(error);
                } else {
                    body.complete(new String(bytes, StandardCharsets.UTF_8));
                }
            });
            return null;
        });
        return body.get(30, TimeUnit.SECONDS);
    }

    @Test
    void noClientUntilFirstUse() throws Exception {
        assertFalse(onLoop(() -> HttpService.created(loop)));
        assertEquals("hello", get(server.url("/hello")));
        assertTrue(onLoop(() -> HttpService.created(loop)));
    }

    @Test
    void aRefusedUrlThrowsBeforeAnyConnection() throws Exception {
        onLoop(() -> HttpService.install(loop, NetConfig.defaults().withDeny("127.0.0.1:" + server.url("").replaceAll(".*:", ""))));
        NetRefusedException refused = assertThrows(NetRefusedException.class, () -> {
            try {
                onLoop(() -> HttpService.of(loop).open(new Exchange.Spec("GET", server.url("/hello"), List.of(), null, false, 0), (h, e) -> {}));
            } catch (java.util.concurrent.ExecutionException e) {
                throw e.getCause();
            }
        });
        assertTrue(refused.getMessage().startsWith("URL denied: 127.0.0.1:"), refused.getMessage());
        assertEquals(0, server.connections());
    }

    @Test
    void warmupPutsItsConnectionInThePoolTheNextRequestUses() throws Exception {
        onLoop(() -> {
            HttpService.of(loop).warmup(server.url("/hello"), 5000);
            return null;
        });
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (server.connections() == 0 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        Thread.sleep(200); // the warm-up's answer drains and the connection goes back to the pool
        assertEquals("hello", get(server.url("/hello")));
        assertEquals(1, server.connections());
    }

    @Test
    void aBodyIsPulledChunkByChunk() throws Exception {
        int size = 1024 * 1024;
        CompletableFuture<Integer> total = new CompletableFuture<>();
        onLoop(() -> {
            Exchange exchange = HttpService.of(loop).open(
                    new Exchange.Spec("GET", server.url("/big?bytes=" + size), List.of(), null, false, 0), (h, e) -> {});
            int[] sum = {0};
            Exchange.Callback<byte[]>[] next = new Exchange.Callback[1];
            next[0] = (bytes, error) -> {
                if (error != null) {
                    total.completeExceptionally(error);
                } else if (bytes == null) {
                    total.complete(sum[0]);
                } else {
                    sum[0] += bytes.length;
                    exchange.pull(next[0]);
                }
            };
            exchange.pull(next[0]);
            return null;
        });
        assertEquals(size, total.get(30, TimeUnit.SECONDS));
    }
}
