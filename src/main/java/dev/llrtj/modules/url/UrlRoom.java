package dev.llrtj.modules.url;

import dev.llrtj.realm.Room;

/** The room's descriptor: the names it answers to, its JS and binding, the globals it installs, what it requires. */
public final class UrlRoom {
    public static final Room ROOM = Room.of(UrlRoom.class)
            .js("url", "url.js")
            .js("llrt:url", "whatwg.js")
            .module("llrt:url-host", "host.js", realm -> UrlBinding.create(realm))
            .js("llrt:url-parse", "parse.js")
            .js("llrt:url-fast", "fast.js")
            .js("llrt:url-search-params", "search-params.js")
            .js("llrt:url-legacy", "legacy.js")
            .globals("llrt:url", "URL", "URLSearchParams")
            .dependsOn("path", "util")
            .build();

    private UrlRoom() {}
}
