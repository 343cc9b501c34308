package dev.llrtj.modules.sigv4;

import dev.llrtj.engine.JsBytes.Slice;
import dev.llrtj.engine.Natives;
import dev.llrtj.engine.Utf8;
import dev.llrtj.realm.Realm;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.mozilla.javascript.ScriptRuntime;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptableObject;

/**
 * What @smithy/signature-v4's signRequest computes once the request is prepared, done in Java: there it is a dozen
 * hash objects through node:crypto, an await per digest, hex strings built byte by byte and the canonical request
 * as template strings, about 8% of a warm SDK call's JS thread (docs/warm-sdk.md). The results are the SDK's, byte
 * for byte (SigV4SignaturesTest compares them with Node's): the canonical request and string to sign as
 * SignatureV4Base builds them, the key as credentialDerivation.getSigningKey derives it (and caches it: 50 keys,
 * first in first out, as the SDK does), strings hashed as their UTF-8 (lone surrogates as U+FFFD, as Buffer.from).
 */
final class SigV4Binding {
    private static final String ALGORITHM = "AWS4-HMAC-SHA256";
    private static final int MAX_CACHE_SIZE = 50;
    private static final HexFormat HEX = HexFormat.of();

    private final Map<String, byte[]> signingKeys = new LinkedHashMap<>(64, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, byte[]> eldest) {
            return size() > MAX_CACHE_SIZE;
        }
    };

    private SigV4Binding() {}

    static Scriptable create(Realm realm) {
        SigV4Binding sigv4 = new SigV4Binding();
        ScriptableObject b = Natives.newObject(realm.global());
        // sha256Hex(data): hex SHA-256 of a string's UTF-8 or of an ArrayBuffer/view's bytes
        Natives.define(b, "sha256Hex", 1, (cx, scope, args) -> HEX.formatHex(sha256(Natives.arg(args, 0))));
        // sign(method, canonicalPath, canonicalQuery, canonicalHeaders, payloadHash, longDate, scope,
        //      secretAccessKey, shortDate, region, keyService): [signedHeaders, signature]
        Natives.define(b, "sign", 11, (cx, scope, args) -> {
            String[] signed = sigv4.sign(args);
            return Natives.newArray(scope, signed[0], signed[1]);
        });
        return b;
    }

    private String[] sign(Object[] args) {
        Scriptable canonicalHeaders = (Scriptable) args[3];
        Object[] ids = canonicalHeaders.getIds();
        String[] names = new String[ids.length];
        for (int i = 0; i < ids.length; i++) {
            names[i] = ScriptRuntime.toString(ids[i]);
        }
        Arrays.sort(names); // UTF-16 code unit order, as Array.prototype.sort compares strings
        String signedHeaders = String.join(";", names);
        StringBuilder request = new StringBuilder(512);
        request.append(str(args[0])).append('\n').append(str(args[1])).append('\n').append(str(args[2])).append('\n');
        for (int i = 0; i < names.length; i++) {
            if (i > 0) {
                request.append('\n');
            }
            request.append(names[i]).append(':').append(str(ScriptableObject.getProperty(canonicalHeaders, names[i])));
        }
        request.append("\n\n").append(signedHeaders).append('\n').append(str(args[4]));
        String stringToSign = ALGORITHM + "\n" + str(args[5]) + "\n" + str(args[6]) + "\n"
                + HEX.formatHex(sha256(Utf8.encode(request)));
        byte[] key = signingKey(str(args[7]), str(args[8]), str(args[9]), str(args[10]));
        return new String[] {signedHeaders, HEX.formatHex(hmac(key, Utf8.encode(stringToSign)))};
    }

    /** kSigning = HMAC(HMAC(HMAC(HMAC("AWS4" + secret, date), region), service), "aws4_request"). */
    private byte[] signingKey(String secret, String shortDate, String region, String service) {
        // the SDK keys its cache by date, region, service and an HMAC of the credentials; the secret itself here
        String cacheKey = shortDate + '\n' + region + '\n' + service + '\n' + secret;
        byte[] key = signingKeys.get(cacheKey);
        if (key == null) {
            key = Utf8.encode("AWS4" + secret);
            for (String signable : new String[] {shortDate, region, service, "aws4_request"}) {
                key = hmac(key, Utf8.encode(signable));
            }
            signingKeys.put(cacheKey, key);
        }
        return key;
    }

    private static String str(Object value) {
        return ScriptRuntime.toString(value); // what a template literal's ${} gives
    }

    private static byte[] sha256(Object data) {
        Slice s = Utf8.textOrBytes(data);
        if (s == null) {
            throw ScriptRuntime.typeError("sha256Hex: data must be a string, an ArrayBuffer or a view of one");
        }
        MessageDigest digest = sha256();
        digest.update(s.array(), s.offset(), s.length());
        return digest.digest();
    }

    private static byte[] sha256(byte[] data) {
        return sha256().digest(data);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 missing from the JDK", e);
        }
    }

    private static byte[] hmac(byte[] key, byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 missing from the JDK", e);
        }
    }
}
