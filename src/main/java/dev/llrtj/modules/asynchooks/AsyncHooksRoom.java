package dev.llrtj.modules.asynchooks;

import dev.llrtj.realm.Room;

/** The room's descriptor: the names it answers to, its JS and binding, the globals it installs, what it requires. */
public final class AsyncHooksRoom {
    public static final Room ROOM = Room.of(AsyncHooksRoom.class)
            .js("async_hooks", "async_hooks.js")
            .dependsOn("errors")
            .build();

    private AsyncHooksRoom() {}
}
