package dev.llrtj.modules.crypto;

import static dev.llrtj.modules.crypto.KeyBinding.bytes;
import static dev.llrtj.modules.crypto.KeyBinding.handle;
import static dev.llrtj.modules.crypto.KeyBinding.op;

import dev.llrtj.engine.JsBytes;
import dev.llrtj.engine.Natives;
import java.math.BigInteger;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptableObject;

/**
 * The key-agreement part of crypto.js's binding (agreement.js): ECDH (EcdhKeys), finite-field DH (DhKeys) and
 * crypto.diffieHellman. Integers cross as unsigned big-endian bytes; state (which keys are set) stays in the JS.
 */
final class Agreements {
    private Agreements() {}

    static void install(ScriptableObject b, Scriptable global) {
        op(b, "ecdhCurve", a -> EcdhKeys.webName(Context.toString(a[0])) != null);
        op(b, "ecdhGenerate", a -> Natives.newArray(global, buffers(global, EcdhKeys.generate(Context.toString(a[0])))));
        op(b, "ecdhPublic", a -> JsBytes.arrayBuffer(global, EcdhKeys.publicOf(Context.toString(a[0]), bytes(a[1]))));
        op(b, "ecdhSecret", a -> JsBytes.arrayBuffer(global, EcdhKeys.secret(Context.toString(a[0]), bytes(a[1]), bytes(a[2]))));
        op(b, "ecdhConvert", a -> JsBytes.arrayBuffer(global,
                EcdhKeys.convert(Context.toString(a[0]), bytes(a[1]), Context.toString(a[2]))));
        op(b, "dhGroup", a -> {
            BigInteger p = DhKeys.group(Context.toString(a[0]));
            return p == null ? null : JsBytes.arrayBuffer(global, EcdhKeys.minimal(p));
        });
        op(b, "dhSafePrime", a -> JsBytes.arrayBuffer(global,
                EcdhKeys.minimal(DhKeys.safePrime((int) Context.toNumber(a[0]), integer(a[1])))));
        op(b, "dhCheck", a -> (double) DhKeys.check(integer(a[0]), integer(a[1])));
        op(b, "dhNewPrivate", a -> JsBytes.arrayBuffer(global, EcdhKeys.minimal(DhKeys.newPrivate(integer(a[0])))));
        op(b, "dhPublic", a -> JsBytes.arrayBuffer(global,
                EcdhKeys.minimal(DhKeys.publicOf(integer(a[0]), integer(a[1]), integer(a[2])))));
        op(b, "dhSecret", a -> JsBytes.arrayBuffer(global, DhKeys.secret(integer(a[0]),
                a[1] == null || a[1] instanceof org.mozilla.javascript.Undefined ? null : integer(a[1]), integer(a[2]))));
        op(b, "diffieHellman", a -> JsBytes.arrayBuffer(global, EcdhKeys.agree(handle(a[0]), handle(a[1]))));
    }

    private static BigInteger integer(Object value) {
        return new BigInteger(1, bytes(value));
    }

    private static Object[] buffers(Scriptable scope, byte[][] parts) {
        Object[] out = new Object[parts.length];
        for (int i = 0; i < parts.length; i++) out[i] = JsBytes.arrayBuffer(scope, parts[i]);
        return out;
    }
}
