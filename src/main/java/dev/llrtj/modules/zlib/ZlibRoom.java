package dev.llrtj.modules.zlib;

import dev.llrtj.realm.Room;

/** The room's descriptor: the names it answers to, its JS and binding, the globals it installs, what it requires. */
public final class ZlibRoom {
    public static final Room ROOM = Room.of(ZlibRoom.class)
            .js("zlib", "zlib.js")
            .dependsOn("checksums", "errors")
            .build();

    private ZlibRoom() {}
}
