package dev.llrtj.lambda.runtimeapi;

import io.vertx.core.Context;
import io.vertx.core.Promise;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.net.NetClient;
import io.vertx.core.net.NetSocket;
import io.vertx.core.net.SocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;

/**
 * One streamed answer: POST /invocation/{id}/response with {@code Lambda-Runtime-Function-Response-Mode: streaming}
 * and {@code Transfer-Encoding: chunked}, each write sent as one chunk as soon as it is made, and a failure sent
 * as the {@code Lambda-Runtime-Function-Error-Type}/{@code -Body} trailers after the last chunk.
 *
 * <p>Vert.x's HttpClientRequest has no way to send request trailers, so this request goes over a plain Vert.x
 * NetClient connection of its own, with the HTTP/1.1 framing written here ({@link ReplyParser} reads the answer).
 * Every method may be called from any thread; the socket work runs on the client's context, in call order.
 */
public final class StreamedResponse {
    private static final byte[] CRLF = {'\r', '\n'};

    private final Context context;
    private final Promise<NetSocket> connected = Promise.promise();
    private final CompletableFuture<Integer> reply = new CompletableFuture<>();
    private final ReplyParser parser = new ReplyParser();
    private boolean finished;
    /** Body bytes handed to the socket, to tell a cut at the size limit from a broken connection. */
    private long bodyBytes;

    private StreamedResponse(Context context) {
        this.context = context;
    }

    /** Connects and sends the head; never blocks (the caller may run on the very thread of {@code context}). */
    static StreamedResponse open(Context context, NetClient net, SocketAddress server, String head) {
        StreamedResponse stream = new StreamedResponse(context);
        context.runOnContext(v -> net.connect(server).onComplete(ar -> {
            if (ar.failed()) {
                stream.reply.completeExceptionally(new RuntimeApiException("streamed response: " + ar.cause(), ar.cause()));
                stream.connected.fail(ar.cause());
                return;
            }
            NetSocket s = ar.result();
            s.handler(stream::onReplyBytes);
            s.closeHandler(x -> stream.onClosed());
            s.write(Buffer.buffer(head.getBytes(StandardCharsets.ISO_8859_1)));
            stream.connected.complete(s);
        }));
        return stream;
    }

    /** The request head: streaming mode, chunked, and the trailers it may end with. */
    static String head(String path, String authority, String contentType, String invocationId) {
        StringBuilder h = new StringBuilder(256).append("POST ").append(path).append(" HTTP/1.1\r\n")
                .append("Host: ").append(authority).append("\r\n")
                .append(RuntimeApi.HEADER_RESPONSE_MODE).append(": ").append(RuntimeApi.RESPONSE_MODE_STREAMING).append("\r\n")
                .append("Transfer-Encoding: chunked\r\n")
                .append("Trailer: ").append(RuntimeApi.HEADER_ERROR_TYPE).append(", ").append(RuntimeApi.HEADER_ERROR_BODY).append("\r\n")
                .append("Content-Type: ").append(headerValue(contentType)).append("\r\n");
        if (invocationId != null) {
            h.append(RuntimeApi.HEADER_INVOCATION_ID).append(": ").append(headerValue(invocationId)).append("\r\n");
        }
        return h.append("\r\n").toString();
    }

    /** Sends {@code bytes} as one chunk; completes once they are handed to the socket (or dropped: answer came). */
    public CompletableFuture<Void> write(byte[] bytes) {
        if (bytes.length == 0) {
            return CompletableFuture.completedFuture(null); // an empty chunk would end the body
        }
        Buffer chunk = Buffer.buffer(bytes.length + 12).appendString(Integer.toHexString(bytes.length))
                .appendBytes(CRLF).appendBytes(bytes).appendBytes(CRLF);
        return send(chunk, false, bytes.length);
    }

    /** The last chunk, without trailers. */
    public CompletableFuture<Void> end() {
        return send(Buffer.buffer("0\r\n\r\n"), true, 0);
    }

    /** The last chunk with the error trailers; the body is sent base64-encoded, as Node's runtime does. */
    public CompletableFuture<Void> fail(String errorType, String errorJson) {
        String trailers = "0\r\n" + RuntimeApi.HEADER_ERROR_TYPE + ": " + headerValue(errorType) + "\r\n"
                + RuntimeApi.HEADER_ERROR_BODY + ": "
                + Base64.getEncoder().encodeToString(errorJson.getBytes(StandardCharsets.UTF_8)) + "\r\n\r\n";
        return send(Buffer.buffer(trailers), true, 0);
    }

    /** The answer's HTTP status (202 normally, 413 beyond the size limit); fails if the connection broke first. */
    public CompletableFuture<Integer> reply() {
        return reply;
    }

    private CompletableFuture<Void> send(Buffer data, boolean last, int bodyLength) {
        CompletableFuture<Void> sent = new CompletableFuture<>();
        context.runOnContext(v -> connected.future().onComplete(ar -> {
            if (ar.failed() || finished || reply.isDone()) {
                sent.complete(null); // nobody reads any more: the invocation is over, its outcome is the reply
                return;
            }
            finished = last;
            bodyBytes += bodyLength;
            ar.result().write(data).onComplete(w -> sent.complete(null));
        }));
        return sent;
    }

    private void onReplyBytes(Buffer bytes) {
        int status = parser.feed(bytes);
        if (status >= 0 && reply.complete(status)) {
            connected.future().result().close();
        }
    }

    private void onClosed() {
        int status = parser.statusIfClosed();
        if (status >= 0) {
            reply.complete(status);
        } else if (bodyBytes > RuntimeApi.MAX_STREAMED_RESPONSE_BYTES) {
            // past the limit the Runtime API answers 413 and closes; a close that races ahead of reading that answer
            // (the peer's reset discards it) still means the same cut, not a broken Runtime API
            reply.complete(413);
        } else {
            reply.completeExceptionally(new RuntimeApiException("streamed response: connection closed before an answer", null));
        }
    }

    /** Header values come from user code (content type) or error names: no line breaks may reach the wire. */
    private static String headerValue(String value) {
        return value == null ? "" : value.replaceAll("[\\r\\n\\x00]", " ");
    }
}
