package dev.llrtj.modules.subtle;

import dev.llrtj.engine.crypto.Kdfs;
import dev.llrtj.engine.crypto.CryptoFailure;
import dev.llrtj.engine.crypto.KeyBytes;
import dev.llrtj.engine.crypto.KeyHandle;
import dev.llrtj.engine.crypto.Jwk;
import dev.llrtj.engine.JsBytes;
import dev.llrtj.engine.Natives;
import dev.llrtj.realm.Realm;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.ProviderException;
import java.security.SecureRandom;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.JavaScriptException;
import org.mozilla.javascript.ScriptRuntime;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptableObject;

/**
 * The binding of subtle.js. Arguments arrive normalised (canonical algorithm and hash names, parameters
 * read into a plain object); failures surface as JS errors whose `name` is the DOMException name to report.
 */
public final class SubtleBinding {
    private SubtleBinding() {}

    /** Seeded at run time, in each process (this binding's functions may be built into the native image). */
    private static final class Random {
        static final SecureRandom SOURCE = new SecureRandom();
    }

    @FunctionalInterface
    private interface Op {
        Object run(Object[] args) throws GeneralSecurityException;
    }

    public static Scriptable create(Realm realm) {
        Scriptable scope = realm.global();
        ScriptableObject b = Natives.newObject(scope);
        op(b, "digest", "OperationError", a -> JsBytes.arrayBuffer(scope, Hashes.digest(str(a[0]), Bytes.of(a[1], "data"))));
        op(b, "randomSecret", "OperationError", a -> {
            byte[] bytes = new byte[(int) Context.toNumber(a[0])];
            Random.SOURCE.nextBytes(bytes);
            return KeyHandle.secret(bytes);
        });
        op(b, "secretKey", "DataError", a -> KeyHandle.secret(Bytes.of(a[0], "keyData")));
        op(b, "secretBytes", "OperationError", a -> JsBytes.arrayBuffer(scope, handle(a[0]).secret.clone()));
        op(b, "sign", "OperationError", a -> {
            Scriptable p = (Scriptable) a[2];
            return JsBytes.arrayBuffer(scope, Signatures.sign(str(a[0]), handle(a[1]), string(p, "hash"), integer(p, "saltLength"),
                    Bytes.of(a[3], "data")));
        });
        op(b, "verify", "OperationError", a -> {
            Scriptable p = (Scriptable) a[2];
            return Signatures.verify(str(a[0]), handle(a[1]), string(p, "hash"), integer(p, "saltLength"),
                    Bytes.of(a[3], "signature"), Bytes.of(a[4], "data"));
        });
        op(b, "cipher", "OperationError", a -> {
            Scriptable p = (Scriptable) a[3];
            Ciphers.Params params = new Ciphers.Params(bytes(p, "iv"), bytes(p, "additionalData"), integer(p, "tagLength"),
                    bytes(p, "counter"), integer(p, "length"), bytes(p, "label"), string(p, "hash"));
            return JsBytes.arrayBuffer(scope, Ciphers.run(str(a[0]), Context.toBoolean(a[1]), handle(a[2]), params,
                    Bytes.of(a[4], "data")));
        });
        op(b, "deriveBits", "OperationError", a -> {
            String alg = str(a[0]);
            KeyHandle key = handle(a[1]);
            Scriptable p = (Scriptable) a[2];
            Integer bits = Bytes.present(a[3]) ? (int) Context.toNumber(a[3]) : null;
            return JsBytes.arrayBuffer(scope, deriveBits(alg, key, p, bits));
        });
        op(b, "importKey", "DataError", a -> {
            String kind = str(a[0]);
            String curve = Bytes.present(a[3]) ? str(a[3]) : null;
            return switch (str(a[1])) {
                case "spki" -> AsymmetricImport.spki(kind, Bytes.of(a[2], "keyData"), curve);
                case "pkcs8" -> AsymmetricImport.pkcs8(kind, Bytes.of(a[2], "keyData"), curve);
                case "raw" -> AsymmetricImport.raw(kind, Bytes.of(a[2], "keyData"), curve);
                case "jwk" -> Jwk.importKey(kind, (Scriptable) a[2], curve);
                default -> throw SubtleError.notSupported("Unrecognized key format");
            };
        });
        op(b, "exportKey", "OperationError", a -> {
            KeyHandle h = handle(a[0]);
            return switch (str(a[1])) {
                case "spki" -> JsBytes.arrayBuffer(scope, AsymmetricExport.spki(h));
                case "pkcs8" -> JsBytes.arrayBuffer(scope, AsymmetricExport.pkcs8(h));
                case "raw" -> JsBytes.arrayBuffer(scope, AsymmetricExport.raw(h));
                case "jwk" -> Jwk.export(scope, h);
                default -> throw SubtleError.notSupported("Unrecognized key format");
            };
        });
        // JWK "k" members and wrapped JWK text, kept out of per-byte JS loops
        op(b, "base64url", "DataError", a -> KeyBytes.b64url(Bytes.of(a[0], "data")));
        op(b, "fromBase64url", "DataError", a -> JsBytes.arrayBuffer(scope, KeyBytes.fromB64url(str(a[0]))));
        op(b, "utf8Encode", "DataError", a -> JsBytes.arrayBuffer(scope, str(a[0]).getBytes(StandardCharsets.UTF_8)));
        op(b, "utf8Decode", "DataError", a -> new String(Bytes.of(a[0], "data"), StandardCharsets.UTF_8));
        op(b, "describe", "OperationError", a -> AsymmetricExport.describe(scope, handle(a[0])));
        op(b, "generateKeyPair", "OperationError", a -> {
            KeyPair pair = AsymmetricExport.generate(str(a[0]), (int) Context.toNumber(a[1]),
                    Bytes.present(a[2]) ? Bytes.of(a[2], "publicExponent") : null, Bytes.present(a[3]) ? str(a[3]) : null);
            return Natives.newArray(scope, KeyHandle.privateKey(pair.getPrivate(), pair.getPublic()),
                    KeyHandle.publicKey(pair.getPublic()));
        });
        return b;
    }

    private static byte[] deriveBits(String alg, KeyHandle key, Scriptable p, Integer bits) throws GeneralSecurityException {
        if (alg.equals("ECDH") || alg.equals("X25519")) {
            Object peer = ScriptableObject.getProperty(p, "public");
            return Agreements.derive(alg, key, peer instanceof KeyHandle h ? h : null, bits);
        }
        if (bits == null || bits % 8 != 0) throw SubtleError.operation(alg + " length must be a multiple of 8");
        if (key.secret == null) throw new SubtleError("InvalidAccessError", alg + " needs a secret base key");
        return switch (alg) {
            case "HKDF" -> Kdfs.hkdf("Hmac" + Hashes.compact(string(p, "hash")), key.secret, bytes(p, "salt"), bytes(p, "info"), bits / 8);
            case "PBKDF2" -> Kdfs.pbkdf2("Hmac" + Hashes.compact(string(p, "hash")), key.secret, bytes(p, "salt"),
                    integer(p, "iterations"), bits / 8);
            default -> throw SubtleError.notSupported("Unrecognized derivation: " + alg);
        };
    }

    private static void op(ScriptableObject b, String name, String failure, Op op) {
        Natives.define(b, name, 0, (cx, scope, args) -> {
            try {
                return op.run(args);
            } catch (SubtleError e) {
                throw error(cx, scope, e.name, e.getMessage());
            } catch (CryptoFailure e) {
                throw error(cx, scope, e.name, e.getMessage());
            } catch (GeneralSecurityException | ProviderException | IllegalArgumentException | IllegalStateException
                    | ClassCastException | ArithmeticException e) {
                throw error(cx, scope, failure, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
            }
        });
    }

    private static RuntimeException error(Context cx, Scriptable scope, String name, String message) {
        if (name.equals("TypeError")) return ScriptRuntime.typeError(message);
        Scriptable err = cx.newObject(scope, "Error", new Object[] {message});
        err.put("name", err, name);
        return new JavaScriptException(err, null, 0);
    }

    private static KeyHandle handle(Object value) {
        if (value instanceof KeyHandle h) return h;
        throw new SubtleError("TypeError", "not a CryptoKey");
    }

    private static String str(Object value) {
        return Context.toString(value);
    }

    private static String string(Scriptable p, String name) {
        Object v = ScriptableObject.getProperty(p, name);
        return Bytes.present(v) && v != Scriptable.NOT_FOUND ? Context.toString(v) : null;
    }

    private static int integer(Scriptable p, String name) {
        Object v = ScriptableObject.getProperty(p, name);
        return Bytes.present(v) && v != Scriptable.NOT_FOUND ? (int) Context.toNumber(v) : 0;
    }

    private static byte[] bytes(Scriptable p, String name) {
        Object v = ScriptableObject.getProperty(p, name);
        return Bytes.present(v) && v != Scriptable.NOT_FOUND ? Bytes.of(v, name) : null;
    }
}
