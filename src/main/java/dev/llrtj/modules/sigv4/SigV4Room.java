package dev.llrtj.modules.sigv4;

import dev.llrtj.realm.Room;

/** The room's descriptor: the names it answers to, its JS and binding, the globals it installs, what it requires. */
public final class SigV4Room {
    public static final Room ROOM = Room.of(SigV4Room.class)
            .module("llrt:sigv4", "sigv4.js", realm -> SigV4Binding.create(realm))
            .build();

    private SigV4Room() {}
}
