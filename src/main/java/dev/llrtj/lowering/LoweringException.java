package dev.llrtj.lowering;

/** Lowering failed or cannot run (no Node.js); the message says what to do. */
public class LoweringException extends Exception {
    public LoweringException(String message) {
        super(message);
    }

    public LoweringException(String message, Throwable cause) {
        super(message, cause);
    }
}
