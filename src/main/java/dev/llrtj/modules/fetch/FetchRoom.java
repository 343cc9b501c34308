package dev.llrtj.modules.fetch;

import dev.llrtj.realm.Room;

/** The room's descriptor: the names it answers to, its JS and binding, the globals it installs, what it requires. */
public final class FetchRoom {
    public static final Room ROOM = Room.of(FetchRoom.class)
            .module("llrt:fetch", "fetch.js", realm -> FetchBinding.create(realm))
            .module("llrt:fetch-body", "body.js", realm -> FetchBinding.create(realm))
            .js("llrt:headers", "headers.js")
            .js("llrt:request", "request.js")
            .js("llrt:response", "response.js")
            .js("llrt:form-data", "form-data.js")
            // connection warm-up for the SDK
            .module("llrt:net", "net.js", realm -> FetchBinding.create(realm))
            .globals("llrt:fetch", "fetch")
            .globals("llrt:headers", "Headers")
            .globals("llrt:request", "Request")
            .globals("llrt:response", "Response")
            .globals("llrt:form-data", "FormData")
            .dependsOn("blob", "util")
            .build();

    private FetchRoom() {}
}
