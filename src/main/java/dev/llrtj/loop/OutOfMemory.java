package dev.llrtj.loop;

/**
 * How the runtime ends when the Java heap runs out. Node aborts on a JavaScript heap out of memory (exit status
 * 134 from a shell); so does llrt, after saying so, instead of leaving a process with no loop thread.
 */
public final class OutOfMemory {
    /** 128 + SIGABRT, what a shell reports for Node's "JavaScript heap out of memory". */
    public static final int EXIT_CODE = 134;

    private OutOfMemory() {}

    /** One line for stderr: what ran out and how large the heap was. */
    public static String message(OutOfMemoryError e) {
        String what = e.getMessage() == null ? "Java heap space" : e.getMessage();
        return "llrt: FATAL ERROR: out of memory (" + what + "; " + heapLimit() + ")";
    }

    /** "heap limit N MB", the -Xmx in effect. */
    public static String heapLimit() {
        return "heap limit " + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB";
    }
}
