package dev.llrtj.emulator;

import dev.llrtj.lambda.runtimeapi.RuntimeApi;
import io.vertx.core.json.JsonObject;
import java.nio.charset.StandardCharsets;

/**
 * Lambda's memory limit on the sandbox: a function whose processes' resident memory goes over its memory size is
 * killed, the invocation fails with Runtime.OutOfMemory, and the next one starts a new sandbox. The emulator holds
 * a runtime to it when the runtime is sized as the deployed layer sizes it for that memory, i.e. the native
 * executable (bootstrap-native's heap leaves room for its ~40 MB of image pages). A JVM child is not held to it: its
 * own footprint at 128 MB is already over, while the same function on the native layer fits. System property
 * llrt.emulator.holdMemory=true/false decides instead (e.g. for a --runtime-command runtime).
 */
final class MemoryLimit {
    static final String PROPERTY = "llrt.emulator.holdMemory";

    private MemoryLimit() {}

    static boolean held(DefaultRuntimeCommand.Choice runtime) {
        String forced = System.getProperty(PROPERTY);
        return forced == null ? runtime.nativeExecutable() : Boolean.parseBoolean(forced);
    }

    /** The answer Lambda gives for an invocation whose sandbox it killed for its memory. */
    static InvokeResult exceeded(String requestId) {
        byte[] payload = new JsonObject()
                .put("errorType", "Runtime.OutOfMemory")
                .put("errorMessage", "RequestId: " + requestId + " Error: Runtime exited with error: signal: killed")
                .encode().getBytes(StandardCharsets.UTF_8);
        return new InvokeResult(requestId, payload, RuntimeApi.FUNCTION_ERROR_UNHANDLED);
    }
}
