package dev.llrtj.modules.v8;

import dev.llrtj.realm.Room;

/** The room's descriptor: the names it answers to, its JS and binding, the globals it installs, what it requires. */
public final class V8Room {
    public static final Room ROOM = Room.of(V8Room.class)
            .module("v8", "v8.js", realm -> V8Binding.create(realm))
            .dependsOn("errors", "process")
            .build();

    private V8Room() {}
}
