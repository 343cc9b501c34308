package dev.llrtj.modules.process;

import dev.llrtj.realm.Room;

/** The room's descriptor: the names it answers to, its JS and binding, the globals it installs, what it requires. */
public final class ProcessRoom {
    public static final Room ROOM = Room.of(ProcessRoom.class)
            .module("process", "process.js", realm -> ProcessBinding.create(realm))
            .globalModule("process", "process")
            .dependsOn("events", "timers", "buffer", "stream", "tty", "fs") // the last four: stdio, made on first use
            .build();

    private ProcessRoom() {}
}
