package dev.llrtj.modules.codec;

import dev.llrtj.realm.Room;

/** The room's descriptor: the names it answers to, its JS and binding, the globals it installs, what it requires. */
public final class CodecRoom {
    public static final Room ROOM = Room.of(CodecRoom.class)
            .js("llrt:codec", "codec.js")
            .dependsOn("buffer")
            .build();

    private CodecRoom() {}
}
