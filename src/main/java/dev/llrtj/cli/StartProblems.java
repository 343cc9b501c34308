package dev.llrtj.cli;

import dev.llrtj.emulator.EmulatorConfig;
import java.net.BindException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * What `llrt invoke` / `llrt serve` say, in a sentence, about a start that a user got wrong, where the program
 * would otherwise show a Java exception or an error that names the wrong cause.
 */
final class StartProblems {
    private static final List<String> LOADABLE = List.of(".js", ".mjs", ".cjs");
    private static final List<String> TYPESCRIPT = List.of(".ts", ".mts", ".cts");

    private StartProblems() {}

    /**
     * The handler's module exists only as TypeScript: Lambda's Node runtime (and so llrt's Lambda loop) loads no
     * .ts handler and answers "Cannot find module", true but no help; say to bundle it. Null when that is not it.
     */
    static String typeScriptHint(EmulatorConfig config, String command) {
        int dot = config.handler().lastIndexOf('.');
        if (dot <= 0) {
            return null;
        }
        String module = config.handler().substring(0, dot);
        Path root = config.taskRoot();
        for (String ext : LOADABLE) {
            if (Files.exists(root.resolve(module + ext))) {
                return null;
            }
        }
        for (String ext : TYPESCRIPT) {
            Path source = root.resolve(module + ext);
            if (Files.isRegularFile(source)) {
                String name = Path.of(module).getFileName().toString();
                return "llrt " + command + ": " + source + " is TypeScript, which Lambda does not load as a handler;"
                        + " bundle it first: llrt bundle " + source + " -o dist && llrt " + command
                        + " dist --handler " + name + config.handler().substring(dot);
            }
        }
        return null;
    }

    /** A port already taken, said as such (Vert.x reports it as a java.net.BindException somewhere in the causes). */
    static String portInUse(Throwable failure, String host, int port, String command) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof BindException) {
                return "llrt " + command + ": cannot listen on " + host + ":" + port + ": the port is in use"
                        + " (another llrt serve?); choose another with --port";
            }
        }
        return null;
    }
}
