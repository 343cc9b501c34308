package dev.llrtj.cli;

import dev.llrtj.emulator.Emulator;
import dev.llrtj.emulator.EmulatorArgs;
import dev.llrtj.emulator.EmulatorConfig;
import dev.llrtj.emulator.ServeOptions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;

/**
 * `llrt serve <task-root> [options]`: a local Lambda on 127.0.0.1 until killed; with --http its port is an HTTP API
 * in front of the function, with --concurrency N it runs up to N runtime processes at once.
 */
public final class ServeCommand implements Command {
    @Override
    public String usage() {
        return "usage: llrt serve <task-root>|<LogicalId> [options]\n" + EmulatorArgs.OPTIONS_HELP + "\n"
                + EmulatorArgs.SERVE_OPTIONS_HELP + "\n"
                + "  --watch                     when a file of the task root changes, the next invocation starts a new\n"
                + "                              runtime on the new code (node_modules and dot-folders excepted)\n";
    }

    @Override
    public int run(String[] args) throws Exception {
        if (EmulatorArgs.asksForHelp(args)) {
            System.out.print(usage());
            return 0;
        }
        List<String> rest = new ArrayList<>(List.of(args));
        boolean watch = rest.remove("--watch");
        EmulatorArgs parsed;
        try {
            parsed = EmulatorArgs.parse(rest.toArray(String[]::new), EmulatorConfig.DEFAULT_PORT, false);
        } catch (IllegalArgumentException e) {
            System.err.println("llrt serve: " + e.getMessage());
            System.err.print(usage());
            return 2;
        }
        EmulatorConfig config = parsed.config();
        ServeOptions serve = parsed.serve();
        parsed.notes().forEach(note -> System.err.println("llrt serve: " + note));
        HandlerPrelowering.prepare(config);
        if (config.runtimeNote() != null) {
            System.err.println("llrt serve: " + config.runtimeNote());
        }
        String typeScript = StartProblems.typeScriptHint(config, "serve");
        if (typeScript != null) {
            System.err.println(typeScript);
        }
        Emulator emulator = ServedEmulator.start(config, serve, "serve");
        if (emulator == null) {
            return 1;
        }
        CountDownLatch stopped = ServedEmulator.closedOnShutdown(emulator, "llrt-serve-shutdown");
        System.out.println("llrt serve: function " + config.functionName() + " (" + config.handler() + ") from "
                + config.taskRoot());
        String concurrency = serve.concurrency() == 1 ? "" : " (up to " + serve.concurrency() + " runtimes at once)";
        if (serve.http()) {
            String url = "http://127.0.0.1:" + emulator.port() + "/";
            String api = serve.payloadFormat().equals("1.0") ? "REST API (payload 1.0)" : "HTTP API (payload 2.0)";
            System.out.println(api + " listening on " + url + concurrency);
            System.out.println("try: curl -s " + url);
        } else {
            System.out.println("listening on " + emulator.invokeUrl() + concurrency);
            System.out.println("try: curl -s -X POST " + emulator.invokeUrl() + " -d '{}'");
        }
        if (watch) {
            watchTaskRoot(config, emulator);
        }
        System.out.flush();
        stopped.await();
        return 0;
    }

    /** --watch: a daemon thread that retires the runtimes when the task root changes, until the emulator stops. */
    private static void watchTaskRoot(EmulatorConfig config, Emulator emulator) throws java.io.IOException {
        FileTreeWatcher watcher = new FileTreeWatcher(config.taskRoot());
        System.out.println("watching " + config.taskRoot() + ": a change starts the next invocation on a new runtime");
        Thread thread = new Thread(() -> {
            try (watcher) {
                for (Set<Path> changed; (changed = watcher.awaitChange()) != null; ) {
                    System.err.println("llrt serve: changed: " + TestCommand.describe(changed)
                            + "; the next invocation starts a new runtime");
                    HandlerPrelowering.prepare(config);
                    emulator.reload();
                }
            } catch (InterruptedException | java.io.IOException e) {
                // the emulator is stopping
            }
        }, "llrt-serve-watch");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public String summary() {
        return "run a local Lambda emulator (invoke endpoint, or an HTTP API with --http) for a task root";
    }
}
