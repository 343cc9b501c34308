package dev.llrtj.loop;

/**
 * Thrown by process.exit() to unwind the JS stack. An Error, not an Exception, because Rhino lets JS `catch`
 * blocks see RuntimeExceptions but not Errors: user code cannot swallow an exit.
 */
public final class ProcessExit extends Error {
    private final int code;

    public ProcessExit(int code) {
        super("process.exit(" + code + ")", null, false, false);
        this.code = code;
    }

    public int code() {
        return code;
    }
}
