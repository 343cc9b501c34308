package dev.llrtj.modules.asserts;

import dev.llrtj.realm.Room;

/** The room's descriptor: the names it answers to, its JS and binding, the globals it installs, what it requires. */
public final class AssertRoom {
    public static final Room ROOM = Room.of(AssertRoom.class)
            .js("assert", "assert.js")
            .js("llrt:assertion-error", "assertion-error.js")
            .dependsOn("util")
            .build();

    private AssertRoom() {}
}
