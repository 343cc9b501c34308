package dev.llrtj.emulator;

import io.vertx.core.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The exact texts Lambda produces for platform-side failures and for its per-invocation log lines. */
final class LambdaMessages {
    private static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private LambdaMessages() {}

    static String startLine(String requestId) {
        return "START RequestId: " + requestId + " Version: $LATEST";
    }

    static String endLine(String requestId) {
        return "END RequestId: " + requestId;
    }

    /**
     * @param initDurationMs negative when this invocation did not pay for an init
     * @param status null on success, else "timeout" / "error" (Lambda appends these on platform failures)
     */
    static String reportLine(String requestId, double durationMs, int memoryMb, long maxMemoryMb,
                             double initDurationMs, String status, String errorType) {
        // billed from the duration as shown: 128.001 ms shows as 128.00 and bills 128, not 129
        double shownMs = Math.round(durationMs * 100) / 100.0;
        StringBuilder line = new StringBuilder("REPORT RequestId: ").append(requestId)
                .append("\tDuration: ").append(String.format(Locale.ROOT, "%.2f", shownMs)).append(" ms")
                .append("\tBilled Duration: ").append(billedMs(shownMs)).append(" ms")
                .append("\tMemory Size: ").append(memoryMb).append(" MB")
                .append("\tMax Memory Used: ").append(maxMemoryMb).append(" MB");
        if (initDurationMs >= 0) {
            line.append("\tInit Duration: ").append(String.format(Locale.ROOT, "%.2f", initDurationMs)).append(" ms");
        }
        if (status != null) {
            line.append("\tStatus: ").append(status);
        }
        if (errorType != null) {
            line.append("\tError Type: ").append(errorType);
        }
        return line.toString();
    }

    static long billedMs(double durationMs) {
        return Math.max(1, (long) Math.ceil(durationMs));
    }

    static String timeoutMessage(String requestId, double timeoutSeconds) {
        return TIMESTAMP.format(Instant.now()) + " " + requestId + " Task timed out after "
                + String.format(Locale.ROOT, "%.2f", timeoutSeconds) + " seconds";
    }

    static byte[] timeoutError(String requestId, double timeoutSeconds) {
        return json(new JsonObject().put("errorMessage", timeoutMessage(requestId, timeoutSeconds)));
    }

    static byte[] exitError(String requestId, String reason) {
        return json(new JsonObject()
                .put("errorType", "Runtime.ExitError")
                .put("errorMessage", "RequestId: " + requestId + " Error: " + reason));
    }

    static String exitReason(int exitCode) {
        if (exitCode == 0) {
            return "Runtime exited without providing a reason";
        }
        if (exitCode > 128) {
            return "Runtime exited with error: signal " + (exitCode - 128);
        }
        return "Runtime exited with error: exit status " + exitCode;
    }

    static byte[] initTimeoutError(double seconds) {
        return json(new JsonObject()
                .put("errorType", "Runtime.InitTimeout")
                .put("errorMessage", "Init phase did not reach the Runtime API within "
                        + String.format(Locale.ROOT, "%.2f", seconds) + " seconds"));
    }

    static byte[] responseTooLargeError() {
        return json(new JsonObject()
                .put("errorType", "Function.ResponseSizeTooLarge")
                .put("errorMessage", "Response payload size exceeded maximum allowed payload size (6291556 bytes)."));
    }

    static byte[] streamTooLargeError() {
        return json(new JsonObject()
                .put("errorType", "Function.ResponseSizeTooLarge")
                .put("errorMessage", "Response payload size exceeded maximum allowed payload streaming size ("
                        + dev.llrtj.lambda.runtimeapi.RuntimeApi.MAX_STREAMED_RESPONSE_BYTES + " bytes)."));
    }

    static byte[] apiError(String errorType, String message) {
        return json(new JsonObject().put("errorType", errorType).put("errorMessage", message));
    }

    private static byte[] json(JsonObject object) {
        return object.encode().getBytes(StandardCharsets.UTF_8);
    }
}
