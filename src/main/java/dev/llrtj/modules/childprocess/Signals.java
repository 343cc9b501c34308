package dev.llrtj.modules.childprocess;

import java.io.IOException;
import java.util.Map;

/** Linux signal numbers by Node's names, and sending one to a process (the JDK only sends TERM and KILL). */
final class Signals {
    static final Map<String, Integer> NUMBERS = Map.ofEntries(Map.entry("SIGHUP", 1), Map.entry("SIGINT", 2),
            Map.entry("SIGQUIT", 3), Map.entry("SIGILL", 4), Map.entry("SIGTRAP", 5), Map.entry("SIGABRT", 6),
            Map.entry("SIGBUS", 7), Map.entry("SIGFPE", 8), Map.entry("SIGKILL", 9), Map.entry("SIGUSR1", 10),
            Map.entry("SIGSEGV", 11), Map.entry("SIGUSR2", 12), Map.entry("SIGPIPE", 13), Map.entry("SIGALRM", 14),
            Map.entry("SIGTERM", 15), Map.entry("SIGCHLD", 17), Map.entry("SIGCONT", 18), Map.entry("SIGSTOP", 19),
            Map.entry("SIGTSTP", 20), Map.entry("SIGWINCH", 28));

    private Signals() {}

    /** Sends {@code signal} to {@code process}; false when it had already ended. */
    static boolean send(Process process, String signal) {
        if (!process.isAlive()) return false;
        switch (signal) {
            case "SIGTERM" -> process.destroy();
            case "SIGKILL" -> process.destroyForcibly();
            default -> {
                try {
                    Process kill = new ProcessBuilder("kill", "-s", signal.substring(3), Long.toString(process.pid()))
                            .redirectErrorStream(true).start();
                    kill.getInputStream().readAllBytes();
                    if (kill.waitFor() != 0) return false;
                } catch (IOException e) {
                    return false;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
        }
        return true;
    }

    /** Node's name of the signal behind an exit status of 128+n, when n is one. */
    static String nameOf(int number) {
        for (Map.Entry<String, Integer> e : NUMBERS.entrySet()) {
            if (e.getValue() == number) return e.getKey();
        }
        return null;
    }
}
