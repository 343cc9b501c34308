package dev.llrtj.lambda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
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

    /** One POST as received: its head and its body exactly as it came (for a chunked one, framing included). */
    record Received(BareRuntimeApi.Post post, String rawBody) {
        String header(String name) {
            return post.header(name);
        }

        List<String> head() {
            return post.head();
        }
    }

    @Test
    void chunksAndErrorTrailersAreFramedAsLambdaReadsThem() throws Exception {
        List<String> events = List.of("{\"action\":\"failAfterTwo\"}", "{\"action\":\"iterable\"}");
        try (BareRuntimeApi api = new BareRuntimeApi(events, 0)) {
            Process runtime = RuntimeProcess.startAgainst(api.address(), "functions", "streaming.handler", work.resolve("runtime.log"));
            try {
                Received failed = receive(api, 120);
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

                Received ok = receive(api, 60);
                assertEquals("POST /2018-06-01/runtime/invocation/req-2/response HTTP/1.1", ok.head().get(0));
                assertEquals("text/plain", ok.header("Content-Type"), "setContentType before the first write");
                assertEquals("6\r\nalpha \r\n5\r\nbeta \r\n5\r\ngamma\r\n0\r\n\r\n", ok.rawBody(),
                        "one chunk per write, the last chunk without trailers");
            } finally {
                runtime.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    /** The next POST, its body read whole (chunked: as sent, framing and trailers included), answered 202. */
    private static Received receive(BareRuntimeApi api, long seconds) throws Exception {
        BareRuntimeApi.Post post = api.awaitPost(seconds);
        String body = "chunked".equalsIgnoreCase(post.header("Transfer-Encoding")) ? readChunked(post.in())
                : new String(post.in().readNBytes(Integer.parseInt(post.header("Content-Length"))), StandardCharsets.UTF_8);
        post.accept();
        return new Received(post, body);
    }

    /** The chunked body as sent, size lines, data, last chunk and trailers included. */
    private static String readChunked(InputStream in) throws IOException {
        StringBuilder raw = new StringBuilder();
        while (true) {
            String size = BareRuntimeApi.readLine(in);
            raw.append(size).append("\r\n");
            int n = Integer.parseInt(size.trim(), 16);
            if (n == 0) {
                for (String trailer; !(trailer = BareRuntimeApi.readLine(in)).isEmpty(); ) {
                    raw.append(trailer).append("\r\n");
                }
                return raw.append("\r\n").toString();
            }
            raw.append(new String(in.readNBytes(n), StandardCharsets.UTF_8));
            raw.append(BareRuntimeApi.readLine(in)).append("\r\n"); // the CRLF after the data: any other byte shows up here
        }
    }
}
