package dev.llrtj.emulator;

import java.nio.charset.StandardCharsets;

/**
 * What an invoke answers: the function's result, or (when {@code functionError} is non-null, e.g. "Unhandled")
 * the error JSON, exactly as Lambda's invoke API would return them.
 */
public record InvokeResult(String requestId, byte[] payload, String functionError) {
    public boolean failed() {
        return functionError != null;
    }

    public String payloadText() {
        return new String(payload, StandardCharsets.UTF_8);
    }
}
