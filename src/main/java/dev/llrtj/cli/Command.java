package dev.llrtj.cli;

/** One `llrt` subcommand. Returns the process exit code. */
public interface Command {
    int run(String[] args) throws Exception;

    /** One line for `llrt --help`. */
    String summary();

    /**
     * What `llrt <command> --help` prints; null for a command that answers --help itself (test, bundle), or where
     * the arguments are the script's own.
     */
    default String usage() {
        return null;
    }
}
