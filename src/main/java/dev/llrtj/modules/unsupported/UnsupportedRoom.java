package dev.llrtj.modules.unsupported;

import dev.llrtj.realm.Room;

/** The room's descriptor: the names it answers to, its JS and binding, the globals it installs, what it requires. */
public final class UnsupportedRoom {
    public static final Room ROOM = Room.of(UnsupportedRoom.class)
            .js("http2", "unsupported.js")
            .js("worker_threads", "unsupported.js")
            .build();

    private UnsupportedRoom() {}
}
