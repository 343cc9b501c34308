package dev.llrtj.modules.os;

import dev.llrtj.realm.Room;

/** The room's descriptor: the names it answers to, its JS and binding, the globals it installs, what it requires. */
public final class OsRoom {
    public static final Room ROOM = Room.of(OsRoom.class)
            .module("os", "os.js", realm -> OsBinding.create(realm))
            .js("llrt:navigator", "navigator.js")
            .globals("llrt:navigator", "navigator", "Navigator")
            .dependsOn("buffer", "process")
            .build();

    private OsRoom() {}
}
