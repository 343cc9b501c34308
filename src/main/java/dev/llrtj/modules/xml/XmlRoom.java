package dev.llrtj.modules.xml;

import dev.llrtj.realm.Room;

/** The room's descriptor: the names it answers to, its JS and binding, the globals it installs, what it requires. */
public final class XmlRoom {
    public static final Room ROOM = Room.of(XmlRoom.class)
            .module("llrt:xml", "xml.js", realm -> XmlBinding.create(realm))
            .parts("llrt:xml/")
            .build();

    private XmlRoom() {}
}
