package dev.llrtj.lambda.runtimeapi;

/**
 * A Runtime API call that did not succeed. {@link #status()} is the HTTP status (413 payload too large,
 * 400 unknown request id, 403 invalid state, 500 container error: exit), or {@link #NO_CONNECTION}.
 */
public final class RuntimeApiException extends RuntimeException {
    public static final int NO_CONNECTION = -1;

    private final int status;

    public RuntimeApiException(int status, String message) {
        super(message);
        this.status = status;
    }

    public RuntimeApiException(String message, Throwable cause) {
        super(message, cause);
        this.status = NO_CONNECTION;
    }

    public int status() {
        return status;
    }

    /** 500 and lost connections mean the sandbox is gone: a runtime should exit instead of polling again. */
    public boolean isFatal() {
        return status == NO_CONNECTION || status >= 500;
    }
}
