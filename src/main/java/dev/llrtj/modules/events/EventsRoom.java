package dev.llrtj.modules.events;

import dev.llrtj.realm.Room;

/** The room's descriptor: the names it answers to, its JS and binding, the globals it installs, what it requires. */
public final class EventsRoom {
    public static final Room ROOM = Room.of(EventsRoom.class)
            .js("events", "events.js")
            .js("llrt:events", "event-target.js")
            .js("llrt:events-on", "events-on.js")
            .globals("llrt:events", "Event", "EventTarget", "CustomEvent")
            .dependsOn("errors", "util")
            .build();

    private EventsRoom() {}
}
