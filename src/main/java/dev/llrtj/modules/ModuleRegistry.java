package dev.llrtj.modules;

import dev.llrtj.realm.Builtins;

/**
 * The one list of built-in modules: one line per room (dev.llrtj.modules.ROOM, whose descriptor says what it
 * answers to), written out in full so that adding a room is adding its line. The loader, the lazy globals and
 * `llrt bundle`'s externals are all derived from it.
 */
public final class ModuleRegistry {
    private static final Builtins BUILTINS = Builtins.of(
            dev.llrtj.modules.abort.AbortRoom.ROOM,
            dev.llrtj.modules.asserts.AssertRoom.ROOM,
            dev.llrtj.modules.asynchooks.AsyncHooksRoom.ROOM,
            dev.llrtj.modules.awslambda.AwslambdaRoom.ROOM,
            dev.llrtj.modules.blob.BlobRoom.ROOM,
            dev.llrtj.modules.buffer.BufferRoom.ROOM,
            dev.llrtj.modules.checksums.ChecksumsRoom.ROOM,
            dev.llrtj.modules.childprocess.ChildProcessRoom.ROOM,
            dev.llrtj.modules.codec.CodecRoom.ROOM,
            dev.llrtj.modules.console.ConsoleRoom.ROOM,
            dev.llrtj.modules.crypto.CryptoRoom.ROOM,
            dev.llrtj.modules.dgram.DgramRoom.ROOM,
            dev.llrtj.modules.diagnosticschannel.DiagnosticsChannelRoom.ROOM,
            dev.llrtj.modules.dns.DnsRoom.ROOM,
            dev.llrtj.modules.errors.ErrorsRoom.ROOM,
            dev.llrtj.modules.events.EventsRoom.ROOM,
            dev.llrtj.modules.fetch.FetchRoom.ROOM,
            dev.llrtj.modules.fs.FsRoom.ROOM,
            dev.llrtj.modules.http.HttpRoom.ROOM,
            dev.llrtj.modules.intl.IntlRoom.ROOM,
            dev.llrtj.modules.llrtutil.LlrtUtilRoom.ROOM,
            dev.llrtj.modules.module.ModuleRoom.ROOM,
            dev.llrtj.modules.net.NetRoom.ROOM,
            dev.llrtj.modules.os.OsRoom.ROOM,
            dev.llrtj.modules.path.PathRoom.ROOM,
            dev.llrtj.modules.perfhooks.PerfHooksRoom.ROOM,
            dev.llrtj.modules.process.ProcessRoom.ROOM,
            dev.llrtj.modules.querystring.QuerystringRoom.ROOM,
            dev.llrtj.modules.readline.ReadlineRoom.ROOM,
            dev.llrtj.modules.sigv4.SigV4Room.ROOM,
            dev.llrtj.modules.stream.StreamRoom.ROOM,
            dev.llrtj.modules.structuredclone.StructuredCloneRoom.ROOM,
            dev.llrtj.modules.subtle.SubtleRoom.ROOM,
            dev.llrtj.modules.temporal.TemporalRoom.ROOM,
            dev.llrtj.modules.test.TestRoom.ROOM,
            dev.llrtj.modules.timezone.TimezoneRoom.ROOM,
            dev.llrtj.modules.timers.TimersRoom.ROOM,
            dev.llrtj.modules.tls.TlsRoom.ROOM,
            dev.llrtj.modules.tty.TtyRoom.ROOM,
            dev.llrtj.modules.unsupported.UnsupportedRoom.ROOM,
            dev.llrtj.modules.url.UrlRoom.ROOM,
            dev.llrtj.modules.util.UtilRoom.ROOM,
            dev.llrtj.modules.v8.V8Room.ROOM,
            dev.llrtj.modules.xml.XmlRoom.ROOM,
            dev.llrtj.modules.zlib.ZlibRoom.ROOM);

    private ModuleRegistry() {}

    public static Builtins builtins() {
        return BUILTINS;
    }
}
