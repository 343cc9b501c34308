package dev.llrtj.modules.querystring;

import dev.llrtj.realm.Room;

/** The room's descriptor: the names it answers to, its JS and binding, the globals it installs, what it requires. */
public final class QuerystringRoom {
    public static final Room ROOM = Room.of(QuerystringRoom.class)
            .js("querystring", "querystring.js")
            .dependsOn("buffer", "errors")
            .build();

    private QuerystringRoom() {}
}
