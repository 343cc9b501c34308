package dev.llrtj.cli;

import dev.llrtj.modules.ModuleRegistry;
import dev.llrtj.engine.JsStrings;
import dev.llrtj.host.Executable;
import dev.llrtj.loop.EventLoop;
import dev.llrtj.realm.Realm;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** `llrt file.js [args]`, `llrt -e code`, `llrt -p code`: run until nothing is pending, exit with process.exitCode. */
public final class RunCommand implements Command {
    @Override
    public String summary() {
        return "run a script: llrt run <file> [args...] (same as llrt <file>)";
    }

    @Override
    public String usage() {
        return """
                usage: llrt run <file.js|.mjs|.cjs|.ts> [args...]   (or llrt <file> [args...])
                       llrt -e <code> | -p <code> [args...]
                Runs the script until nothing is pending; exits with process.exitCode.
                """;
    }

    @Override
    public int run(String[] args) throws Exception {
        if (args.length == 0) {
            System.err.println("llrt run: missing <file>");
            return 1;
        }
        boolean eval = args[0].equals("-e") || args[0].equals("--eval");
        boolean print = args[0].equals("-p") || args[0].equals("--print");
        Path file;
        String source = null;
        List<String> argv = new ArrayList<>();
        argv.add(Executable.command());
        if (eval || print) {
            if (args.length < 2) {
                System.err.println("llrt " + args[0] + ": missing <code>");
                return 1;
            }
            // like Node: the code runs as the module "[eval]" in the working directory, so require('./x') is relative to it
            file = Path.of("").toAbsolutePath().resolve("[eval]");
            source = print ? "console.log((0, eval)(" + JsStrings.quote(args[1]) + "));\n" : args[1];
            argv.addAll(List.of(args).subList(2, args.length));
        } else {
            file = Path.of(args[0]).toAbsolutePath().normalize();
            if (!Files.isRegularFile(file)) {
                System.err.println("llrt: cannot find module '" + file + "'");
                return 1;
            }
            argv.add(file.toString());
            argv.addAll(List.of(args).subList(1, args.length));
        }
        return runToExit(file, source, argv);
    }

    static int runToExit(Path file, String source, List<String> argv) {
        EventLoop loop = EventLoop.start();
        loop.execute(() -> {
            Realm realm = Realm.create(loop, argv, ModuleRegistry.builtins());
            realm.installProcessDefaults();
            Object completion = source == null ? realm.runMain(file) : realm.runMain(file, source);
            realm.settle(completion).exceptionally(failure -> {
                loop.execute(() -> realm.callInternal("uncaught", "handleUncaught",
                        failure instanceof Realm.JsRejection r ? r.reason() : realm.toJs(failure), "uncaughtException"));
                return null;
            });
        });
        return loop.exitCode().join();
    }
}
