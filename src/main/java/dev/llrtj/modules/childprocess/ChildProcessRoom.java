package dev.llrtj.modules.childprocess;

import dev.llrtj.realm.Room;

/** The room's descriptor: the names it answers to, its JS and binding, the globals it installs, what it requires. */
public final class ChildProcessRoom {
    public static final Room ROOM = Room.of(ChildProcessRoom.class)
            .js("child_process", "child_process.js")
            .module("llrt:child-process-native", "native.js", realm -> ChildProcessBinding.create(realm))
            .dependsOn("buffer", "errors", "events", "stream", "url", "util")
            .build();

    private ChildProcessRoom() {}
}
