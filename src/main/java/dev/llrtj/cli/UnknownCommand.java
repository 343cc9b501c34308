package dev.llrtj.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;

/**
 * `llrt invok dist`: a first word that is neither a command nor a file, and does not look like a path or a script
 * name (no '/', no '.'), is a mistyped command, not a module to load; the message names the nearest command.
 */
final class UnknownCommand {
    private UnknownCommand() {}

    /** The message for {@code word}, or null when it should be run as a script. */
    static String message(String word, Collection<String> commands) {
        if (word.isEmpty() || word.startsWith("-") || word.contains("/") || word.contains(".")
                || Files.exists(Path.of(word))) {
            return null;
        }
        String nearest = null;
        int best = Integer.MAX_VALUE;
        for (String command : commands) {
            int d = distance(word, command);
            if (d < best) {
                best = d;
                nearest = command;
            }
        }
        String hint = nearest != null && best <= 2 ? " (did you mean `llrt " + nearest + "`?)" : "";
        return "llrt: unknown command '" + word + "'" + hint + "; see `llrt --help`";
    }

    /** Levenshtein distance: typos of a short word are one or two edits. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
