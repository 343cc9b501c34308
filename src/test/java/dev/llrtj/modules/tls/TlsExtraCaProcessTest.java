package dev.llrtj.modules.tls;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.llrtj.testsupport.LlrtProcesses;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * tls.connect trusts what fetch trusts: the JDK's roots plus LLRT_EXTRA_CA_CERTS, read from the environment at
 * start, so a whole `llrt` process is needed. The server is the runtime's own tls.createServer with the
 * self-signed localhost certificate of src/test/js/fixtures/tls.
 */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class TlsExtraCaProcessTest {
    private static final Path FIXTURES = Path.of("src/test/js/fixtures/tls").toAbsolutePath();
    private static final String SCRIPT = """
            const tls = require('tls');
            const fs = require('fs');
            const dir = process.env.FIXTURES + '/';
            const server = tls.createServer({ key: fs.readFileSync(dir + 'localhost-key.pem'),
              cert: fs.readFileSync(dir + 'localhost-cert.pem') }, s => s.end('hi'));
            server.listen(0, '127.0.0.1', () => {
              const c = tls.connect({ port: server.address().port, host: 'localhost', rejectUnauthorized: false }, () =>
                console.log('verdict ' + c.authorized + ' ' + c.authorizationError));
              c.on('close', () => server.close());
              c.resume();
            });
            """;

    @TempDir
    Path dir;

    @Test
    void theExtraCaIsTrusted() throws Exception {
        assertEquals("verdict true null", run(Map.of("LLRT_EXTRA_CA_CERTS", FIXTURES.resolve("localhost-cert.pem").toString())));
    }

    @Test
    void withoutItTheSelfSignedPeerIsNotAuthorized() throws Exception {
        assertEquals("verdict false DEPTH_ZERO_SELF_SIGNED_CERT", run(Map.of()));
    }

    private String run(Map<String, String> env) throws Exception {
        Path script = dir.resolve("tls.js");
        Files.writeString(script, SCRIPT);
        ProcessBuilder builder = new ProcessBuilder(LlrtProcesses.command(script.toString())).redirectErrorStream(true);
        builder.environment().put("FIXTURES", FIXTURES.toString());
        builder.environment().remove("LLRT_EXTRA_CA_CERTS");
        builder.environment().putAll(env);
        Process llrt = builder.start();
        try {
            String out = new String(llrt.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            llrt.waitFor(60, TimeUnit.SECONDS);
            assertEquals(0, llrt.exitValue(), out);
            return out;
        } finally {
            llrt.destroyForcibly();
        }
    }
}
