package dev.llrtj.modules.zlib;

import dev.llrtj.realm.Room;

/** The room's descriptor: the names it answers to, its JS and binding, the globals it installs, what it requires. */
public final class ZlibRoom {
    public static final Room ROOM = Room.of(ZlibRoom.class)
            .js("zlib", "zlib.js")
            .module("llrt:zlib-native", "native.js", realm -> ZlibBinding.create(realm))
            .js("llrt:zlib-constants", "constants.js")
            .js("llrt:zlib-options", "options.js")
            .js("llrt:zlib-stream", "stream.js")
            .dependsOn("buffer", "checksums", "errors", "stream")
            .build();

    private ZlibRoom() {}
}
