package dev.llrtj.modules.fetch;

import dev.llrtj.realm.RealmHarness;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.llrtj.engine.Natives;
import dev.llrtj.loop.http.HttpService;
import dev.llrtj.loop.http.LocalServer;
import dev.llrtj.loop.http.NetConfig;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** fetch as JS sees it, against local servers: pooling, h2, TLS trust, network rules, redirects, streams, abort. */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class FetchInRealmTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int FIVE_MB = 5 * 1024 * 1024;
    @TempDir
    static Path certDir;
    private static LocalServer.TestCert cert;
    private LocalServer server;
    private RealmHarness realm;

    @BeforeAll
    static void makeCert() throws Exception {
        cert = LocalServer.TestCert.create(certDir);
    }

    @AfterEach
    void stop() {
        if (realm != null) {
            realm.close();
        }
        if (server != null) {
            server.close();
        }
    }

    private void startRealm(NetConfig config) throws Exception {
        realm = RealmHarness.start(List.of("llrt", RealmHarness.FILE));
        realm.loop().submit(() -> {
            if (config != null) {
                HttpService.install(realm.loop(), config);
            }
            Natives.define(realm.realm().global(), "serverConnections", 0, (cx, s, a) -> (double) server.connections());
            Natives.define(realm.realm().global(), "serverBytes", 0, (cx, s, a) -> (double) server.bytesWritten());
            return null;
        }).get(10, TimeUnit.SECONDS);
    }

    private JsonNode run(String body) throws Exception {
        realm.start(body);
        return JSON.readTree(realm.awaitReport(40));
    }

    private static String q(String s) {
        return "'" + s + "'";
    }

    @Test
    void twoFetchesShareOneKeptAliveConnection() throws Exception {
        server = LocalServer.plain();
        startRealm(null);
        JsonNode out = run(String.join("\n",
                "fetch(" + q(server.url("/hello")) + ").then(r => r.text().then(t1 =>",
                "  fetch(" + q(server.url("/hello")) + ").then(r2 => r2.text()).then(t2 => report(JSON.stringify({",
                "    t1, t2, status: r.status, ok: r.ok, type: r.type, ct: r.headers.get('content-type'),",
                "    cookies: r.headers.getSetCookie(), url: r.url, redirected: r.redirected, conns: serverConnections() })))));"));
        assertEquals("hello", out.get("t1").asText());
        assertEquals("hello", out.get("t2").asText());
        assertEquals(200, out.get("status").asInt());
        assertTrue(out.get("ok").asBoolean());
        assertEquals("basic", out.get("type").asText());
        assertEquals("text/plain", out.get("ct").asText());
        assertEquals("[\"a=1\",\"b=2\"]", out.get("cookies").toString());
        assertEquals(server.url("/hello"), out.get("url").asText());
        assertFalse(out.get("redirected").asBoolean());
        assertEquals(1, out.get("conns").asInt(), "the second fetch reuses the pooled connection");
    }

    @Test
    void headHasANullBodyAndACancelledStreamLeavesTheClientUsable() throws Exception {
        server = LocalServer.plain();
        startRealm(null);
        JsonNode out = run(String.join("\n",
                "const big = " + q(server.url("/big?bytes=" + FIVE_MB)) + ";",
                "fetch(big, { method: 'HEAD' }).then(h => fetch(big).then(r => {",
                "  const reader = r.body.getReader();",
                "  return reader.read().then(first => reader.cancel().then(() => fetch(" + q(server.url("/hello")) + ")))",
                "    .then(again => again.text()).then(t => report(JSON.stringify({ headBody: h.body, headLength: h.headers.get('content-length'), t })));",
                "}));"));
        assertTrue(out.get("headBody").isNull());
        assertEquals(String.valueOf(FIVE_MB), out.get("headLength").asText());
        assertEquals("hello", out.get("t").asText());
        assertTrue(server.bytesWritten() < 2L * FIVE_MB, "the cancelled body was not read to its end: " + server.bytesWritten());
    }

    @Test
    void aHeadAnswerHasANullBodyAndItsHeaders() throws Exception {
        // S3's HeadObject goes through here: the response used to fail with "Cannot change the value of attribute"
        server = LocalServer.plain();
        startRealm(null);
        JsonNode out = run("fetch(" + q(server.url("/hello")) + ", { method: 'HEAD' }).then(r => r.text().then(t => report("
                + "JSON.stringify({ status: r.status, bodyIsNull: r.body === null, text: t, ct: r.headers.get('content-type') }))));");
        assertEquals(200, out.get("status").asInt());
        assertTrue(out.get("bodyIsNull").asBoolean());
        assertEquals("", out.get("text").asText());
        assertEquals("text/plain", out.get("ct").asText());
    }

    @Test
    void theClientIsMadeOnFirstFetchNotAtStartNorWhenFetchIsMerelyLoaded() throws Exception {
        server = LocalServer.plain();
        startRealm(null);
        assertFalse(realm.loop().submit(() -> HttpService.created(realm.loop())).get());
        assertEquals("function", realm.run("report(typeof fetch + typeof Headers)").replace("functionfunction", "function"));
        assertFalse(realm.loop().submit(() -> HttpService.created(realm.loop())).get(), "loading fetch made no client");
        realm.close();
        startRealm(null);
        run("fetch(" + q(server.url("/hello")) + ").then(r => r.text()).then(t => report(JSON.stringify(t)));");
        assertTrue(realm.loop().submit(() -> HttpService.created(realm.loop())).get());
    }

    @Test
    void http2OverAlpnWithAnExtraCaAndOneConnectionForTwoRequests() throws Exception {
        server = LocalServer.tls(cert);
        startRealm(NetConfig.defaults().withHttp2(true).withExtraCaFile(cert.pem().toString()));
        JsonNode out = run(String.join("\n",
                "Promise.all([fetch(" + q(server.url("/version")) + ").then(r => r.text())]).then(a =>",
                "  fetch(" + q(server.url("/version")) + ").then(r => r.text().then(b => report(JSON.stringify({",
                "    a: a[0], b, statusText: r.statusText, conns: serverConnections() })))));"));
        assertEquals("", out.get("statusText").asText(), "HTTP/2 has no reason phrase");
        assertEquals("h2", out.get("a").asText());
        assertEquals("h2", out.get("b").asText());
        assertEquals(1, out.get("conns").asInt());
    }

    @Test
    void http11OverTlsUnlessHttp2IsAllowed() throws Exception {
        server = LocalServer.tls(cert);
        startRealm(NetConfig.defaults().withExtraCaFile(cert.pem().toString()));
        JsonNode out = run("fetch(" + q(server.url("/version")) + ").then(r => r.text()).then(v => report(JSON.stringify({ v })));");
        assertEquals("http/1.1", out.get("v").asText());
    }

    @Test
    void anUntrustedCertificateFailsTheFetchWithATlsCause() throws Exception {
        server = LocalServer.tls(cert);
        startRealm(NetConfig.defaults());
        JsonNode out = run("fetch(" + q(server.url("/hello")) + ").then(() => report('{}'), e => report(JSON.stringify({"
                + " name: e.name, message: e.message, code: e.cause && e.cause.code })));");
        assertEquals("TypeError", out.get("name").asText());
        assertEquals("fetch failed", out.get("message").asText());
        assertEquals("ERR_SSL", out.get("code").asText());
    }

    @Test
    void allowAndDenyListsRefuseBeforeAnyConnection() throws Exception {
        server = LocalServer.plain();
        startRealm(NetConfig.defaults().withAllow("example.com 127.0.0.1:1").withDeny("localhost"));
        String port = server.url("").replaceAll(".*:", "");
        JsonNode out = run(String.join("\n",
                "const why = e => e.name + ': ' + e.message + ' / ' + (e.cause && e.cause.message);",
                "fetch(" + q(server.url("/hello")) + ").then(() => 'fetched', why).then(notAllowed =>",
                "  fetch('http://localhost:1/x').then(() => 'fetched', why).then(denied =>",
                "    report(JSON.stringify({ notAllowed, denied, conns: serverConnections() }))));"));
        assertEquals("TypeError: fetch failed / URL not allowed: 127.0.0.1:" + port, out.get("notAllowed").asText());
        // localhost:1 is 127.0.0.1:1, which the allow list admits by address; the deny list names it
        assertEquals("TypeError: fetch failed / URL denied: localhost:1", out.get("denied").asText());
        assertEquals(0, out.get("conns").asInt());
        realm.close();
        startRealm(NetConfig.defaults().withAllow("127.0.0.1:" + port).withDeny("127.0.0.1"));
        out = run("fetch(" + q(server.url("/hello")) + ").then(r => r.text()).then(t => report(JSON.stringify({ m: t })), e => report(JSON.stringify({ m: e.cause.message })));");
        assertEquals("URL denied: 127.0.0.1:" + port, out.get("m").asText(), "a deny entry without a port covers every port");
        realm.close();
        startRealm(NetConfig.defaults().withDeny("127.0.0.1:" + port));
        out = run(String.join("\n",
                "const spellings = ['localhost', '[::ffff:127.0.0.1]', '0.0.0.0', '0'];",
                "Promise.all(spellings.map(h => fetch('http://' + h + ':" + port + "/hello').then(() => 'fetched', e => e.cause.message)))",
                "  .then(all => report(JSON.stringify({ all, conns: serverConnections() })));"));
        assertEquals("[\"URL denied: localhost:" + port + "\",\"URL denied: ::ffff:7f00:1:" + port + "\",\"URL denied: 0.0.0.0:"
                + port + "\",\"URL denied: 0.0.0.0:" + port + "\"]", out.get("all").toString(), "the same address however spelled (as the URL parser writes it)");
        realm.close();
        int before = server.connections();
        startRealm(NetConfig.defaults().withDeny("127.0.0.1:" + port));
        out = run("fetch(" + q(server.url("/hello")) + ").then(() => report('{}'), e => report(JSON.stringify({ m: e.cause.message })));");
        assertEquals("URL denied: 127.0.0.1:" + port, out.get("m").asText());
        assertEquals(before, server.connections());
    }

    @Test
    void redirectsFollowUpToTwentyOrAreManualOrAnError() throws Exception {
        server = LocalServer.plain();
        startRealm(null);
        JsonNode out = run(String.join("\n",
                "const u = p => " + q(server.url("")) + " + p;",
                "const fail = e => 'failed: ' + e.message + ' / ' + (e.cause && e.cause.message);",
                "Promise.all([",
                "  fetch(u('/redirect/3')).then(r => r.text().then(t => [t, r.redirected, r.url])),",
                "  fetch(u('/redirect/20')).then(r => r.text()),",
                "  fetch(u('/redirect/21')).then(r => 'ok', fail),",
                "  fetch(u('/redirect/1'), { redirect: 'manual' }).then(r => [r.status, r.headers.get('location')]),",
                "  fetch(u('/redirect/1'), { redirect: 'error' }).then(r => 'ok', fail),",
                "  fetch(u('/to?status=303&location=/echo'), { method: 'POST', body: 'x' }).then(r => r.json()),",
                "  fetch(u('/to?status=307&location=/echo'), { method: 'POST', body: 'kept' }).then(r => r.json()),",
                "  fetch(u('/to?status=302&location=/echo'), { method: 'PUT', body: 'put' }).then(r => r.json()),",
                "]).then(a => report(JSON.stringify(a)));"));
        assertEquals("[\"arrived\",true,\"" + server.url("/redirect/0") + "\"]", out.get(0).toString());
        assertEquals("arrived", out.get(1).asText());
        assertEquals("failed: fetch failed / redirect count exceeded", out.get(2).asText());
        assertEquals("[302,\"/redirect/0\"]", out.get(3).toString());
        assertEquals("failed: fetch failed / unexpected redirect", out.get(4).asText());
        assertEquals("GET", out.get(5).get("method").asText());
        assertEquals("", out.get(5).get("body").asText());
        assertEquals("POST", out.get(6).get("method").asText());
        assertEquals("kept", out.get(6).get("body").asText());
        assertEquals("PUT", out.get(7).get("method").asText(), "302 turns only POST into GET");
        assertEquals("put", out.get(7).get("body").asText());
    }

    @Test
    void abortMidBodyRejectsTheReadWithTheSignalsReason() throws Exception {
        server = LocalServer.plain();
        startRealm(null);
        JsonNode out = run(String.join("\n",
                "const controller = new AbortController();",
                "fetch(" + q(server.url("/stall")) + ", { signal: controller.signal }).then(r => {",
                "  const reader = r.body.getReader();",
                "  return reader.read().then(first => {",
                "    setTimeout(() => controller.abort(new Error('stop now')), 20);",
                "    return reader.read().then(() => 'read on', e => e.message).then(second =>",
                "      report(JSON.stringify({ first: first.value.length, second })));",
                "  });",
                "});"));
        assertEquals("first chunk".length(), out.get("first").asInt());
        assertEquals("stop now", out.get("second").asText());
    }

    @Test
    void abortBeforeTheResponseRejectsWithAnAbortError() throws Exception {
        server = LocalServer.plain();
        startRealm(null);
        JsonNode out = run(String.join("\n",
                "const controller = new AbortController();",
                "const p = fetch(" + q(server.url("/hello")) + ", { signal: controller.signal });",
                "controller.abort();",
                "p.then(() => report('{}'), e => report(JSON.stringify({ name: e.name, message: e.message, dom: e instanceof DOMException })));"));
        assertEquals("AbortError", out.get("name").asText());
        assertEquals("This operation was aborted", out.get("message").asText());
        assertTrue(out.get("dom").asBoolean());
    }

    /** Reads {@code bytes} through body.getReader(), pausing 300 ms after the first chunk. */
    private JsonNode streamWithAPause(long bytes) throws Exception {
        return run(String.join("\n",
                "fetch(" + q(server.url("/big?bytes=" + bytes)) + ").then(r => {",
                "  const reader = r.body.getReader();",
                "  let total = 0, chunks = 0, sentWhilePaused = -1, sum = 0;",
                "  const next = () => reader.read().then(c => {",
                "    if (c.done) return report(JSON.stringify({ total, chunks, sentWhilePaused, sum, ok: c.value === undefined }));",
                "    total += c.value.length; chunks++; sum = (sum + c.value[c.value.length - 1]) % 65536;",
                "    if (chunks === 1) return new Promise(res => setTimeout(res, 300)).then(() => { sentWhilePaused = serverBytes(); return next(); });",
                "    return next();",
                "  });",
                "  return next();",
                "});"));
    }

    @Test
    void fiveMegabytesStreamInPiecesThroughTheBodyStream() throws Exception {
        server = LocalServer.plain();
        startRealm(null);
        JsonNode out = streamWithAPause(FIVE_MB);
        assertEquals(FIVE_MB, out.get("total").asInt());
        assertTrue(out.get("ok").asBoolean());
        assertTrue(out.get("chunks").asInt() > 10, "the body came in pieces: " + out);
    }

    @Test
    void theServerIsHeldBackWhileJsDoesNotRead() throws Exception {
        // loopback socket buffers absorb a few MB on their own, so the body must be well beyond them
        long bytes = 24L * 1024 * 1024;
        server = LocalServer.plain();
        startRealm(null);
        JsonNode out = streamWithAPause(bytes);
        assertEquals(bytes, out.get("total").asLong());
        assertTrue(out.get("sentWhilePaused").asLong() < bytes / 2, "the server was held back while JS did not read: " + out);
    }

    @Test
    void chunkedUploadFromAnAsyncIterable() throws Exception {
        server = LocalServer.plain();
        startRealm(null);
        JsonNode out = run(String.join("\n",
                "const parts = ['alpha-', 'beta-', new Uint8Array([103, 97, 109, 109, 97])];",
                "const body = { [Symbol.asyncIterator]() { let i = 0; return { next: () => new Promise(res =>",
                "  setTimeout(() => res(i < parts.length ? { done: false, value: parts[i++] } : { done: true }), 5)) }; } };",
                "fetch(" + q(server.url("/echo")) + ", { method: 'POST', body, duplex: 'half' }).then(r => r.json()).then(j => report(JSON.stringify(j)));"));
        assertEquals("alpha-beta-gamma", out.get("body").asText());
        assertTrue(out.get("chunked").asBoolean(), "sent with Transfer-Encoding: chunked: " + out);
    }

    @Test
    void chunkedUploadFromAReadableStreamAndAStreamedResponseBody() throws Exception {
        server = LocalServer.plain();
        startRealm(null);
        JsonNode out = run(String.join("\n",
                "const enc = new TextEncoder();",
                "let n = 0;",
                "const body = new ReadableStream({ pull(c) { if (n < 3) c.enqueue(enc.encode('part' + n++ + ';')); else c.close(); } });",
                "fetch(" + q(server.url("/echo")) + ", { method: 'POST', body, duplex: 'half' }).then(r =>",
                "  r.json().then(j => report(JSON.stringify({ j, isStream: r.body instanceof ReadableStream, used: r.bodyUsed }))));"));
        assertEquals("part0;part1;part2;", out.get("j").get("body").asText());
        assertTrue(out.get("j").get("chunked").asBoolean());
        assertTrue(out.get("isStream").asBoolean());
        assertTrue(out.get("used").asBoolean());
    }

    @Test
    void aFailingRequestBodyStreamFailsTheFetchWithItsError() throws Exception {
        server = LocalServer.plain();
        startRealm(null);
        JsonNode out = run(String.join("\n",
                "const body = new ReadableStream({ pull(c) { c.error(new Error('source broke')); } });",
                "fetch(" + q(server.url("/echo")) + ", { method: 'POST', body, duplex: 'half' })",
                "  .then(() => report('{}'), e => report(JSON.stringify({ m: e.message, cause: e.cause && e.cause.message })));"));
        assertEquals("fetch failed", out.get("m").asText());
        assertEquals("source broke", out.get("cause").asText());
    }

    @Test
    void idleKeptAliveConnectionsCloseAfterThePoolIdleTimeout() throws Exception {
        server = LocalServer.plain();
        startRealm(NetConfig.defaults().withPoolIdleTimeout(1));
        JsonNode out = run(String.join("\n",
                "const u = " + q(server.url("/hello")) + ";",
                "fetch(u).then(r => r.text()).then(() => new Promise(res => setTimeout(res, 2500)))",
                "  .then(() => fetch(u)).then(r => r.text()).then(() => report(JSON.stringify({ conns: serverConnections() })));"));
        assertEquals(2, out.get("conns").asInt());
    }

    @Test
    void warmupOpensThePooledConnectionTheNextFetchUses() throws Exception {
        server = LocalServer.tls(cert);
        startRealm(NetConfig.defaults().withHttp2(false).withExtraCaFile(cert.pem().toString()));
        JsonNode out = run(String.join("\n",
                "const net = require('llrt:net');",
                "const t0 = Date.now();",
                "net.warmup(" + q(server.url("/hello")) + ", 3000);",
                "const callMs = Date.now() - t0;",
                "const started = serverConnections();",
                "const wait = () => serverConnections() > 0 ? Promise.resolve() : new Promise(res => setTimeout(res, 10)).then(wait);",
                "setTimeout(() => wait().then(() => new Promise(res => setTimeout(res, 100))).then(() => fetch(" + q(server.url("/hello")) + "))",
                "  .then(r => r.text()).then(t => report(JSON.stringify({ started, callMs, t, conns: serverConnections() }))), 0);"));
        // made synchronously on the loop, the first client and TLS set-up took 1-2 s here
        assertTrue(out.get("callMs").asLong() < 200, "the warm-up call returns at once: " + out);
        assertEquals(0, out.get("started").asInt(), "warm-up does not block the caller");
        assertEquals("hello", out.get("t").asText());
        assertEquals(1, out.get("conns").asInt(), "the fetch reused the warmed-up connection");
    }

    @Test
    void aSignalTimeoutEndsAStalledRequestWithATimeoutError() throws Exception {
        server = LocalServer.plain();
        startRealm(null);
        JsonNode out = run("fetch(" + q(server.url("/stall")) + ", { signal: AbortSignal.timeout(100) }).then(r => r.text())"
                + ".then(() => report('{}'), e => report(JSON.stringify({ name: e.name })));");
        assertEquals("TimeoutError", out.get("name").asText());
    }

    @Test
    void anUnreadResponseBodyDoesNotKeepTheProcessAlive() throws Exception {
        server = LocalServer.plain();
        RealmHarness owning = RealmHarness.startOwningProcess(List.of("llrt", RealmHarness.FILE));
        try {
            owning.start("fetch(" + q(server.url("/stall")) + ").then(r => { globalThis.status = r.status; });");
            assertEquals(0, owning.awaitExit(), "the stalled body, never read, holds nothing");
            assertEquals(1, server.connections());
        } finally {
            owning.close();
        }
    }

    @Test
    void anUnreachableWarmupNeitherBlocksNorKeepsTheProcessAlive() throws Exception {
        RealmHarness owning = RealmHarness.startOwningProcess(List.of("llrt", RealmHarness.FILE));
        try {
            long start = System.nanoTime();
            owning.start("require('llrt:net').warmup('https://10.255.255.1:9/', 5000); require('llrt:net').warmup('https://no-such-host.invalid/', 5000);");
            assertEquals(0, owning.awaitExit());
            long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            assertTrue(ms < 1000, "the loop ended without waiting for the warm-up: " + ms + " ms");
        } finally {
            owning.close();
        }
    }
}
