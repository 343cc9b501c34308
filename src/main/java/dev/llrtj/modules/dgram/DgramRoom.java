package dev.llrtj.modules.dgram;

import dev.llrtj.realm.Room;

/** The room's descriptor: the names it answers to, its JS and binding, the globals it installs, what it requires. */
public final class DgramRoom {
    public static final Room ROOM = Room.of(DgramRoom.class)
            .module("dgram", "dgram.js", realm -> DgramBinding.create(realm))
            .dependsOn("buffer", "errors", "events")
            .build();

    private DgramRoom() {}
}
