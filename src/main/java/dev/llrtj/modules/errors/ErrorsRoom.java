package dev.llrtj.modules.errors;

import dev.llrtj.realm.Room;

/** The room's descriptor: the names it answers to, its JS and binding, the globals it installs, what it requires. */
public final class ErrorsRoom {
    public static final Room ROOM = Room.of(ErrorsRoom.class)
            .js("llrt:errors", "errors.js")
            .js("llrt:dom-exception", "dom-exception.js")
            .globals("llrt:dom-exception", "DOMException")
            .build();

    private ErrorsRoom() {}
}
