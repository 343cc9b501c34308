package dev.llrtj;

import dev.llrtj.cli.Cli;

/** `llrt`: see {@link Cli}. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        int code;
        try {
            code = Cli.run(args);
        } catch (Throwable t) {
            System.err.println("llrt: " + (t.getMessage() == null ? t : t.getMessage()));
            code = 1;
        }
        System.out.flush();
        System.exit(code);
    }
}
