package dev.llrtj.modules.http;

import dev.llrtj.realm.Room;

/** The room's descriptor: the names it answers to, its JS and binding, the globals it installs, what it requires. */
public final class HttpRoom {
    public static final Room ROOM = Room.of(HttpRoom.class)
            .js("http", "http.js")
            .js("https", "https.js")
            .js("llrt:http-common", "common.js")
            .module("llrt:http-client", "client.js", realm -> HttpBinding.create(realm))
            .module("llrt:http-server", "server.js", realm -> HttpBinding.create(realm))
            .dependsOn("buffer", "events", "stream", "errors", "url", "util")
            .build();

    private HttpRoom() {}
}
