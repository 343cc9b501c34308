package dev.llrtj.modules.console;

import dev.llrtj.realm.Room;

/** The room's descriptor: the names it answers to, its JS and binding, the globals it installs, what it requires. */
public final class ConsoleRoom {
    public static final Room ROOM = Room.of(ConsoleRoom.class)
            .module("console", "console.js", realm -> ConsoleBinding.create(realm))
            .globalModule("console", "console")
            .dependsOn("util")
            .build();

    private ConsoleRoom() {}
}
