package dev.llrtj.loop.http;

import dev.llrtj.loop.EventLoop;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.net.SocketAddress;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One request a {@link HttpListener} received and its response. The request body is paused and read a chunk at a
 * time as JS asks ({@link #pull}), so an unread upload holds the client back; the loop is kept alive only while JS
 * waits for a chunk. Callbacks run as loop tasks. Loop thread only.
 */
public final class ServerExchange {
    /** The request line and head; headers: name as sent, value, ... in arrival order. */
    public record Head(String method, String url, String version, List<String> headers, String remoteAddress,
            int remotePort, String localAddress, int localPort) {}

    private final EventLoop loop;
    private final LoopHold hold;
    private final HttpServerRequest request;
    private final HttpServerResponse response;
    private final ArrayDeque<byte[]> chunks = new ArrayDeque<>();
    private Exchange.Callback<byte[]> puller;
    private Runnable onClose;
    private boolean ended;
    private Throwable failure;

    ServerExchange(EventLoop loop, HttpServerRequest request) {
        this.loop = loop;
        this.hold = new LoopHold(loop);
        this.request = request;
        this.response = request.response();
        request.pause();
        request.handler(this::chunk);
        request.endHandler(v -> bodyEnded());
        request.exceptionHandler(this::failed);
        response.exceptionHandler(t -> {}); // reported through closeHandler
        response.closeHandler(v -> {
            failed(new java.nio.channels.ClosedChannelException());
            if (onClose != null) {
                Runnable then = onClose;
                onClose = null;
                loop.execute(then);
            }
        });
    }

    public Head head() {
        List<String> headers = new ArrayList<>();
        for (Map.Entry<String, String> e : request.headers()) {
            headers.add(e.getKey());
            headers.add(e.getValue());
        }
        SocketAddress remote = request.remoteAddress();
        SocketAddress local = request.localAddress();
        String version = switch (request.version()) {
            case HTTP_1_0 -> "1.0";
            case HTTP_2 -> "2.0";
            default -> "1.1";
        };
        return new Head(request.method().name(), request.uri(), version, headers,
                remote == null ? null : remote.hostAddress(), remote == null ? 0 : remote.port(),
                local == null ? null : local.hostAddress(), local == null ? 0 : local.port());
    }

    /** The next request body chunk, or null at its end. */
    public void pull(Exchange.Callback<byte[]> next) {
        if (!chunks.isEmpty()) {
            byte[] chunk = chunks.poll();
            loop.execute(() -> next.done(chunk, null));
        } else if (failure != null) {
            Throwable why = failure;
            loop.execute(() -> next.done(null, why));
        } else if (ended) {
            loop.execute(() -> next.done(null, null));
        } else {
            puller = next;
            hold.hold();
            request.fetch(1);
        }
    }

    /** Runs once if the connection closes before the response ended (the client went away). */
    public void onClose(Runnable then) {
        this.onClose = then;
    }

    /** Status line and headers (name, value, ...); sent with the first write or the end. */
    public void writeHead(int status, String message, List<String> headers) {
        response.setStatusCode(status);
        if (message != null) {
            response.setStatusMessage(message);
        }
        for (int i = 0; i + 1 < headers.size(); i += 2) {
            response.headers().add(headers.get(i), headers.get(i + 1));
        }
    }

    /** One body chunk; {@code done} once handed to the socket (false: the connection is gone). */
    public void write(byte[] bytes, Exchange.Callback<Void> done) {
        if (response.closed() || response.ended()) {
            loop.execute(() -> done.done(null, new java.nio.channels.ClosedChannelException()));
            return;
        }
        if (!response.isChunked() && !response.headers().contains("content-length")) {
            response.setChunked(true);
        }
        response.write(Buffer.buffer(bytes)).onComplete(ar -> loop.execute(() -> done.done(null, ar.cause())));
    }

    /** Ends the response, with a last chunk or none. */
    public void end(byte[] last, Exchange.Callback<Void> done) {
        onClose = null;
        if (response.closed() || response.ended()) {
            loop.execute(() -> done.done(null, new java.nio.channels.ClosedChannelException()));
            return;
        }
        (last == null ? response.end() : response.end(Buffer.buffer(last)))
                .onComplete(ar -> loop.execute(() -> done.done(null, ar.cause())));
    }

    /** Drops the connection (res.destroy(), a handler that failed mid-answer). */
    public void destroy() {
        onClose = null;
        hold.release();
        if (!response.closed()) {
            response.reset();
        }
    }

    private void chunk(Buffer buffer) {
        byte[] bytes = buffer.getBytes();
        if (puller != null) {
            Exchange.Callback<byte[]> next = puller;
            puller = null;
            hold.release();
            loop.execute(() -> next.done(bytes, null));
        } else {
            chunks.add(bytes);
        }
    }

    private void bodyEnded() {
        ended = true;
        if (puller != null) {
            Exchange.Callback<byte[]> next = puller;
            puller = null;
            hold.release();
            loop.execute(() -> next.done(null, null));
        }
    }

    private void failed(Throwable t) {
        if (ended || failure != null) {
            return;
        }
        failure = t;
        if (puller != null) {
            Exchange.Callback<byte[]> next = puller;
            puller = null;
            hold.release();
            loop.execute(() -> next.done(null, t));
        }
    }
}
