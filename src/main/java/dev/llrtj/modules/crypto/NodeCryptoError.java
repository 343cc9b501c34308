package dev.llrtj.modules.crypto;

/** A failure node:crypto reports with one of Node's codes (ERR_CRYPTO_*, ERR_OSSL_*); `type` is the JS constructor. */
final class NodeCryptoError extends RuntimeException {
    final String code;
    final String type;

    NodeCryptoError(String type, String code, String message) {
        super(message, null, false, false);
        this.code = code;
        this.type = type;
    }

    /** The JS error to throw: an instance of `type` with `code` (none when Node's has none). */
    org.mozilla.javascript.JavaScriptException toJs(org.mozilla.javascript.Context cx, org.mozilla.javascript.Scriptable scope) {
        return toJs(cx, scope, type, code, getMessage());
    }

    static org.mozilla.javascript.JavaScriptException toJs(org.mozilla.javascript.Context cx,
            org.mozilla.javascript.Scriptable scope, String type, String code, String message) {
        org.mozilla.javascript.Scriptable err = cx.newObject(scope, type, new Object[] {message});
        if (code != null) err.put("code", err, code);
        return new org.mozilla.javascript.JavaScriptException(err, null, 0);
    }

    /** What OpenSSL 3 says of key bytes no decoder accepts (Node: createPublicKey('garbage')). */
    static NodeCryptoError unsupportedKey() {
        return new NodeCryptoError("Error", "ERR_OSSL_UNSUPPORTED", "error:1E08010C:DECODER routines::unsupported");
    }

    static NodeCryptoError wrongKeyType() {
        return new NodeCryptoError("Error", "ERR_OSSL_EVP_OPERATION_NOT_SUPPORTED_FOR_THIS_KEYTYPE",
                "error:03000096:digital envelope routines::operation not supported for this keytype");
    }

    static NodeCryptoError notSupported(String what) {
        return new NodeCryptoError("Error", "ERR_NOT_SUPPORTED", what + " is not supported by this runtime");
    }

    static NodeCryptoError invalidDigest(String name) {
        return new NodeCryptoError("TypeError", "ERR_CRYPTO_INVALID_DIGEST", "Invalid digest: " + name);
    }
}
