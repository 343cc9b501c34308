package dev.llrtj.modules.diagnosticschannel;

import dev.llrtj.realm.Room;

/** The room's descriptor: the names it answers to, its JS and binding, the globals it installs, what it requires. */
public final class DiagnosticsChannelRoom {
    public static final Room ROOM = Room.of(DiagnosticsChannelRoom.class)
            .js("diagnostics_channel", "diagnostics_channel.js")
            .dependsOn("errors")
            .build();

    private DiagnosticsChannelRoom() {}
}
