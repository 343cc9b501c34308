package dev.llrtj.modules.tty;

import dev.llrtj.realm.Room;

/** The room's descriptor: the names it answers to, its JS and binding, the globals it installs, what it requires. */
public final class TtyRoom {
    public static final Room ROOM = Room.of(TtyRoom.class)
            .module("tty", "tty.js", realm -> TtyBinding.create(realm))
            .dependsOn("errors", "events", "stream", "fs")
            .build();

    private TtyRoom() {}
}
