package dev.llrtj.emulator;

import dev.llrtj.lambda.runtimeapi.RuntimeApi;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Which invocation a runtime's answer (response or error post) is for, as Lambda's Runtime API checks it: the one
 * out with that runtime, else 403 for an id already answered (a late second answer: wrong state) and 400 for an id
 * never seen; an echoed invocation id that is not the request's is a 400 too. Used on the emulator's context only.
 */
final class RuntimeAnswers {
    private static final int REMEMBERED_IDS = 256;

    private final Map<String, Boolean> answered = new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > REMEMBERED_IDS;
        }
    };

    void answered(String requestId) {
        answered.put(requestId, Boolean.TRUE);
    }

    /** The invocation {@code requestId} answers ({@code busy}, the one out), or null after answering 400/403 itself. */
    PendingInvoke claim(HttpServerRequest req, PendingInvoke busy, String requestId) {
        if (busy == null || !busy.requestId.equals(requestId)) {
            if (answered.containsKey(requestId)) {
                respond(req, 403, LambdaMessages.apiError("InvalidStateTransition",
                        "Invocation " + requestId + " was already answered"));
            } else {
                respond(req, 400, LambdaMessages.apiError("InvalidRequestID", "Invalid request ID: " + requestId));
            }
            return null;
        }
        String echoed = req.getHeader(RuntimeApi.HEADER_INVOCATION_ID);
        if (echoed != null && !echoed.equals(busy.invocationId)) {
            respond(req, 400, LambdaMessages.apiError("InvalidInvocationID",
                    "Invocation id " + echoed + " does not belong to request " + requestId));
            return null;
        }
        return busy;
    }

    static void respond(HttpServerRequest req, int status, byte[] json) {
        req.response().setStatusCode(status).putHeader("Content-Type", RuntimeApi.CONTENT_TYPE_JSON)
                .end(Buffer.buffer(json));
    }
}
