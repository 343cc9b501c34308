package dev.llrtj.modules.readline;

import dev.llrtj.realm.Room;

/** The room's descriptor: the names it answers to, its JS and binding, the globals it installs, what it requires. */
public final class ReadlineRoom {
    public static final Room ROOM = Room.of(ReadlineRoom.class)
            .js("readline", "readline.js")
            .js("readline/promises", "promises.js")
            .dependsOn("events", "buffer", "errors")
            .build();

    private ReadlineRoom() {}
}
