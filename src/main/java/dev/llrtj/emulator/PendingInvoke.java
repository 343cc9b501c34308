package dev.llrtj.emulator;

import java.util.concurrent.CompletableFuture;

/** An invocation from queueing to its answer. Mutable fields are touched only on the emulator's event loop. */
final class PendingInvoke {
    final String requestId;
    final String invocationId;
    final byte[] event;
    final String clientContext;
    final String traceId;
    final CompletableFuture<InvokeResult> result = new CompletableFuture<>();

    /** Set by a front end that passes a streamed response on as it arrives; null: buffered into the result. */
    ResponseStreamListener stream;
    /** The runtime answered with a stream (its bytes went to {@link #stream}, not into the result's payload). */
    boolean streamed;
    long deliveredNanos;
    long timeoutTimer = -1;

    PendingInvoke(String requestId, String invocationId, byte[] event, String clientContext, String traceId) {
        this.requestId = requestId;
        this.invocationId = invocationId;
        this.event = event;
        this.clientContext = clientContext;
        this.traceId = traceId;
    }
}
