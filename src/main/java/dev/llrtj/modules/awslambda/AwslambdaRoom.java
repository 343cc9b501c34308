package dev.llrtj.modules.awslambda;

import dev.llrtj.realm.Room;

/** The room's descriptor: the names it answers to, its JS and binding, the globals it installs, what it requires. */
public final class AwslambdaRoom {
    public static final Room ROOM = Room.of(AwslambdaRoom.class)
            .js("llrt:awslambda", "awslambda.js")
            .dependsOn("stream")
            .build();

    private AwslambdaRoom() {}
}
