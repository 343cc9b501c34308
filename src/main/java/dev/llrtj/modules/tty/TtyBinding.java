package dev.llrtj.modules.tty;

import dev.llrtj.engine.Natives;
import dev.llrtj.realm.Realm;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptableObject;

/** `native` of tty.js: isatty(fd), read from where the descriptor points (/proc/self/fd on Linux). */
final class TtyBinding {
    private TtyBinding() {}

    static Scriptable create(Realm realm) {
        ScriptableObject b = Natives.newObject(realm.global());
        Natives.define(b, "isatty", 1, (cx, s, args) -> isatty((int) Natives.num(args, 0, -1)));
        return b;
    }

    /** Whether {@code fd} is a terminal: a pseudo-terminal, a console or a tty device; false where unknown. */
    static boolean isatty(int fd) {
        if (fd < 0) {
            return false;
        }
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/" + fd)).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return false; // no such descriptor, or no /proc: not a terminal as far as anyone can tell
        }
    }
}
