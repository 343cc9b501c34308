package dev.llrtj.engine.crypto;

/**
 * A failure of key handling shared by Web Crypto and node:crypto: `name` is the DOMException name Web Crypto reports
 * (DataError, NotSupportedError, OperationError, InvalidAccessError); node:crypto maps it to its own error codes.
 */
public final class CryptoFailure extends RuntimeException {
    public final String name;

    public CryptoFailure(String name, String message) {
        super(message, null, false, false);
        this.name = name;
    }

    public static CryptoFailure data(String message) {
        return new CryptoFailure("DataError", message);
    }

    public static CryptoFailure operation(String message) {
        return new CryptoFailure("OperationError", message);
    }

    public static CryptoFailure notSupported(String message) {
        return new CryptoFailure("NotSupportedError", message);
    }
}
