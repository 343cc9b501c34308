package dev.llrtj.loop.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.llrtj.testsupport.LlrtProcesses;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * TLS fetch as a whole `llrt` process sees it (FetchInRealmTest covers the same in-process): the trust store comes
 * from the JDK's roots plus LLRT_EXTRA_CA_CERTS, read at start from the environment. In the native executable the
 * JDK's security providers, cacerts and the ALPN/h2 classes are whatever the image kept, so this is run on it too
 * (scripts/test's native pass).
 */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class TlsFetchProcessTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Two fetches in a row, then one POST: what came back, or the failure's name and cause code. */
    private static final String SCRIPT = String.join("\n",
            "const url = process.env.TEST_URL;",
            "fetch(url + '/version').then(r => r.text()).then(a =>",
            "  fetch(url + '/version').then(r => r.text()).then(b =>",
            "    fetch(url + '/echo', { method: 'POST', body: 'ping' }).then(r => r.json()).then(echo =>",
            "      console.log(JSON.stringify({ a, b, echo: echo.body, method: echo.method })))))",
            "  .catch(e => console.log(JSON.stringify({ name: e.name, message: e.message, code: e.cause && e.cause.code })));");

    @TempDir
    static Path certDir;
    private static LocalServer.TestCert cert;
    private static LocalServer server;

    @BeforeAll
    static void start() throws Exception {
        cert = LocalServer.TestCert.create(certDir);
        server = LocalServer.tls(cert);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static JsonNode run(Map<String, String> env) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(LlrtProcesses.command("-e", SCRIPT))
                .redirectError(ProcessBuilder.Redirect.INHERIT);
        pb.environment().keySet().removeIf(k -> k.startsWith("LLRT_"));
        pb.environment().put("TEST_URL", server.url(""));
        pb.environment().putAll(env);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes()).strip();
        assertEquals(true, p.waitFor(90, TimeUnit.SECONDS), "llrt did not end");
        assertEquals(0, p.exitValue(), out);
        return JSON.readTree(out);
    }

    @Test
    void theExtraCaIsTrustedAndHttp2IsNegotiatedOverAlpnWhenAllowed() throws Exception {
        int before = server.connections();
        JsonNode out = run(Map.of("LLRT_EXTRA_CA_CERTS", cert.pem().toString(), "LLRT_HTTP_VERSION", "2"));
        assertEquals("h2", out.path("a").asText(), out.toString());
        assertEquals("h2", out.path("b").asText(), out.toString());
        assertEquals("ping", out.path("echo").asText(), out.toString());
        assertEquals("POST", out.path("method").asText(), out.toString());
        assertEquals(1, server.connections() - before, "one pooled connection served the three requests");
    }

    @Test
    void http11IsTheDefault() throws Exception {
        JsonNode out = run(Map.of("LLRT_EXTRA_CA_CERTS", cert.pem().toString()));
        assertEquals("http/1.1", out.path("a").asText(), out.toString());
    }

    @Test
    void withoutTheExtraCaTheSelfSignedServerIsRefused() throws Exception {
        JsonNode out = run(Map.of());
        assertEquals("TypeError", out.path("name").asText(), out.toString());
        assertEquals("fetch failed", out.path("message").asText(), out.toString());
        assertEquals("ERR_SSL", out.path("code").asText(), out.toString());
    }
}
