package dev.llrtj.modules.crypto;

import dev.llrtj.engine.JsBytes;
import dev.llrtj.engine.JsBytes.Slice;
import dev.llrtj.engine.Natives;
import dev.llrtj.realm.Realm;
import java.security.SecureRandom;
import java.util.UUID;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptableObject;

/**
 * The Java side of crypto.js: digests and HMACs (JCA) behind small handle objects, and the secure random
 * source. Argument checking and Node's error messages stay in the JS.
 */
public final class CryptoBinding {
    private static final class Holder {
        // created on first use: seeding is not free and most processes never need it
        static final SecureRandom RANDOM = new SecureRandom();
    }

    private CryptoBinding() {}

    public static Scriptable create(Realm realm) {
        Scriptable global = realm.global();
        ScriptableObject b = Natives.newObject(global);
        Natives.define(b, "hashAlgorithm", 1, (cx, scope, args) -> Digests.javaName(Natives.str(args, 0)));
        Natives.define(b, "hashNames", 0, (cx, scope, args) -> Natives.newArray(scope, Digests.nodeNames()));
        Natives.define(b, "createHash", 1, (cx, scope, args) ->
                Digests.hashHandle(global, Digests.newDigest(Natives.str(args, 0))));
        Natives.define(b, "createHmac", 2, (cx, scope, args) ->
                Digests.hmacHandle(global, Natives.str(args, 0), JsBytes.require(args[1], "key")));
        Natives.define(b, "randomFill", 3, (cx, scope, args) -> {
            Slice s = JsBytes.require(args[0], "buf");
            int offset = (int) Natives.num(args, 1, 0);
            int size = (int) Natives.num(args, 2, s.length() - offset);
            fill(s.array(), s.offset() + offset, size);
            return args[0];
        });
        KeyBinding.install(b, global);
        Natives.define(b, "randomUUID", 0, (cx, scope, args) -> randomUuid());
        Natives.define(b, "randomInt", 2, (cx, scope, args) ->
                (double) Holder.RANDOM.nextLong((long) Natives.num(args, 0, 0), (long) Natives.num(args, 1, 1)));
        Natives.define(b, "timingSafeEqual", 2, (cx, scope, args) -> {
            Slice a = JsBytes.require(args[0], "buf1");
            Slice c = JsBytes.require(args[1], "buf2");
            return java.security.MessageDigest.isEqual(a.copy(), c.copy());
        });
        return b;
    }

    private static void fill(byte[] array, int offset, int size) {
        if (offset == 0 && size == array.length) {
            Holder.RANDOM.nextBytes(array);
            return;
        }
        byte[] random = new byte[size];
        Holder.RANDOM.nextBytes(random);
        System.arraycopy(random, 0, array, offset, size);
    }

    private static String randomUuid() {
        byte[] b = new byte[16];
        Holder.RANDOM.nextBytes(b);
        b[6] = (byte) ((b[6] & 0x0F) | 0x40); // version 4
        b[8] = (byte) ((b[8] & 0x3F) | 0x80); // IETF variant
        long hi = 0;
        long lo = 0;
        for (int i = 0; i < 8; i++) hi = (hi << 8) | (b[i] & 0xFF);
        for (int i = 8; i < 16; i++) lo = (lo << 8) | (b[i] & 0xFF);
        return new UUID(hi, lo).toString();
    }
}
