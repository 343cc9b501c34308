package dev.llrtj.modules.crypto;

import dev.llrtj.engine.JsBytes;
import dev.llrtj.engine.JsBytes.Slice;
import dev.llrtj.engine.Natives;
import dev.llrtj.engine.Utf8;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.mozilla.javascript.ScriptRuntime;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptableObject;

/** Node's digest names over the JCA's, and the handle objects crypto.js wraps as Hash and Hmac. */
final class Digests {
    private static final Map<String, String> JAVA_NAMES = new LinkedHashMap<>();

    static {
        JAVA_NAMES.put("md5", "MD5");
        JAVA_NAMES.put("sha1", "SHA-1");
        JAVA_NAMES.put("sha224", "SHA-224");
        JAVA_NAMES.put("sha256", "SHA-256");
        JAVA_NAMES.put("sha384", "SHA-384");
        JAVA_NAMES.put("sha512", "SHA-512");
        JAVA_NAMES.put("sha512-224", "SHA-512/224");
        JAVA_NAMES.put("sha512-256", "SHA-512/256");
        JAVA_NAMES.put("sha3-224", "SHA3-224");
        JAVA_NAMES.put("sha3-256", "SHA3-256");
        JAVA_NAMES.put("sha3-384", "SHA3-384");
        JAVA_NAMES.put("sha3-512", "SHA3-512");
    }

    private static final Map<String, String> ALIASES = Map.of(
            "sha-1", "sha1", "sha-224", "sha224", "sha-256", "sha256", "sha-384", "sha384", "sha-512", "sha512",
            "rsa-md5", "md5", "rsa-sha1", "sha1", "rsa-sha256", "sha256", "rsa-sha384", "sha384", "rsa-sha512", "sha512");

    private Digests() {}

    /** The JCA name for one of Node's digest names, or null. */
    static String javaName(String nodeName) {
        if (nodeName == null) return null;
        String key = nodeName.toLowerCase(Locale.ROOT);
        return JAVA_NAMES.get(ALIASES.getOrDefault(key, key));
    }

    static Object[] nodeNames() {
        return JAVA_NAMES.keySet().toArray();
    }

    static MessageDigest newDigest(String nodeName) {
        try {
            return MessageDigest.getInstance(javaName(nodeName));
        } catch (NoSuchAlgorithmException | NullPointerException e) {
            throw ScriptRuntime.constructError("Error", "Digest method not supported");
        }
    }

    /** {update(data), digest(), copy()}: data is a byte view or a string taken as UTF-8; digest gives an ArrayBuffer. */
    static Scriptable hashHandle(Scriptable global, MessageDigest md) {
        ScriptableObject h = Natives.newObject(global);
        Natives.define(h, "update", 1, (cx, scope, args) -> {
            Slice s = updateData(args[0]);
            md.update(s.array(), s.offset(), s.length());
            return null;
        });
        Natives.define(h, "digest", 0, (cx, scope, args) -> JsBytes.arrayBuffer(global, md.digest()));
        Natives.define(h, "copy", 0, (cx, scope, args) -> {
            try {
                return hashHandle(global, (MessageDigest) md.clone());
            } catch (CloneNotSupportedException e) {
                throw ScriptRuntime.constructError("Error", "Hash copy is not supported for " + md.getAlgorithm());
            }
        });
        return h;
    }

    static Scriptable hmacHandle(Scriptable global, String nodeName, Slice key) {
        String name = javaName(nodeName);
        Mac mac;
        try {
            mac = Mac.getInstance("Hmac" + name.replace("-", "").replace("/", ""));
            // SecretKeySpec refuses an empty key, which HMAC allows (Node: createHmac(alg, ''))
            mac.init(key.length() == 0 ? new EmptyKey() : new SecretKeySpec(key.copy(), "HMAC"));
        } catch (GeneralSecurityException | NullPointerException e) {
            throw ScriptRuntime.typeError("Invalid digest: " + nodeName);
        }
        ScriptableObject h = Natives.newObject(global);
        Natives.define(h, "update", 1, (cx, scope, args) -> {
            Slice s = updateData(args[0]);
            mac.update(s.array(), s.offset(), s.length());
            return null;
        });
        Natives.define(h, "digest", 0, (cx, scope, args) -> JsBytes.arrayBuffer(global, mac.doFinal()));
        return h;
    }

    // update(data) of a Hash or Hmac: a string as UTF-8 or a byte view
    private static Slice updateData(Object data) {
        Slice s = Utf8.textOrBytes(data);
        return s != null ? s : JsBytes.require(data, "data");
    }

    /** A zero-length HMAC key, which SecretKeySpec will not hold. */
    private static final class EmptyKey implements javax.crypto.SecretKey {
        @Override
        public String getAlgorithm() {
            return "HMAC";
        }

        @Override
        public String getFormat() {
            return "RAW";
        }

        @Override
        public byte[] getEncoded() {
            return new byte[0];
        }
    }
}
