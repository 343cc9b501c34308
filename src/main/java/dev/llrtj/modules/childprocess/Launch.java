package dev.llrtj.modules.childprocess;

import java.io.File;
import java.io.IOException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One child's command line, directory, environment and stdio, read from the JS side; and starting it. */
record Launch(List<String> command, String cwd, List<String> env, String[] stdio) {
    private static final Pattern ERRNO = Pattern.compile("error=(\\d+)");

    Process start() throws SpawnError {
        ProcessBuilder pb = new ProcessBuilder(command);
        if (cwd != null) pb.directory(new File(cwd));
        if (env != null) {
            pb.environment().clear();
            for (String entry : env) {
                int eq = entry.indexOf('=');
                if (eq > 0) pb.environment().put(entry.substring(0, eq), entry.substring(eq + 1));
            }
        }
        pb.redirectInput(switch (stdio[0]) {
            case "inherit" -> ProcessBuilder.Redirect.INHERIT;
            case "ignore" -> ProcessBuilder.Redirect.from(new File("/dev/null"));
            default -> ProcessBuilder.Redirect.PIPE;
        });
        pb.redirectOutput(output(stdio[1]));
        pb.redirectError(output(stdio[2]));
        try {
            return pb.start();
        } catch (IOException e) {
            Matcher m = ERRNO.matcher(String.valueOf(e.getMessage()));
            int errno = m.find() ? Integer.parseInt(m.group(1)) : 2;
            throw new SpawnError(switch (errno) {
                case 13 -> "EACCES";
                case 20 -> "ENOTDIR";
                case 8 -> "ENOEXEC";
                default -> "ENOENT";
            }, -errno);
        }
    }

    private static ProcessBuilder.Redirect output(String how) {
        return switch (how) {
            case "inherit" -> ProcessBuilder.Redirect.INHERIT;
            case "ignore" -> ProcessBuilder.Redirect.DISCARD;
            default -> ProcessBuilder.Redirect.PIPE;
        };
    }

    /** The child could not be started: Node's code (ENOENT...) and negative errno. */
    static final class SpawnError extends Exception {
        final String code;
        final int errno;

        SpawnError(String code, int errno) {
            super(code, null, false, false);
            this.code = code;
            this.errno = errno;
        }
    }
}
