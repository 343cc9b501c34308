package dev.llrtj.modules.util;

import dev.llrtj.realm.Room;

/** The room's descriptor: the names it answers to, its JS and binding, the globals it installs, what it requires. */
public final class UtilRoom {
    public static final Room ROOM = Room.of(UtilRoom.class)
            .js("util", "util.js")
            .js("llrt:util-types", "types.js")
            .js("llrt:inspect", "inspect.js")
            .js("llrt:inspect-layout", "inspect-layout.js")
            .js("llrt:inspect-primitive", "inspect-primitive.js")
            .js("llrt:inspect-error", "inspect-error.js")
            .js("llrt:util-format", "format.js")
            .js("llrt:deep-equal", "deep-equal.js")
            .js("llrt:web-inspect", "web-inspect.js")
            .js("llrt:util-parse-args", "parse-args.js")
            .js("llrt:util-mime", "mime-type.js")
            .js("llrt:util-debuglog", "debuglog.js")
            .js("llrt:util-extras", "util-extras.js")
            .dependsOn("buffer", "errors")
            .build();

    private UtilRoom() {}
}
