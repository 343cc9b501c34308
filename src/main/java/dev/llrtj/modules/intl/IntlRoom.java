package dev.llrtj.modules.intl;

import dev.llrtj.realm.Room;

/** The room's descriptor: the names it answers to, its JS and binding, the globals it installs, what it requires. */
public final class IntlRoom {
    public static final Room ROOM = Room.of(IntlRoom.class)
            .module("llrt:intl", "intl.js", realm -> IntlBinding.create(realm))
            .parts("llrt:intl/")
            .globals("llrt:intl", "Intl")
            .build();

    private IntlRoom() {}
}
