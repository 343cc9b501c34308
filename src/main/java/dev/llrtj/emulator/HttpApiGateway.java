package dev.llrtj.emulator;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.HttpVersion;
import java.util.Map;
import java.util.UUID;

/**
 * The front port of {@code llrt serve --http}: every request, whatever its path or method, becomes an HTTP API
 * payload 2.0 event ({@link HttpApiEvent}), or with {@code --payload-format 1.0} a REST API's ({@link RestApiEvent}),
 * for the function, and the function's answer becomes the HTTP response ({@link HttpApiResponse}).
 */
final class HttpApiGateway {
    private HttpApiGateway() {}

    static void handle(SandboxPool pool, HttpServerRequest req, HttpRoutes routes, boolean payload10) {
        long arrivalMillis = System.currentTimeMillis();
        HttpRoutes.Match route = routes.match(req.method().name(), req.path());
        if (route == null) { // what API Gateway answers for a path no route takes
            req.response().setStatusCode(404).putHeader("Content-Type", "application/json")
                    .end("{\"message\":\"Not Found\"}");
            return;
        }
        Emulator.readBody(req, Emulator.MAX_INVOKE_REQUEST_BYTES).onSuccess(body -> {
            String requestId = UUID.randomUUID().toString();
            String sourceIp = req.remoteAddress() == null ? "127.0.0.1" : req.remoteAddress().hostAddress();
            HttpApiEvent.Request request = new HttpApiEvent.Request(req.method().name(), req.uri(),
                    protocol(req.version()), req.headers().entries(), sourceIp, body.getBytes(), requestId, arrivalMillis);
            byte[] event = payload10 ? RestApiEvent.toJson(request, route) : HttpApiEvent.toJson(request, route);
            PendingInvoke inv = Emulator.newInvocation(event, null);
            FunctionUrlStream stream = new FunctionUrlStream(req, requestId);
            inv.stream = stream;
            pool.submit(inv);
            inv.result.whenComplete((result, failure) -> {
                if (inv.streamed) {
                    if (failure == null) {
                        stream.complete(result);
                    } else {
                        req.connection().close(); // the emulator is closing: the head may have gone out already
                    }
                    return;
                }
                HttpApiResponse answer;
                try {
                    answer = payload10 ? (failure != null ? HttpApiResponse.malformedProxyResponse() : HttpApiResponse.fromPayload10(result))
                            : failure != null ? HttpApiResponse.internalError() : HttpApiResponse.from(result);
                } catch (RuntimeException e) { // whatever the function answered, the client gets an answer
                    answer = HttpApiResponse.badGateway();
                }
                HttpServerResponse response = req.response().setStatusCode(answer.status());
                for (Map.Entry<String, String> h : answer.headers()) {
                    response.headers().add(h.getKey(), h.getValue());
                }
                response.putHeader("apigw-requestid", requestId);
                response.end(Buffer.buffer(answer.body()));
            });
        });
    }

    private static String protocol(HttpVersion version) {
        return switch (version) {
            case HTTP_1_0 -> "HTTP/1.0";
            case HTTP_2 -> "HTTP/2.0";
            default -> "HTTP/1.1";
        };
    }
}
