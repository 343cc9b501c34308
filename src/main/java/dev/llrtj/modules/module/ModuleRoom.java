package dev.llrtj.modules.module;

import dev.llrtj.realm.Room;

/** The room's descriptor: the names it answers to, its JS and binding, the globals it installs, what it requires. */
public final class ModuleRoom {
    public static final Room ROOM = Room.of(ModuleRoom.class)
            .module("module", "module.js", realm -> realm.loaderExports())
            .build();

    private ModuleRoom() {}
}
