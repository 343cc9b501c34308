package dev.llrtj.cli;

import dev.llrtj.emulator.Emulator;
import dev.llrtj.emulator.EmulatorArgs;
import dev.llrtj.emulator.EmulatorConfig;
import dev.llrtj.emulator.ServeOptions;
import java.util.concurrent.CountDownLatch;

/**
 * `llrt serve <task-root> [options]`: a local Lambda on 127.0.0.1 until killed; with --http its port is an HTTP API
 * in front of the function, with --concurrency N it runs up to N runtime processes at once.
 */
public final class ServeCommand implements Command {
    @Override
    public String usage() {
        return "usage: llrt serve <task-root>|<LogicalId> [options]\n" + EmulatorArgs.OPTIONS_HELP + "\n"
                + EmulatorArgs.SERVE_OPTIONS_HELP + "\n";
    }

    @Override
    public int run(String[] args) throws Exception {
        if (EmulatorArgs.asksForHelp(args)) {
            System.out.print(usage());
            return 0;
        }
        EmulatorArgs parsed;
        try {
            parsed = EmulatorArgs.parse(args, EmulatorConfig.DEFAULT_PORT, false);
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
        System.out.flush();
        stopped.await();
        return 0;
    }

    @Override
    public String summary() {
        return "run a local Lambda emulator (invoke endpoint, or an HTTP API with --http) for a task root";
    }
}
