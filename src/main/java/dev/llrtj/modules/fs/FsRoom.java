package dev.llrtj.modules.fs;

import dev.llrtj.realm.Room;

/** The room's descriptor: the names it answers to, its JS and binding, the globals it installs, what it requires. */
public final class FsRoom {
    public static final Room ROOM = Room.of(FsRoom.class)
            .js("fs", "fs.js")
            .js("fs/promises", "promises.js")
            .module("llrt:fs", "internal.js", realm -> FsBinding.create(realm))
            .js("llrt:fs-streams", "streams.js")
            .dependsOn("buffer", "stream")
            .build();

    private FsRoom() {}
}
