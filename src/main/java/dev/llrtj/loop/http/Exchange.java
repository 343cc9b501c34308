package dev.llrtj.loop.http;

import dev.llrtj.loop.EventLoop;
import io.vertx.core.AsyncResult;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One request and its response. The response body is paused and read only as JS asks ({@link #pull} takes one
 * chunk, {@link #readAll} everything), so a slow reader holds the server back instead of filling the heap. The loop
 * is kept alive while the request waits for its head and while JS waits for body data, not by an unread body.
 * Callbacks run as loop tasks. Loop thread only.
 */
public final class Exchange {
    /** headers: name, value, name, value... {@code body} null and {@code streamingBody}: JS writes the body. */
    public record Spec(String method, String url, List<String> headers, byte[] body, boolean streamingBody, long timeoutMs) {}

    /** headers: lower-case name, value, ... in arrival order (each Set-Cookie on its own). */
    public record Head(int status, String statusText, List<String> headers, String version) {}

    @FunctionalInterface
    public interface Callback<T> {
        void done(T value, Throwable error);
    }

    /** What pending callbacks get once JS aborted; JS answers with its signal's reason instead. */
    public static final class AbortedException extends RuntimeException {
        public AbortedException() {
            super("The operation was aborted", null, false, false);
        }
    }

    private final EventLoop loop;
    private final LoopHold hold;
    private Callback<Head> onHead;
    private HttpClientRequest request;
    private HttpClientResponse response;
    private final ArrayDeque<Runnable> untilGranted = new ArrayDeque<>(); // body writes made before the connection
    private final ArrayDeque<byte[]> chunks = new ArrayDeque<>();
    private Callback<byte[]> puller;
    private Callback<byte[]> collector;
    private Buffer collected;
    private boolean ended;
    private boolean aborted;
    private boolean discarding;
    private Throwable failure;

    private Exchange(EventLoop loop, Callback<Head> onHead) {
        this.loop = loop;
        this.hold = new LoopHold(loop);
        this.onHead = onHead;
    }

    static Exchange start(EventLoop loop, HttpClient client, Spec spec, Callback<Head> onHead) {
        Exchange exchange = new Exchange(loop, onHead);
        exchange.hold.hold();
        RequestOptions options = HttpService.requestOptions(HttpMethod.valueOf(spec.method()), spec.url());
        if (spec.timeoutMs() > 0) {
            options.setIdleTimeout(spec.timeoutMs()).setConnectTimeout(spec.timeoutMs());
        }
        client.request(options).onComplete(granted -> exchange.granted(granted, spec));
        return exchange;
    }

    private void granted(AsyncResult<HttpClientRequest> granted, Spec spec) {
        if (aborted) {
            if (granted.succeeded()) {
                granted.result().exceptionHandler(t -> {}); // else Vert.x logs the reset as SEVERE
                granted.result().reset();
            }
            return;
        }
        if (granted.failed()) {
            failHead(granted.cause());
            return;
        }
        request = granted.result();
        boolean hasLength = false;
        List<String> headers = spec.headers();
        for (int i = 0; i + 1 < headers.size(); i += 2) {
            request.headers().add(headers.get(i), headers.get(i + 1));
            hasLength |= headers.get(i).equalsIgnoreCase("content-length");
        }
        request.response().onComplete(this::responded);
        request.exceptionHandler(t -> {}); // the response future reports the same failure
        if (spec.body() != null) {
            request.end(Buffer.buffer(spec.body()));
        } else if (spec.streamingBody()) {
            request.setChunked(!hasLength);
            Runnable op;
            while ((op = untilGranted.poll()) != null) {
                op.run();
            }
        } else {
            request.end();
        }
    }

    private void responded(AsyncResult<HttpClientResponse> result) {
        if (aborted) {
            return;
        }
        if (result.failed()) {
            failHead(result.cause());
            return;
        }
        response = result.result();
        response.pause();
        response.handler(this::chunk);
        response.endHandler(v -> bodyEnded());
        response.exceptionHandler(this::bodyFailed);
        List<String> headers = new ArrayList<>();
        for (Map.Entry<String, String> e : response.headers()) {
            headers.add(e.getKey().toLowerCase(java.util.Locale.ROOT));
            headers.add(e.getValue());
        }
        // HTTP/2 has no reason phrase (Vert.x fills in the standard one; fetch shows '')
        String text = response.version() == io.vertx.core.http.HttpVersion.HTTP_2 || response.statusMessage() == null
                ? "" : response.statusMessage();
        Head head = new Head(response.statusCode(), text, headers, response.version().alpnName());
        Callback<Head> callback = onHead;
        onHead = null;
        if (collector != null) {
            response.resume();
        } else if (puller != null) {
            response.fetch(1);
        } else {
            hold.release(); // head delivered: the body keeps the loop alive only while someone reads it
        }
        deliver(() -> callback.done(head, null));
    }

    /** Streams one body chunk of a request made with {@code streamingBody}; {@code done} once it is handed to the socket. */
    public void write(byte[] bytes, Callback<Void> done) {
        if (aborted || failure != null) {
            deliver(() -> done.done(null, aborted ? new AbortedException() : failure));
        } else if (request == null) {
            untilGranted.add(() -> write(bytes, done));
        } else {
            request.write(Buffer.buffer(bytes)).onComplete(ar -> deliver(() -> done.done(null, ar.cause())));
        }
    }

    /** Ends a streamed request body. */
    public void end() {
        if (aborted) {
            return;
        }
        if (request == null) {
            untilGranted.add(this::end);
        } else {
            request.end();
        }
    }

    /** The next body chunk, or null at the end of the body. */
    public void pull(Callback<byte[]> next) {
        if (!chunks.isEmpty()) {
            byte[] chunk = chunks.poll();
            deliver(() -> next.done(chunk, null));
        } else if (aborted || failure != null) {
            Throwable why = aborted ? new AbortedException() : failure;
            deliver(() -> next.done(null, why));
        } else if (ended) {
            deliver(() -> next.done(null, null));
        } else {
            puller = next;
            hold.hold();
            if (response != null) { // else asked before the head: fetched once it arrives
                response.fetch(1);
            }
        }
    }

    /** The rest of the body as one array. */
    public void readAll(Callback<byte[]> all) {
        collected = Buffer.buffer();
        byte[] chunk;
        while ((chunk = chunks.poll()) != null) {
            collected.appendBytes(chunk);
        }
        if (aborted || failure != null) {
            Throwable why = aborted ? new AbortedException() : failure;
            deliver(() -> all.done(null, why));
        } else if (ended) {
            byte[] bytes = collected.getBytes();
            deliver(() -> all.done(bytes, null));
        } else {
            collector = all;
            hold.hold();
            if (response != null) {
                response.resume();
            }
        }
    }

    /** Reads and drops the rest of the body, so the connection goes back to the pool (a redirect's body, a cancel). */
    public void discard() {
        discarding = true;
        chunks.clear();
        if (response != null && !ended && failure == null && !aborted) {
            response.resume();
        }
    }

    /** Cancels the request (or the body download); whatever waits gets an {@link AbortedException}. */
    public void abort() {
        if (aborted || ended) {
            return;
        }
        aborted = true;
        if (request != null) {
            request.reset(0, new AbortedException());
        }
        AbortedException why = new AbortedException();
        if (onHead != null) {
            Callback<Head> callback = onHead;
            onHead = null;
            deliver(() -> callback.done(null, why));
        }
        failBody(why);
        hold.release();
    }

    private void chunk(Buffer buffer) {
        if (discarding || aborted) {
            return;
        }
        if (collector != null) {
            collected.appendBuffer(buffer);
            return;
        }
        byte[] bytes = buffer.getBytes();
        if (puller != null) {
            Callback<byte[]> next = puller;
            puller = null;
            hold.release();
            deliver(() -> next.done(bytes, null));
        } else {
            chunks.add(bytes);
        }
    }

    private void bodyEnded() {
        ended = true;
        if (collector != null) {
            Callback<byte[]> all = collector;
            collector = null;
            byte[] bytes = collected.getBytes();
            collected = null;
            hold.release();
            deliver(() -> all.done(bytes, null));
        } else if (puller != null) {
            Callback<byte[]> next = puller;
            puller = null;
            hold.release();
            deliver(() -> next.done(null, null));
        }
    }

    private void bodyFailed(Throwable t) {
        if (aborted || ended) {
            return;
        }
        failure = t;
        failBody(t);
        hold.release();
    }

    private void failBody(Throwable why) {
        Callback<byte[]> waiting = puller != null ? puller : collector;
        puller = null;
        collector = null;
        if (waiting != null) {
            deliver(() -> waiting.done(null, why));
        }
    }

    private void failHead(Throwable t) {
        failure = t;
        Callback<Head> callback = onHead;
        onHead = null;
        failBody(t);
        hold.release();
        if (callback != null) {
            deliver(() -> callback.done(null, t));
        }
    }

    private void deliver(Runnable task) {
        loop.execute(task);
    }
}
