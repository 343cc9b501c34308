package dev.llrtj.emulator;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.Map;

/**
 * A streamed answer on {@code serve --http}, as a function URL with InvokeMode RESPONSE_STREAM passes it on: with
 * Content-Type application/vnd.awslambda.http-integration-response, the JSON before the first 8 null bytes gives
 * statusCode, headers and cookies and the rest is the body; any other stream is a 200 body of its Content-Type.
 * Body bytes are written (and flushed) as they arrive. A failure after the head went out cuts the connection, so
 * the client sees an unfinished chunked body rather than a complete one.
 */
final class FunctionUrlStream implements ResponseStreamListener {
    static final String PRELUDE_CONTENT_TYPE = "application/vnd.awslambda.http-integration-response";
    private static final int DELIMITER_LEN = 8;
    private static final int BAD_PRELUDE_STATUS = 502;

    private final HttpServerRequest req;
    private final HttpServerResponse response;
    private final String apiRequestId;
    private Buffer prelude; // bytes until the delimiter, while it is still being read
    private String plainContentType; // a stream without prelude: its head goes out with the first bytes
    private boolean headSent;

    FunctionUrlStream(HttpServerRequest req, String apiRequestId) {
        this.req = req;
        this.response = req.response();
        this.apiRequestId = apiRequestId;
    }

    @Override
    public void start(String contentType) {
        if (contentType.toLowerCase(java.util.Locale.ROOT).startsWith(PRELUDE_CONTENT_TYPE)) {
            prelude = Buffer.buffer();
        } else {
            plainContentType = contentType;
        }
    }

    @Override
    public void chunk(Buffer data) {
        if (prelude == null) {
            if (!headSent) {
                sendHead(200, new JsonObject().put("Content-Type", plainContentType), null);
            }
            response.write(data);
            return;
        }
        prelude.appendBuffer(data);
        int end = delimiter(prelude);
        if (end < 0) {
            return;
        }
        JsonObject meta;
        try {
            meta = new JsonObject(prelude.getString(0, end));
        } catch (RuntimeException e) {
            meta = new JsonObject().put("statusCode", BAD_PRELUDE_STATUS);
        }
        Buffer rest = prelude.getBuffer(end + DELIMITER_LEN, prelude.length());
        prelude = null;
        Object headers = meta.getValue("headers");
        Object cookies = meta.getValue("cookies");
        sendHead(status(meta.getValue("statusCode")), headers instanceof JsonObject h ? h : new JsonObject(),
                cookies instanceof JsonArray c ? c : null);
        if (rest.length() > 0) {
            response.write(rest);
        }
    }

    /** The invocation is over: end the body, or on failure answer 502 (nothing sent yet) or cut the connection. */
    void complete(InvokeResult result) {
        if (result.failed()) {
            if (headSent) {
                req.connection().close();
            } else {
                response.setStatusCode(502).putHeader("Content-Type", "application/json")
                        .putHeader("apigw-requestid", apiRequestId).end("{\"message\":\"Internal Server Error\"}");
            }
            return;
        }
        if (!headSent) { // an empty stream, or a prelude without its delimiter (then what came is the body)
            Buffer body = prelude == null ? Buffer.buffer() : prelude;
            prelude = null;
            sendHead(200, plainContentType == null ? new JsonObject() : new JsonObject().put("Content-Type", plainContentType), null);
            response.write(body);
        }
        response.end();
    }

    /** statusCode as a number of 100-599 (default 200); anything else is the function's fault: 502. */
    private static int status(Object value) {
        if (value == null) {
            return 200;
        }
        int code = value instanceof Number n && n.doubleValue() == n.intValue() ? n.intValue() : -1;
        return code >= 100 && code <= 599 ? code : BAD_PRELUDE_STATUS;
    }

    private void sendHead(int status, JsonObject headers, JsonArray cookies) {
        headSent = true;
        response.setStatusCode(status).setChunked(true);
        for (Map.Entry<String, Object> h : headers) {
            header(h.getKey(), String.valueOf(h.getValue()));
        }
        if (cookies != null) {
            for (Object cookie : cookies) {
                header("Set-Cookie", String.valueOf(cookie));
            }
        }
        response.putHeader("apigw-requestid", apiRequestId);
        response.writeHead();
    }

    /** A name or value HTTP cannot carry (a line break, say) is left out rather than breaking the response. */
    private void header(String name, String value) {
        try {
            response.headers().add(name, value);
        } catch (IllegalArgumentException e) {
            // dropped: the rest of the head and the body still go out
        }
    }

    private static int delimiter(Buffer bytes) {
        int run = 0;
        for (int i = 0; i < bytes.length(); i++) {
            run = bytes.getByte(i) == 0 ? run + 1 : 0;
            if (run == DELIMITER_LEN) {
                return i - DELIMITER_LEN + 1;
            }
        }
        return -1;
    }

    @Override
    public HttpServerResponse output() {
        return response;
    }
}
