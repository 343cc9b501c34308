package dev.llrtj.modules.buffer;

import dev.llrtj.realm.Room;

/** The room's descriptor: the names it answers to, its JS and binding, the globals it installs, what it requires. */
public final class BufferRoom {
    public static final Room ROOM = Room.of(BufferRoom.class)
            .module("buffer", "buffer.js", realm -> BufferBinding.create(realm))
            .module("string_decoder", "string_decoder.js", realm -> BufferBinding.create(realm))
            .module("llrt:encoding", "encoding.js", realm -> BufferBinding.create(realm))
            .js("llrt:buffer-numbers", "numbers.js")
            .globals("buffer", "Buffer", "atob", "btoa")
            .globals("llrt:encoding", "TextEncoder", "TextDecoder")
            .dependsOn("blob", "errors")
            .build();

    private BufferRoom() {}
}
