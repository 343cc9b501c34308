package dev.llrtj.lambda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The streamed response on the wire, read byte by byte by a Runtime API written here on a bare socket (no HTTP
 * library that could hide the framing): the head, each write as one chunk, and a failure as the two error
 * trailers after the last chunk, exactly as Lambda reads them.
 */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class StreamedResponseWireTest {
    @TempDir
    Path work;

    /** One request as received: its head lines and, for a chunked body, the body bytes exactly as they came. */
    record Received(List<String> head, String rawBody) {
        String header(String name) {
            String prefix = name.toLowerCase(Locale.ROOT) + ":";
            return head.stream().filter(l -> l.toLowerCase(Locale.ROOT).startsWith(prefix))
                    .map(l -> l.substring(prefix.length()).trim()).findFirst().orElse(null);
        }
    }

    private final BlockingQueue<Received> posts = new LinkedBlockingQueue<>();
    private final List<String> events = List.of("{\"action\":\"failAfterTwo\"}", "{\"action\":\"iterable\"}");
    private final AtomicInteger nextCalls = new AtomicInteger();

    @Test
    void chunksAndErrorTrailersAreFramedAsLambdaReadsThem() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Thread acceptor = Thread.ofVirtual().start(() -> accept(server));
            ProcessBuilder pb = new ProcessBuilder(RuntimeProcess.command()).redirectErrorStream(true)
                    .redirectOutput(work.resolve("runtime.log").toFile());
            pb.environment().put("AWS_LAMBDA_RUNTIME_API", "127.0.0.1:" + server.getLocalPort());
            pb.environment().put("_HANDLER", "streaming.handler");
            pb.environment().put("LAMBDA_TASK_ROOT", RuntimeProcess.resource("functions").toString());
            Process runtime = pb.start();
            try {
                Received failed = posts.poll(120, TimeUnit.SECONDS);
                assertTrue(failed != null, "no streamed response");
                assertEquals("POST /2018-06-01/runtime/invocation/req-1/response HTTP/1.1", failed.head().get(0));
                assertEquals("streaming", failed.header("Lambda-Runtime-Function-Response-Mode"));
                assertEquals("chunked", failed.header("Transfer-Encoding"));
                assertEquals("Lambda-Runtime-Function-Error-Type, Lambda-Runtime-Function-Error-Body", failed.header("Trailer"));
                assertEquals("application/octet-stream", failed.header("Content-Type"));
                assertNull(failed.header("Content-Length"));
                String prefix = "4\r\none,\r\n4\r\ntwo,\r\n0\r\nLambda-Runtime-Function-Error-Type: TypeError\r\n"
                        + "Lambda-Runtime-Function-Error-Body: ";
                String raw = failed.rawBody();
                assertTrue(raw.startsWith(prefix) && raw.endsWith("\r\n\r\n"), raw);
                String encoded = raw.substring(prefix.length(), raw.length() - 4);
                JsonNode error = HttpInvoke.JSON.readTree(Base64.getDecoder().decode(encoded));
                assertEquals("TypeError", error.path("errorType").asText());
                assertEquals("broke after two chunks", error.path("errorMessage").asText());

                Received ok = posts.poll(60, TimeUnit.SECONDS);
                assertTrue(ok != null, "the runtime did not go on to the next invocation");
                assertEquals("POST /2018-06-01/runtime/invocation/req-2/response HTTP/1.1", ok.head().get(0));
                assertEquals("text/plain", ok.header("Content-Type"), "setContentType before the first write");
                assertEquals("6\r\nalpha \r\n5\r\nbeta \r\n5\r\ngamma\r\n0\r\n\r\n", ok.rawBody(),
                        "one chunk per write, the last chunk without trailers");
            } finally {
                runtime.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                acceptor.interrupt();
            }
        }
    }

    private void accept(ServerSocket server) {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                Thread.ofVirtual().start(() -> serve(socket));
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket socket) {
        try (socket; InputStream in = socket.getInputStream(); OutputStream out = socket.getOutputStream()) {
            while (true) {
                List<String> head = new ArrayList<>();
                for (String line; !(line = readLine(in)).isEmpty(); ) {
                    head.add(line);
                }
                Received request = new Received(head, null);
                if (head.get(0).startsWith("GET ")) {
                    int n = nextCalls.getAndIncrement();
                    if (n >= events.size()) {
                        Thread.sleep(Long.MAX_VALUE); // no more work: the runtime waits, as in a real sandbox
                    }
                    byte[] event = events.get(n).getBytes(StandardCharsets.UTF_8);
                    out.write(("HTTP/1.1 200 OK\r\nLambda-Runtime-Aws-Request-Id: req-" + (n + 1)
                            + "\r\nLambda-Runtime-Deadline-Ms: " + (System.currentTimeMillis() + 60_000)
                            + "\r\nLambda-Runtime-Invoked-Function-Arn: arn:aws:lambda:us-east-1:123456789012:function:wire"
                            + "\r\nContent-Length: " + event.length + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
                    out.write(event);
                    out.flush();
                    continue;
                }
                String body = "chunked".equalsIgnoreCase(request.header("Transfer-Encoding")) ? readChunked(in)
                        : new String(in.readNBytes(Integer.parseInt(request.header("Content-Length"))), StandardCharsets.UTF_8);
                posts.add(new Received(head, body));
                out.write("HTTP/1.1 202 Accepted\r\nContent-Type: application/json\r\nContent-Length: 16\r\n\r\n{\"status\":\"OK\"}\n"
                        .getBytes(StandardCharsets.ISO_8859_1));
                out.flush();
            }
        } catch (IOException | InterruptedException | RuntimeException e) {
            // connection over
        }
    }

    /** The chunked body as sent, size lines, data, last chunk and trailers included. */
    private static String readChunked(InputStream in) throws IOException {
        StringBuilder raw = new StringBuilder();
        while (true) {
            String size = readLine(in);
            raw.append(size).append("\r\n");
            int n = Integer.parseInt(size.trim(), 16);
            if (n == 0) {
                for (String trailer; !(trailer = readLine(in)).isEmpty(); ) {
                    raw.append(trailer).append("\r\n");
                }
                return raw.append("\r\n").toString();
            }
            raw.append(new String(in.readNBytes(n), StandardCharsets.UTF_8));
            raw.append(readLine(in)).append("\r\n"); // the CRLF after the data: any other byte shows up here
        }
    }

    private static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b; (b = in.read()) != -1; ) {
            if (b == '\n') {
                byte[] bytes = line.toByteArray();
                int end = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
                return new String(bytes, 0, end, StandardCharsets.ISO_8859_1);
            }
            line.write(b);
        }
        throw new IOException("connection closed");
    }
}
