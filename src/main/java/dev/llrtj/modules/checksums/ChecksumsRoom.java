package dev.llrtj.modules.checksums;

import dev.llrtj.realm.Room;

/** The room's descriptor: the names it answers to, its JS and binding, the globals it installs, what it requires. */
public final class ChecksumsRoom {
    public static final Room ROOM = Room.of(ChecksumsRoom.class)
            .module("llrt:checksums", "checksums.js", realm -> ChecksumsBinding.create(realm))
            .dependsOn("errors")
            .build();

    private ChecksumsRoom() {}
}
