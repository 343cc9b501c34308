package dev.llrtj.emulator;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import dev.llrtj.lambda.runtimeapi.RuntimeApi;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonObject;
import java.io.IOException;

/**
 * Lambda refuses an invocation whose payload is not JSON before any function sees it: 400 with
 * X-Amzn-ErrorType InvalidRequestContentException (what the AWS SDK and CLI report), not a SyntaxError thrown in
 * the user's handler. An empty payload is taken, as Lambda takes it. Checked with a streaming parse: no tree built.
 */
public final class EventPayload {
    public static final String ERROR_TYPE = "InvalidRequestContentException";
    private static final JsonFactory JSON = new JsonFactory();

    private EventPayload() {}

    /** Why {@code event} is not one JSON value, in Lambda's words; null when it is (or is empty). */
    public static String invalid(byte[] event) {
        if (event.length == 0) {
            return null;
        }
        try (JsonParser parser = JSON.createParser(event)) {
            if (parser.nextToken() == null) {
                return null; // whitespace only
            }
            parser.skipChildren();
            if (parser.nextToken() != null) {
                return "Could not parse request body into json: more than one JSON value (at character "
                        + (parser.currentTokenLocation().getCharOffset() + 1) + ")";
            }
            return null;
        } catch (JsonProcessingException e) {
            return "Could not parse request body into json: " + e.getOriginalMessage() + " (line "
                    + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
        } catch (IOException e) {
            return "Could not parse request body into json: " + e.getMessage();
        }
    }

    static void refuse(HttpServerRequest req, String message) {
        req.response().setStatusCode(400).putHeader("Content-Type", RuntimeApi.CONTENT_TYPE_JSON)
                .putHeader("X-Amzn-ErrorType", ERROR_TYPE)
                .end(new JsonObject().put("Type", "User").put("message", message).encode());
    }
}
