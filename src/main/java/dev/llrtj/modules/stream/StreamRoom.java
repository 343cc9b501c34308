package dev.llrtj.modules.stream;

import dev.llrtj.realm.Room;

/** The room's descriptor: the names it answers to, its JS and binding, the globals it installs, what it requires. */
public final class StreamRoom {
    public static final Room ROOM = Room.of(StreamRoom.class)
            .js("stream", "stream.js")
            .js("stream/consumers", "consumers.js")
            .js("stream/promises", "promises.js")
            .js("stream/web", "web.js")
            .js("llrt:text-streams", "text-streams.js")
            .resource("llrt:readable-stream", "js/vendor/readable-stream.js")
            .resource("llrt:web-streams", "js/vendor/web-streams.js")
            .globals("stream/web", "ReadableStream", "ReadableStreamDefaultReader", "ReadableStreamBYOBReader",
                    "ReadableStreamBYOBRequest", "ReadableByteStreamController", "ReadableStreamDefaultController",
                    "WritableStream", "WritableStreamDefaultWriter", "WritableStreamDefaultController", "TransformStream",
                    "TransformStreamDefaultController", "ByteLengthQueuingStrategy", "CountQueuingStrategy",
                    "TextEncoderStream", "TextDecoderStream")
            .dependsOn("buffer")
            .build();

    private StreamRoom() {}
}
