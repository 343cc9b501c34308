package dev.llrtj.modules;

import dev.llrtj.modules.abort.AbortRoom;
import dev.llrtj.modules.asserts.AssertRoom;
import dev.llrtj.modules.blob.BlobRoom;
import dev.llrtj.modules.buffer.BufferRoom;
import dev.llrtj.modules.checksums.ChecksumsRoom;
import dev.llrtj.modules.console.ConsoleRoom;
import dev.llrtj.modules.crypto.CryptoRoom;
import dev.llrtj.modules.errors.ErrorsRoom;
import dev.llrtj.modules.events.EventsRoom;
import dev.llrtj.modules.fetch.FetchRoom;
import dev.llrtj.modules.fs.FsRoom;
import dev.llrtj.modules.module.ModuleRoom;
import dev.llrtj.modules.os.OsRoom;
import dev.llrtj.modules.path.PathRoom;
import dev.llrtj.modules.process.ProcessRoom;
import dev.llrtj.modules.stream.StreamRoom;
import dev.llrtj.modules.structuredclone.StructuredCloneRoom;
import dev.llrtj.modules.subtle.SubtleRoom;
import dev.llrtj.modules.test.TestRoom;
import dev.llrtj.modules.timers.TimersRoom;
import dev.llrtj.modules.unsupported.UnsupportedRoom;
import dev.llrtj.modules.url.UrlRoom;
import dev.llrtj.modules.util.UtilRoom;
import dev.llrtj.modules.xml.XmlRoom;
import dev.llrtj.modules.zlib.ZlibRoom;
import dev.llrtj.realm.Builtins;

/**
 * The one list of built-in modules: one line per room (dev.llrtj.modules.ROOM, whose descriptor says what it
 * answers to). The loader, the lazy globals and `llrt bundle`'s externals are all derived from it.
 */
public final class ModuleRegistry {
    private static final Builtins BUILTINS = Builtins.of(
            AbortRoom.ROOM,
            AssertRoom.ROOM,
            BlobRoom.ROOM,
            BufferRoom.ROOM,
            ChecksumsRoom.ROOM,
            ConsoleRoom.ROOM,
            CryptoRoom.ROOM,
            ErrorsRoom.ROOM,
            EventsRoom.ROOM,
            FetchRoom.ROOM,
            FsRoom.ROOM,
            ModuleRoom.ROOM,
            OsRoom.ROOM,
            PathRoom.ROOM,
            ProcessRoom.ROOM,
            StreamRoom.ROOM,
            StructuredCloneRoom.ROOM,
            SubtleRoom.ROOM,
            TestRoom.ROOM,
            TimersRoom.ROOM,
            UnsupportedRoom.ROOM,
            UrlRoom.ROOM,
            UtilRoom.ROOM,
            XmlRoom.ROOM,
            ZlibRoom.ROOM);

    private ModuleRegistry() {}

    public static Builtins builtins() {
        return BUILTINS;
    }
}
