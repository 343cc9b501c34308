package dev.llrtj.modules.abort;

import dev.llrtj.realm.Room;

/** The room's descriptor: the names it answers to, its JS and binding, the globals it installs, what it requires. */
public final class AbortRoom {
    public static final Room ROOM = Room.of(AbortRoom.class)
            .js("llrt:abort", "abort.js")
            .globals("llrt:abort", "AbortController", "AbortSignal")
            .dependsOn("errors", "events", "util", "timers")
            .build();

    private AbortRoom() {}
}
