package dev.llrtj.modules.path;

import dev.llrtj.realm.Room;

/** The room's descriptor: the names it answers to, its JS and binding, the globals it installs, what it requires. */
public final class PathRoom {
    public static final Room ROOM = Room.of(PathRoom.class)
            .js("path", "path.js")
            .build();

    private PathRoom() {}
}
