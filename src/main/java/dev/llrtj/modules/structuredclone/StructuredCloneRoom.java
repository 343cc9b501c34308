package dev.llrtj.modules.structuredclone;

import dev.llrtj.realm.Room;

/** The room's descriptor: the names it answers to, its JS and binding, the globals it installs, what it requires. */
public final class StructuredCloneRoom {
    public static final Room ROOM = Room.of(StructuredCloneRoom.class)
            .js("llrt:structured-clone", "structured-clone.js")
            .globals("llrt:structured-clone", "structuredClone")
            .dependsOn("errors")
            .build();

    private StructuredCloneRoom() {}
}
