package dev.llrtj.modules.temporal;

import dev.llrtj.realm.Room;

/** The room's descriptor: the names it answers to, its JS and binding, the globals it installs, what it requires. */
public final class TemporalRoom {
    public static final Room ROOM = Room.of(TemporalRoom.class)
            .resource("llrt:temporal", "js/vendor/temporal.js")
            .globals("llrt:temporal", "Temporal")
            .dependsOn("intl")
            .build();

    private TemporalRoom() {}
}
