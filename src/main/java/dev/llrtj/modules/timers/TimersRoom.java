package dev.llrtj.modules.timers;

import dev.llrtj.realm.Room;

/** The room's descriptor: the names it answers to, its JS and binding, the globals it installs, what it requires. */
public final class TimersRoom {
    public static final Room ROOM = Room.of(TimersRoom.class)
            .module("timers", "timers.js", realm -> TimersBinding.create(realm))
            .js("timers/promises", "promises.js")
            .globals("timers", "setTimeout", "clearTimeout", "setInterval", "clearInterval", "setImmediate",
                    "clearImmediate", "queueMicrotask")
            .dependsOn("errors")
            .build();

    private TimersRoom() {}
}
