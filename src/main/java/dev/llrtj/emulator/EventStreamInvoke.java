package dev.llrtj.emulator;

import dev.llrtj.lambda.runtimeapi.RuntimeApi;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/**
 * InvokeWithResponseStream (POST /2021-11-15/functions/{name}/response-streaming-invocations): the function's
 * bytes as they arrive, each in a PayloadChunk event of the AWS event-stream encoding, then one InvokeComplete
 * event (with ErrorCode/ErrorDetails when the function failed). The HTTP Content-Type is the function's stream's.
 * A function that answers buffered gets the same framing: its whole answer in one PayloadChunk.
 */
final class EventStreamInvoke implements ResponseStreamListener {
    private static final byte STRING_HEADER = 7;

    private final HttpServerResponse response;
    private final String requestId;
    private boolean started;

    private EventStreamInvoke(HttpServerResponse response, String requestId) {
        this.response = response;
        this.requestId = requestId;
    }

    static void handle(SandboxPool pool, HttpServerRequest req) {
        Emulator.readBody(req, Emulator.MAX_INVOKE_REQUEST_BYTES).onSuccess(body -> {
            PendingInvoke inv = Emulator.newInvocation(body.getBytes(), null);
            EventStreamInvoke stream = new EventStreamInvoke(req.response(), inv.requestId);
            inv.stream = stream;
            pool.submit(inv);
            inv.result.whenComplete((result, failure) -> {
                if (failure != null) {
                    if (!stream.started) {
                        Emulator.error(req, 500, "ServiceException", String.valueOf(failure.getMessage()));
                    } else {
                        req.connection().close();
                    }
                    return;
                }
                if (!inv.streamed) {
                    stream.start(RuntimeApi.CONTENT_TYPE_JSON);
                    if (!result.failed()) {
                        stream.chunk(Buffer.buffer(result.payload()));
                    }
                }
                stream.complete(result);
            });
        });
    }

    @Override
    public void start(String contentType) {
        started = true;
        response.setStatusCode(200).setChunked(true).putHeader("Content-Type", contentType)
                .putHeader(RuntimeApi.HEADER_INVOKE_REQUEST_ID, requestId)
                .putHeader(RuntimeApi.HEADER_EXECUTED_VERSION, "$LATEST");
    }

    @Override
    public void chunk(Buffer data) {
        response.write(message("PayloadChunk", "application/octet-stream", data.getBytes()));
    }

    private void complete(InvokeResult result) {
        JsonObject details = new JsonObject();
        if (result.failed()) {
            String type = RuntimeApi.FUNCTION_ERROR_UNHANDLED;
            try {
                type = new JsonObject(result.payloadText()).getString("errorType", type);
            } catch (RuntimeException e) {
                // not JSON: the generic code stays
            }
            details.put("ErrorCode", type).put("ErrorDetails", result.payloadText());
        }
        details.put("LogResult", "");
        response.end(message("InvokeComplete", RuntimeApi.CONTENT_TYPE_JSON,
                details.encode().getBytes(StandardCharsets.UTF_8)));
    }

    @Override
    public HttpServerResponse output() {
        return response;
    }

    /** One event-stream message: prelude (lengths, CRC32), string headers, payload, CRC32 of it all. */
    static Buffer message(String eventType, String contentType, byte[] payload) {
        Buffer headers = Buffer.buffer();
        header(headers, ":event-type", eventType);
        header(headers, ":content-type", contentType);
        header(headers, ":message-type", "event");
        int total = 12 + headers.length() + payload.length + 4;
        Buffer out = Buffer.buffer(total).appendInt(total).appendInt(headers.length());
        out.appendUnsignedInt(crc(out.getBytes()));
        out.appendBuffer(headers).appendBytes(payload);
        return out.appendUnsignedInt(crc(out.getBytes()));
    }

    private static void header(Buffer out, String name, String value) {
        byte[] n = name.getBytes(StandardCharsets.UTF_8);
        byte[] v = value.getBytes(StandardCharsets.UTF_8);
        out.appendByte((byte) n.length).appendBytes(n).appendByte(STRING_HEADER).appendShort((short) v.length).appendBytes(v);
    }

    private static long crc(byte[] bytes) {
        CRC32 crc = new CRC32();
        crc.update(bytes);
        return crc.getValue();
    }
}
