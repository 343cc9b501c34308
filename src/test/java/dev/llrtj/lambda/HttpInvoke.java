package dev.llrtj.lambda;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.llrtj.emulator.Emulator;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/** Invokes an emulator the way users' tools do: POST to its Lambda invoke endpoint over real HTTP. */
final class HttpInvoke {
    static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    /** One invoke answer: {@code functionError} is the X-Amz-Function-Error header (null on success). */
    record Answer(int status, String functionError, String requestId, String raw) {
        JsonNode json() {
            try {
                return JSON.readTree(raw);
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + raw, e);
            }
        }

        String errorType() {
            return json().path("errorType").asText();
        }

        String errorMessage() {
            return json().path("errorMessage").asText();
        }
    }

    private HttpInvoke() {}

    static CompletableFuture<Answer> postAsync(Emulator emulator, String event) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(emulator.invokeUrl()))
                .timeout(Duration.ofSeconds(180))
                .POST(HttpRequest.BodyPublishers.ofString(event))
                .build();
        return CLIENT.sendAsync(request, HttpResponse.BodyHandlers.ofString()).thenApply(r -> new Answer(r.statusCode(),
                r.headers().firstValue("X-Amz-Function-Error").orElse(null),
                r.headers().firstValue("X-Amzn-RequestId").orElse(null), r.body()));
    }

    static Answer post(Emulator emulator, String event) throws Exception {
        return postAsync(emulator, event).get();
    }
}
