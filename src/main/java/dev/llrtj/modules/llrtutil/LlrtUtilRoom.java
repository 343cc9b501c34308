package dev.llrtj.modules.llrtutil;

import dev.llrtj.realm.Room;

/** The room's descriptor: the names it answers to, its JS and binding, the globals it installs, what it requires. */
public final class LlrtUtilRoom {
    public static final Room ROOM = Room.of(LlrtUtilRoom.class)
            .js("llrt:util", "llrt-util.js")
            .dependsOn("fs", "process")
            .build();

    private LlrtUtilRoom() {}
}
