package dev.llrtj.emulator;

import dev.llrtj.lambda.runtimeapi.RuntimeApi;
import io.netty.handler.codec.http.HttpHeaders;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import java.util.Base64;

/**
 * A streamed response on the Runtime API (Lambda-Runtime-Function-Response-Mode: streaming), passed to the
 * invocation's {@link ResponseStreamListener} chunk by chunk as it arrives, paced by the receiver. It ends with
 * 202 and the invocation's result: an error when the body ended with the error trailers, or
 * Function.ResponseSizeTooLarge (413, the stream cut) beyond {@link RuntimeApi#MAX_STREAMED_RESPONSE_BYTES}.
 */
final class StreamRelay {
    /** Ends the invocation: its result, and for the REPORT line a status and error type (or nulls). */
    interface Finish {
        void done(InvokeResult result, String status, String errorType);
    }

    /** How long a cut stream's remaining bytes are read and dropped before the connection is closed anyway. */
    private static final long DRAIN_MS = 5_000;

    private StreamRelay() {}

    static void relay(HttpServerRequest req, PendingInvoke inv, Finish finish) {
        ResponseStreamListener listener = inv.stream != null ? inv.stream : new ResponseStreamListener.Buffering();
        String contentType = req.getHeader("Content-Type");
        inv.streamed = true;
        listener.start(contentType == null ? "application/octet-stream" : contentType);
        long[] total = {0};
        boolean[] cut = {false};
        req.handler(chunk -> {
            if (cut[0] || chunk.length() == 0) { // Vert.x hands the trailer-carrying last content over as no bytes
                return;
            }
            total[0] += chunk.length();
            if (total[0] > RuntimeApi.MAX_STREAMED_RESPONSE_BYTES) {
                cut[0] = true;
                req.response().setStatusCode(413).putHeader("Content-Type", RuntimeApi.CONTENT_TYPE_JSON)
                        .putHeader("Connection", "close")
                        .end(Buffer.buffer(LambdaMessages.apiError("RequestEntityTooLarge", "Exceeded maximum allowed payload size ("
                                + RuntimeApi.MAX_STREAMED_RESPONSE_BYTES + " bytes).")))
                        .onComplete(v -> closeSoon(req));
                finish.done(new InvokeResult(inv.requestId, LambdaMessages.streamTooLargeError(),
                        RuntimeApi.FUNCTION_ERROR_UNHANDLED), "error", "Function.ResponseSizeTooLarge");
                return;
            }
            listener.chunk(chunk);
            if (listener.full()) {
                req.pause();
                listener.onDrain(req::resume);
            }
        });
        req.endHandler(v -> {
            HttpHeaders trailers = RequestTrailers.take(req.connection());
            if (cut[0]) {
                req.connection().close();
                return;
            }
            req.response().setStatusCode(202).putHeader("Content-Type", RuntimeApi.CONTENT_TYPE_JSON)
                    .end("{\"status\":\"OK\"}");
            String errorType = trailers == null ? null : trailers.get(RuntimeApi.HEADER_ERROR_TYPE);
            if (errorType == null) {
                byte[] payload = listener instanceof ResponseStreamListener.Buffering b ? b.bytes.getBytes() : new byte[0];
                finish.done(new InvokeResult(inv.requestId, payload, null), null, null);
            } else {
                byte[] body = errorBody(errorType, trailers.get(RuntimeApi.HEADER_ERROR_BODY));
                finish.done(new InvokeResult(inv.requestId, body, RuntimeApi.FUNCTION_ERROR_UNHANDLED), "error", errorType);
            }
        });
    }

    /**
     * After the 413 the rest of the body is read and thrown away until the runtime closes or ends it (at most
     * {@link #DRAIN_MS}): closing with unread bytes would reset the connection and could discard the 413 before the
     * runtime reads it.
     */
    private static void closeSoon(HttpServerRequest req) {
        Context context = Vertx.currentContext();
        if (context == null) {
            req.connection().close();
            return;
        }
        context.owner().setTimer(DRAIN_MS, t -> req.connection().close());
    }

    /** The trailer's body is base64 of the error JSON (Node's runtime); anything else is kept as the message. */
    private static byte[] errorBody(String errorType, String encoded) {
        if (encoded == null || encoded.isEmpty()) {
            return LambdaMessages.apiError(errorType, "");
        }
        try {
            return Base64.getDecoder().decode(encoded.trim());
        } catch (IllegalArgumentException e) {
            return LambdaMessages.apiError(errorType, encoded);
        }
    }
}
