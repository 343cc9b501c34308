package dev.llrtj.lambda.runtimeapi;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.llrtj.emulator.Emulator;
import dev.llrtj.emulator.EmulatorConfig;
import dev.llrtj.emulator.InvokeResult;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.json.JsonObject;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The client against the emulator over real HTTP. The emulator's own child is an idle `sleep`: the test itself
 * plays the runtime, which the emulator cannot tell apart from its child.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class RuntimeApiClientTest {
    @TempDir
    Path taskRoot;

    private Vertx vertx;
    private Emulator emulator;
    private RuntimeApiClient client;

    @BeforeEach
    void start() throws Exception {
        var config = EmulatorConfig.defaults(taskRoot).withPort(0).withRuntimeCommand("exec sleep 60")
                .withTimeoutSeconds(30).withInitTimeoutSeconds(30);
        emulator = Emulator.start(config, new PrintStream(OutputStream.nullOutputStream()));
        vertx = Vertx.vertx();
        client = RuntimeApiClient.deploy(vertx, "127.0.0.1:" + emulator.port()).get(10, TimeUnit.SECONDS);
    }

    @AfterEach
    void stop() throws Exception {
        client.close().get(10, TimeUnit.SECONDS);
        vertx.close().await(10, TimeUnit.SECONDS);
        emulator.close();
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** The invoke spawns the sandbox asynchronously; a next that lands first is told to exit (500), so retry. */
    private Invocation next() throws Exception {
        for (int attempt = 0; ; attempt++) {
            try {
                return client.next().get(20, TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                if (attempt >= 50 || ((RuntimeApiException) e.getCause()).status() != 500) {
                    throw e;
                }
                Thread.sleep(20);
            }
        }
    }

    private static RuntimeApiException failure(CompletableFuture<?> future) {
        ExecutionException e = assertThrows(ExecutionException.class, () -> future.get(20, TimeUnit.SECONDS));
        return assertInstanceOf(RuntimeApiException.class, e.getCause());
    }

    @Test
    void nextDeliversTheEventWithItsHeadersAndTheResponseReachesTheInvoker() throws Exception {
        long before = System.currentTimeMillis();
        CompletableFuture<InvokeResult> pending = emulator.invoke(utf8("{\"key\":\"value\"}"), "{\"env\":{}}");
        Invocation inv = next();

        assertArrayEquals(utf8("{\"key\":\"value\"}"), inv.event());
        assertEquals(36, inv.requestId().length());
        assertTrue(inv.deadlineMs() >= before + 29_000 && inv.deadlineMs() <= System.currentTimeMillis() + 30_000);
        assertTrue(inv.invokedFunctionArn().endsWith(":function:function"), inv.invokedFunctionArn());
        assertTrue(inv.traceId().startsWith("Root=1-"), inv.traceId());
        assertEquals("{\"env\":{}}", inv.clientContext());
        assertNull(inv.cognitoIdentity());
        assertNotNull(inv.invocationId());

        client.postResponse(inv, utf8("{\"ok\":true}")).get(10, TimeUnit.SECONDS);
        InvokeResult result = pending.get(10, TimeUnit.SECONDS);
        assertEquals(inv.requestId(), result.requestId());
        assertEquals("{\"ok\":true}", result.payloadText());
        assertNull(result.functionError());
    }

    @Test
    void postErrorIsAnUnhandledFunctionError() throws Exception {
        CompletableFuture<InvokeResult> first = emulator.invoke(utf8("{}"));
        Invocation inv = next();
        byte[] error = utf8("{\"errorType\":\"TypeError\",\"errorMessage\":\"x is not a function\",\"stackTrace\":[]}");
        client.postError(inv, "TypeError", error).get(10, TimeUnit.SECONDS);
        assertEquals("Unhandled", first.get(10, TimeUnit.SECONDS).functionError());
        assertArrayEquals(error, first.get().payload());

        // with no body the error type header is all the emulator has to go on
        CompletableFuture<InvokeResult> second = emulator.invoke(utf8("{}"));
        client.postError(next(), "Runtime.Custom", new byte[0]).get(10, TimeUnit.SECONDS);
        assertEquals("Runtime.Custom", new JsonObject(second.get(10, TimeUnit.SECONDS).payloadText())
                .getString("errorType"));
    }

    @Test
    void oversizedResponseFailsWith413AndTheClientGoesOn() throws Exception {
        CompletableFuture<InvokeResult> big = emulator.invoke(utf8("{}"));
        Invocation inv = next();
        byte[] payload = new byte[RuntimeApi.MAX_RESPONSE_BYTES + 1];
        Arrays.fill(payload, (byte) ' ');
        RuntimeApiException e = failure(client.postResponse(inv, payload));
        assertEquals(413, e.status());
        assertTrue(!e.isFatal());
        assertEquals("Function.ResponseSizeTooLarge",
                new JsonObject(big.get(10, TimeUnit.SECONDS).payloadText()).getString("errorType"));

        CompletableFuture<InvokeResult> after = emulator.invoke(utf8("{\"n\":2}"));
        Invocation second = next();
        assertArrayEquals(utf8("{\"n\":2}"), second.event());
        client.postResponse(second, utf8("2")).get(10, TimeUnit.SECONDS);
        assertEquals("2", after.get(10, TimeUnit.SECONDS).payloadText());
    }

    @Test
    void wrongIdsAreRejected() throws Exception {
        CompletableFuture<InvokeResult> pending = emulator.invoke(utf8("{}"));
        Invocation inv = next();
        Invocation unknown = new Invocation("no-such-id", 0, null, null, null, null, null, new byte[0]);
        assertEquals(400, failure(client.postResponse(unknown, utf8("1"))).status());

        // the invocation id is sent back: a wrong one is refused, so the header really travels
        Invocation forged = new Invocation(inv.requestId(), inv.deadlineMs(), inv.invokedFunctionArn(),
                inv.traceId(), null, null, "not-" + inv.invocationId(), inv.event());
        assertEquals(400, failure(client.postResponse(forged, utf8("1"))).status());

        client.postResponse(inv, utf8("1")).get(10, TimeUnit.SECONDS);
        assertEquals("1", pending.get(10, TimeUnit.SECONDS).payloadText());
        RuntimeApiException twice = failure(client.postResponse(inv, utf8("2")));
        assertEquals(403, twice.status());
    }

    @Test
    void initErrorAnswersTheInvokeAndAFurtherNextIsFatal() throws Exception {
        CompletableFuture<InvokeResult> pending = emulator.invoke(utf8("{}"));
        byte[] error = utf8("{\"errorType\":\"Runtime.HandlerNotFound\",\"errorMessage\":\"index.nope is undefined\"}");
        for (int attempt = 0; ; attempt++) {
            try {
                client.postInitError("Runtime.HandlerNotFound", error).get(10, TimeUnit.SECONDS);
                break;
            } catch (ExecutionException e) {
                if (attempt >= 50) {
                    throw e;
                }
                Thread.sleep(20); // the sandbox was not spawned yet
            }
        }
        InvokeResult result = pending.get(10, TimeUnit.SECONDS);
        assertEquals("Unhandled", result.functionError());
        assertArrayEquals(error, result.payload());

        RuntimeApiException e = failure(client.next());
        assertEquals(500, e.status());
        assertTrue(e.isFatal());
    }

    @Test
    void echoesTheInvocationIdHeaderExactly() throws Exception {
        CopyOnWriteArrayList<MultiMap> posted = new CopyOnWriteArrayList<>();
        HttpServer fake = vertx.createHttpServer().requestHandler(req -> {
            if (req.path().endsWith("/next")) {
                req.response().putHeader(RuntimeApi.HEADER_REQUEST_ID, "r-" + posted.size())
                        .putHeader(RuntimeApi.HEADER_INVOCATION_ID, posted.isEmpty() ? "inv-77" : null)
                        .end("{}");
            } else {
                req.body().onSuccess(b -> {
                    posted.add(MultiMap.caseInsensitiveMultiMap().addAll(req.headers()).add(":path", req.path()));
                    req.response().setStatusCode(202).end();
                });
            }
        }).listen(0, "127.0.0.1").await(10, TimeUnit.SECONDS);
        RuntimeApiClient other = RuntimeApiClient.deploy(vertx, "127.0.0.1:" + fake.actualPort()).get();
        try {
            Invocation inv = other.next().get(10, TimeUnit.SECONDS);
            assertEquals("inv-77", inv.invocationId());
            other.postResponse(inv, utf8("{}")).get(10, TimeUnit.SECONDS);
            assertEquals("inv-77", posted.get(0).get(RuntimeApi.HEADER_INVOCATION_ID));
            assertEquals(RuntimeApi.responsePath("r-0"), posted.get(0).get(":path"));
            assertEquals(java.util.List.of("127.0.0.1:" + fake.actualPort()), posted.get(0).getAll("Host"));

            Invocation plain = other.next().get(10, TimeUnit.SECONDS);
            assertNull(plain.invocationId());
            other.postError(plain, "Boom", utf8("{}")).get(10, TimeUnit.SECONDS);
            assertNull(posted.get(1).get(RuntimeApi.HEADER_INVOCATION_ID));
            assertEquals("Boom", posted.get(1).get(RuntimeApi.HEADER_ERROR_TYPE));
            assertEquals(RuntimeApi.errorPath("r-1"), posted.get(1).get(":path"));
        } finally {
            other.close().get(10, TimeUnit.SECONDS);
            fake.close();
        }
    }

    @Test
    void noServerMeansStatusMinusOne() throws Exception {
        int freePort;
        try (ServerSocket socket = new ServerSocket(0)) {
            freePort = socket.getLocalPort();
        }
        RuntimeApiClient orphan = RuntimeApiClient.deploy(vertx, "127.0.0.1:" + freePort).get();
        RuntimeApiException e = failure(orphan.next());
        assertEquals(RuntimeApiException.NO_CONNECTION, e.status());
        assertTrue(e.isFatal());
        orphan.close().get(10, TimeUnit.SECONDS);

        ExecutionException bad = assertThrows(ExecutionException.class,
                () -> RuntimeApiClient.deploy(vertx, "").get(10, TimeUnit.SECONDS));
        assertInstanceOf(IllegalArgumentException.class, bad.getCause());
    }
}
