package dev.llrtj.modules.timezone;

import dev.llrtj.realm.Room;

/** The room's descriptor: the names it answers to, its JS and binding, the globals it installs, what it requires. */
public final class TimezoneRoom {
    public static final Room ROOM = Room.of(TimezoneRoom.class)
            .module("llrt:timezone", "timezone.js", realm -> TimezoneBinding.create(realm))
            .build();

    private TimezoneRoom() {}
}
