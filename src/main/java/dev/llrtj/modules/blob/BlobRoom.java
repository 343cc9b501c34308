package dev.llrtj.modules.blob;

import dev.llrtj.realm.Room;

/** The room's descriptor: the names it answers to, its JS and binding, the globals it installs, what it requires. */
public final class BlobRoom {
    public static final Room ROOM = Room.of(BlobRoom.class)
            .js("llrt:blob", "blob.js")
            .globals("llrt:blob", "Blob", "File")
            .dependsOn("util")
            .build();

    private BlobRoom() {}
}
