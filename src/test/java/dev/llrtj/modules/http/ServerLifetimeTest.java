package dev.llrtj.modules.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.llrtj.testsupport.LlrtProcesses;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * `llrt file.js` with a node:http server, as Node runs it: a listening server keeps the process alive (it answers
 * until a request asks it to close), a closed or unref'd one does not hold it.
 */
@Timeout(value = 240, unit = TimeUnit.SECONDS)
class ServerLifetimeTest {
    @TempDir
    Path dir;

    @Test
    void anOpenServerKeepsTheProcessUntilItCloses() throws Exception {
        Path portFile = dir.resolve("port");
        Path script = dir.resolve("serve.js");
        Files.writeString(script, """
                const http = require('http');
                const fs = require('fs');
                let served = 0;
                const server = http.createServer((req, res) => {
                  served++;
                  res.end('served ' + served);
                  if (req.url === '/close') server.close(() => console.log('closed after ' + served));
                });
                server.listen(0, '127.0.0.1', () => fs.writeFileSync(%s, String(server.address().port)));
                """.formatted("'" + portFile + "'"));
        Process llrt = new ProcessBuilder(LlrtProcesses.command(script.toString())).redirectErrorStream(true).start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (!(Files.exists(portFile) && Files.size(portFile) > 0) && System.nanoTime() < deadline && llrt.isAlive()) {
                Thread.sleep(50);
            }
            assertTrue(llrt.isAlive(), "the process stays while the server listens");
            String base = "http://127.0.0.1:" + Files.readString(portFile).strip();
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
            Thread.sleep(1000); // idle a while: nothing but the server is pending
            assertTrue(llrt.isAlive(), "an idle listening server keeps the process alive");
            assertEquals("served 1", client.send(HttpRequest.newBuilder(URI.create(base + "/")).build(),
                    HttpResponse.BodyHandlers.ofString()).body());
            assertEquals("served 2", client.send(HttpRequest.newBuilder(URI.create(base + "/close")).build(),
                    HttpResponse.BodyHandlers.ofString()).body());
            assertTrue(llrt.waitFor(60, TimeUnit.SECONDS), "the process ends once the server closed");
            assertEquals(0, llrt.exitValue());
            assertTrue(new String(llrt.getInputStream().readAllBytes(), StandardCharsets.UTF_8).contains("closed after 2"));
        } finally {
            llrt.destroyForcibly();
        }
    }

    @Test
    void anUnrefdServerDoesNotHoldTheProcess() throws Exception {
        Path script = dir.resolve("unref.js");
        Files.writeString(script, """
                const http = require('http');
                const server = http.createServer(() => {});
                server.listen(0, '127.0.0.1', () => console.log('listening'));
                server.unref();
                """);
        Process llrt = new ProcessBuilder(LlrtProcesses.command(script.toString())).redirectErrorStream(true).start();
        try {
            assertTrue(llrt.waitFor(120, TimeUnit.SECONDS), "an unref'd server lets the process end");
            assertEquals(0, llrt.exitValue());
        } finally {
            llrt.destroyForcibly();
        }
    }
}
