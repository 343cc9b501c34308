package dev.llrtj.emulator;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.streams.WriteStream;

/**
 * Where a streamed response goes as it arrives (the invoke endpoints, the function URL of {@code serve --http}).
 * Called on the emulator's context; the invocation's end still comes through {@link PendingInvoke#result}.
 */
interface ResponseStreamListener {
    /** The runtime opened the stream with this Content-Type. */
    void start(String contentType);

    void chunk(Buffer data);

    /** Where the bytes go; its write queue paces the relay. */
    WriteStream<Buffer> output();

    /** True while the receiver cannot take more: the relay stops reading the runtime until {@link #onDrain}. */
    default boolean full() {
        return output().writeQueueFull();
    }

    default void onDrain(Runnable resume) {
        output().drainHandler(v -> resume.run());
    }

    /** For callers without a stream of their own (the buffered invoke endpoint, Emulator#invoke): keeps the bytes. */
    final class Buffering implements ResponseStreamListener {
        final Buffer bytes = Buffer.buffer();

        @Override
        public void start(String contentType) {}

        @Override
        public void chunk(Buffer data) {
            bytes.appendBuffer(data);
        }

        @Override
        public WriteStream<Buffer> output() {
            return null;
        }

        @Override
        public boolean full() {
            return false;
        }

        @Override
        public void onDrain(Runnable resume) {}
    }
}
