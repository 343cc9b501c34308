package dev.llrtj.modules.checksums;

import dev.llrtj.engine.JsBytes.Slice;
import dev.llrtj.engine.Natives;
import dev.llrtj.realm.Realm;
import dev.llrtj.engine.Utf8;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;
import org.mozilla.javascript.ScriptRuntime;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptableObject;

/** CRC-32 and CRC-32C over a byte view, continuing from a previous value (S3 checksums, zlib.crc32). */
public final class ChecksumsBinding {
    private static final int CRC32_POLY = 0xEDB88320; // reflected
    private static final int CRC32C_POLY = 0x82F63B78; // reflected Castagnoli
    private static final int[] CRC32_TABLE = table(CRC32_POLY);
    private static final int[] CRC32C_TABLE = table(CRC32C_POLY);

    private ChecksumsBinding() {}

    public static Scriptable create(Realm realm) {
        ScriptableObject b = Natives.newObject(realm.global());
        Natives.define(b, "crc32", 2, (cx, scope, args) ->
                (double) crc32(data(args), (long) Natives.num(args, 1, 0)));
        Natives.define(b, "crc32c", 2, (cx, scope, args) ->
                (double) crc32c(data(args), (long) Natives.num(args, 1, 0)));
        return b;
    }

    private static Slice data(Object[] args) {
        Slice s = Utf8.textOrBytes(Natives.arg(args, 0));
        if (s == null) {
            throw ScriptRuntime.typeError("The \"data\" argument must be of type string or an instance of Buffer, TypedArray, or DataView.");
        }
        return s;
    }

    /** Unsigned CRC-32 of {@code data}, continuing from {@code previous}. */
    public static long crc32(Slice data, long previous) {
        if (previous == 0) {
            CRC32 crc = new CRC32(); // the JDK's is intrinsified, but cannot start from a previous value
            crc.update(data.array(), data.offset(), data.length());
            return crc.getValue();
        }
        return update(CRC32_TABLE, (int) previous, data);
    }

    public static long crc32c(Slice data, long previous) {
        if (previous == 0) {
            CRC32C crc = new CRC32C();
            crc.update(data.array(), data.offset(), data.length());
            return crc.getValue();
        }
        return update(CRC32C_TABLE, (int) previous, data);
    }

    private static long update(int[] table, int previous, Slice data) {
        int crc = ~previous;
        byte[] a = data.array();
        for (int i = data.offset(), end = data.offset() + data.length(); i < end; i++) {
            crc = table[(crc ^ a[i]) & 0xFF] ^ (crc >>> 8);
        }
        return Integer.toUnsignedLong(~crc);
    }

    private static int[] table(int poly) {
        int[] t = new int[256];
        for (int n = 0; n < 256; n++) {
            int c = n;
            for (int k = 0; k < 8; k++) c = (c & 1) != 0 ? poly ^ (c >>> 1) : c >>> 1;
            t[n] = c;
        }
        return t;
    }
}
