package dev.llrtj.modules.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.llrtj.testsupport.LlrtProcesses;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * `llrt file.js` with node:net and node:dgram, as Node runs it: a listening server or a bound UDP socket keeps the
 * process alive until closed; unref'd servers and sockets, and closed ones, do not hold it. And what only a whole
 * process can show: LLRT_NET_DENY (read at start) refuses a connection and a datagram.
 */
@Timeout(value = 240, unit = TimeUnit.SECONDS)
class SocketLifetimeTest {
    @TempDir
    Path dir;

    @Test
    void aListeningServerKeepsTheProcessUntilItCloses() throws Exception {
        Path portFile = dir.resolve("port");
        Path script = dir.resolve("serve.js");
        Files.writeString(script, """
                const net = require('net');
                const fs = require('fs');
                const server = net.createServer(socket => {
                  socket.on('data', d => socket.end('got ' + d));
                  socket.on('close', () => server.close(() => console.log('closed')));
                });
                server.listen(0, '127.0.0.1', () => fs.writeFileSync(%s, String(server.address().port)));
                """.formatted("'" + portFile + "'"));
        Process llrt = new ProcessBuilder(LlrtProcesses.command(script.toString())).redirectErrorStream(true).start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (!(Files.exists(portFile) && Files.size(portFile) > 0) && System.nanoTime() < deadline && llrt.isAlive()) {
                Thread.sleep(50);
            }
            Thread.sleep(1000); // idle a while: nothing but the server is pending
            assertTrue(llrt.isAlive(), "an idle listening server keeps the process alive");
            try (Socket socket = new Socket("127.0.0.1", Integer.parseInt(Files.readString(portFile).strip()))) {
                OutputStream out = socket.getOutputStream();
                out.write("ping".getBytes(StandardCharsets.UTF_8));
                out.flush();
                InputStream in = socket.getInputStream();
                assertEquals("got ping", new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
            assertTrue(llrt.waitFor(60, TimeUnit.SECONDS), "the process ends once the server closed");
            assertEquals(0, llrt.exitValue());
            assertTrue(new String(llrt.getInputStream().readAllBytes(), StandardCharsets.UTF_8).contains("closed"));
        } finally {
            llrt.destroyForcibly();
        }
    }

    @Test
    void unrefdServersAndSocketsDoNotHoldTheProcess() throws Exception {
        Path script = dir.resolve("unref.js");
        Files.writeString(script, """
                const net = require('net');
                const dgram = require('dgram');
                const server = net.createServer(accepted => accepted.unref()); // an accepted connection holds the process too
                server.listen(0, '127.0.0.1', () => {
                  const client = net.connect(server.address().port, '127.0.0.1', () => {
                    client.unref();
                    server.unref();
                    console.log('connected');
                  });
                });
                const udp = dgram.createSocket('udp4');
                udp.bind(0, '127.0.0.1', () => udp.unref());
                """);
        Process llrt = new ProcessBuilder(LlrtProcesses.command(script.toString())).redirectErrorStream(true).start();
        try {
            assertTrue(llrt.waitFor(120, TimeUnit.SECONDS), "unref'd sockets let the process end");
            String out = new String(llrt.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(0, llrt.exitValue(), out);
            assertTrue(out.contains("connected"), out);
        } finally {
            llrt.destroyForcibly();
        }
    }

    @Test
    void llrtNetDenyRefusesConnectionsAndDatagramsWithAnErrorEvent() throws Exception {
        Path script = dir.resolve("deny.js");
        Files.writeString(script, """
                const net = require('net');
                const dgram = require('dgram');
                const report = what => e => console.log(what + ' ' + (e ? e.code + ': ' + e.message : 'sent'));
                net.connect(9, '127.0.0.1').on('error', report('net'));
                // 127.1 is 127.0.0.1 to the resolver (java.net.URI read no host from it: the list was not checked)
                net.connect(9, '127.1').on('error', report('net'));
                const udp = dgram.createSocket('udp4');
                udp.send('x', 9, '127.0.0.1', e => { report('udp')(e); udp.close(); });
                """);
        ProcessBuilder builder = new ProcessBuilder(LlrtProcesses.command(script.toString())).redirectErrorStream(true);
        builder.environment().put("LLRT_NET_DENY", "127.0.0.1");
        Process llrt = builder.start();
        try {
            String out = new String(llrt.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            assertTrue(llrt.waitFor(60, TimeUnit.SECONDS));
            assertEquals(java.util.List.of("net ERR_NET_REFUSED: URL denied: 127.0.0.1:9", "net ERR_NET_REFUSED: URL denied: 127.1:9",
                    "udp ERR_NET_REFUSED: URL denied: 127.0.0.1:9"), out.lines().sorted().toList(), out);
            assertEquals(0, llrt.exitValue());
        } finally {
            llrt.destroyForcibly();
        }
    }
}
