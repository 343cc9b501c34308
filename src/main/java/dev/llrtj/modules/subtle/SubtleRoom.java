package dev.llrtj.modules.subtle;

import dev.llrtj.realm.Room;

/** The room's descriptor: the names it answers to, its JS and binding, the globals it installs, what it requires. */
public final class SubtleRoom {
    public static final Room ROOM = Room.of(SubtleRoom.class)
            .module("llrt:subtle", "subtle.js", realm -> SubtleBinding.create(realm))
            .module("llrt:subtle/keys", "keys.js", realm -> SubtleBinding.create(realm))
            .js("llrt:subtle/algorithms", "algorithms.js")
            .build();

    private SubtleRoom() {}
}
