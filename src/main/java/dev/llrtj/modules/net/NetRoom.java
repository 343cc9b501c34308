package dev.llrtj.modules.net;

import dev.llrtj.realm.Room;

/** The room's descriptor: the names it answers to, its JS and binding, the globals it installs, what it requires. */
public final class NetRoom {
    public static final Room ROOM = Room.of(NetRoom.class)
            .js("net", "net.js")
            .module("llrt:net-socket", "socket.js", realm -> NetBinding.create(realm))
            .js("llrt:net-server", "server.js")
            .dependsOn("buffer", "errors", "events", "stream")
            .build();

    private NetRoom() {}
}
