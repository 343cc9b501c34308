package dev.llrtj.modules.tls;

import dev.llrtj.realm.Room;

/** The room's descriptor: the names it answers to, its JS and binding, the globals it installs, what it requires. */
public final class TlsRoom {
    public static final Room ROOM = Room.of(TlsRoom.class)
            .module("tls", "tls.js", realm -> TlsBinding.create(realm))
            .dependsOn("buffer", "errors", "net")
            .build();

    private TlsRoom() {}
}
