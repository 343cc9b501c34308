package dev.llrtj.loop;

import dev.llrtj.engine.Uncatchable;

/**
 * Thrown by process.exit() to unwind the JS stack. {@link Uncatchable}: user code can neither swallow an exit nor
 * run `finally` blocks on the way out (Node runs none either).
 */
public final class ProcessExit extends Uncatchable {
    private final int code;

    public ProcessExit(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    @Override
    public String getMessage() {
        return "process.exit(" + code + ")";
    }
}
