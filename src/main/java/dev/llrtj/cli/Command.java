package dev.llrtj.cli;

/** One `llrt` subcommand. Returns the process exit code. */
public interface Command {
    int run(String[] args) throws Exception;

    /** One line for `llrt --help`. */
    String summary();
}
