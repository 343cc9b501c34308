package dev.llrtj.modules.crypto;

import dev.llrtj.engine.JsBytes;
import dev.llrtj.engine.Natives;
import dev.llrtj.engine.crypto.CryptoFailure;
import dev.llrtj.engine.crypto.EcCurves;
import dev.llrtj.engine.crypto.Jwk;
import dev.llrtj.engine.crypto.Kdfs;
import dev.llrtj.engine.crypto.KeyHandle;
import dev.llrtj.engine.crypto.Scrypt;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.MessageDigest;
import java.security.ProviderException;
import java.security.interfaces.ECKey;
import java.security.interfaces.RSAKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.JavaScriptException;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptableObject;
import org.mozilla.javascript.Undefined;

/**
 * The key half of crypto.js's binding (keys.js): KeyObject handles (the same opaque handles CryptoKeys hold), their
 * import, export and facts, and sign/verify. Failures become JS errors carrying Node's codes.
 */
final class KeyBinding {
    private KeyBinding() {}

    @FunctionalInterface
    interface Op {
        Object run(Object[] args) throws GeneralSecurityException;
    }

    static void install(ScriptableObject b, Scriptable global) {
        op(b, "keyFromPem", a -> KeyCodec.fromPem(Context.toString(a[0]), Context.toBoolean(a[1])));
        op(b, "keyFromDer", a -> KeyCodec.fromDer(bytes(a[0]), Context.toString(a[1]), Context.toBoolean(a[2])));
        op(b, "keyFromJwk", a -> KeyCodec.fromJwk((Scriptable) a[0], Context.toBoolean(a[1])));
        op(b, "isHandle", a -> a[0] instanceof KeyHandle);
        op(b, "secretKey", a -> KeyHandle.secret(bytes(a[0])));
        op(b, "publicOf", a -> KeyHandle.publicKey(handle(a[0]).publicKey));
        op(b, "secretBytes", a -> JsBytes.arrayBuffer(global, handle(a[0]).secret.clone()));
        op(b, "keyInfo", a -> info(global, handle(a[0])));
        op(b, "exportDer", a -> JsBytes.arrayBuffer(global, KeyExport.der(handle(a[0]), Context.toString(a[1]))));
        op(b, "exportPem", a -> KeyExport.pem(handle(a[0]), Context.toString(a[1])));
        op(b, "exportJwk", a -> Jwk.export(global, handle(a[0])));
        op(b, "keyEquals", a -> equal(handle(a[0]), handle(a[1])));
        op(b, "sign", a -> JsBytes.arrayBuffer(global, NodeSignatures.sign(handle(a[0]), options(a), bytes(a[5]))));
        op(b, "createCipher", a -> NodeCiphers.create(global, Context.toString(a[0]), Context.toBoolean(a[1]), bytes(a[2]),
                present(a[3]) ? bytes(a[3]) : null, present(a[4]) ? (int) Context.toNumber(a[4]) : 16));
        op(b, "cipherNames", a -> Natives.newArray(global, NodeCiphers.names().toArray()));
        // pbkdf2(password, salt, iterations, keylen, digest) and hkdf(digest, ikm, salt, info, keylen)
        op(b, "pbkdf2", a -> JsBytes.arrayBuffer(global, Kdfs.pbkdf2(macName(a[4]), bytes(a[0]), bytes(a[1]),
                (int) Context.toNumber(a[2]), (int) Context.toNumber(a[3]))));
        op(b, "hkdf", a -> JsBytes.arrayBuffer(global, Kdfs.hkdf(macName(a[0]), bytes(a[1]), bytes(a[2]), bytes(a[3]),
                (int) Context.toNumber(a[4]))));
        // scrypt(password, salt, N, r, p, keylen): parameters already checked by derive.js, as Node checks them
        op(b, "scrypt", a -> JsBytes.arrayBuffer(global, Scrypt.derive(bytes(a[0]), bytes(a[1]), (int) Context.toNumber(a[2]),
                (int) Context.toNumber(a[3]), (int) Context.toNumber(a[4]), (int) Context.toNumber(a[5]))));
        // rsaCipher(handle, encrypt, usePrivate, padding, oaepHash, oaepLabel, data)
        op(b, "rsaCipher", a -> JsBytes.arrayBuffer(global, RsaEnvelopes.run(handle(a[0]), Context.toBoolean(a[1]),
                Context.toBoolean(a[2]), (int) Context.toNumber(a[3]), Context.toString(a[4]), present(a[5]) ? bytes(a[5]) : null,
                bytes(a[6]))));
        Agreements.install(b, global);
        Certificates.install(b, global);
        op(b, "generateKeyPair", a -> Natives.newArray(global, KeyGeneration.generate(Context.toString(a[0]),
                a[1] instanceof Scriptable s ? s : null)));
        op(b, "verify", a -> NodeSignatures.verify(handle(a[0]), options(a), bytes(a[5]), bytes(a[6])));
    }

    // sign/verify arguments 1-4: digest (or null), padding, saltLength, dsaEncoding
    private static NodeSignatures.Options options(Object[] a) {
        return new NodeSignatures.Options(present(a[1]) ? Context.toString(a[1]) : null,
                present(a[2]) ? (int) Context.toNumber(a[2]) : null, present(a[3]) ? (int) Context.toNumber(a[3]) : null,
                present(a[4]) && Context.toString(a[4]).equals("ieee-p1363"));
    }

    /** {type, asymmetricKeyType, modulusLength, publicExponent (hex), namedCurve, symmetricKeySize}. */
    private static Scriptable info(Scriptable scope, KeyHandle h) {
        Scriptable o = Context.getCurrentContext().newObject(scope);
        if (h.secret != null) {
            o.put("type", o, "secret");
            o.put("symmetricKeySize", o, (double) h.secret.length);
            return o;
        }
        o.put("type", o, h.isPrivate() ? "private" : "public");
        Key key = h.asymmetric();
        if (key instanceof RSAKey rsa) {
            o.put("asymmetricKeyType", o, key.getAlgorithm().equals("RSASSA-PSS") ? "rsa-pss" : "rsa");
            o.put("modulusLength", o, (double) rsa.getModulus().bitLength());
            BigInteger e = h.publicKey instanceof RSAPublicKey p ? p.getPublicExponent()
                    : key instanceof RSAPrivateCrtKey k ? k.getPublicExponent() : null;
            if (e != null) o.put("publicExponent", o, e.toString(16));
        } else if (key instanceof ECKey ec) {
            o.put("asymmetricKeyType", o, "ec");
            o.put("namedCurve", o, switch (EcCurves.name(ec.getParams())) {
                case "P-256" -> "prime256v1";
                case "P-384" -> "secp384r1";
                default -> "secp521r1";
            });
        } else {
            o.put("asymmetricKeyType", o, KeyCodec.okpKind(key).toLowerCase(java.util.Locale.ROOT));
        }
        return o;
    }

    private static boolean equal(KeyHandle a, KeyHandle b) {
        if (a.secret != null || b.secret != null) {
            return a.secret != null && b.secret != null && MessageDigest.isEqual(a.secret, b.secret);
        }
        if (a.isPrivate() != b.isPrivate()) return false;
        // through KeyExport: the JCA encodes the same EC private key differently depending on where it came from
        String type = a.isPrivate() ? "pkcs8" : "spki";
        return MessageDigest.isEqual(KeyExport.der(a, type), KeyExport.der(b, type));
    }

    static void op(ScriptableObject b, String name, Op op) {
        Natives.define(b, name, 0, (cx, scope, args) -> {
            Object[] a = java.util.Arrays.copyOf(args, 8);
            for (int i = args.length; i < a.length; i++) a[i] = Undefined.instance;
            try {
                return op.run(a);
            } catch (NodeCryptoError e) {
                throw e.toJs(cx, scope);
            } catch (CryptoFailure e) {
                boolean jwk = name.equals("keyFromJwk");
                throw error(cx, scope, jwk ? "TypeError" : "Error", jwk ? "ERR_CRYPTO_INVALID_JWK" : "ERR_CRYPTO_OPERATION_FAILED",
                        jwk ? "Invalid JWK data" : e.getMessage());
            } catch (GeneralSecurityException | ProviderException | IllegalArgumentException | IllegalStateException
                    | ClassCastException | ArithmeticException | IndexOutOfBoundsException e) {
                String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                throw error(cx, scope, "Error", "ERR_CRYPTO_OPERATION_FAILED", message);
            }
        });
    }

    private static JavaScriptException error(Context cx, Scriptable scope, String type, String code, String message) {
        return NodeCryptoError.toJs(cx, scope, type, code, message);
    }

    static KeyHandle handle(Object value) {
        if (value instanceof KeyHandle h) return h;
        throw new NodeCryptoError("TypeError", "ERR_INVALID_ARG_TYPE", "not a KeyObject handle");
    }

    static byte[] bytes(Object value) {
        byte[] b = JsBytes.copy(value);
        if (b == null) throw new NodeCryptoError("TypeError", "ERR_INVALID_ARG_TYPE", "expected bytes");
        return b;
    }

    private static String macName(Object digest) {
        String hash = NodeSignatures.hash(Context.toString(digest));
        return "Hmac" + (hash.startsWith("SHA3-") ? hash : hash.replace("-", ""));
    }

    private static boolean present(Object v) {
        return v != null && !(v instanceof Undefined);
    }
}
