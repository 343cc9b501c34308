package dev.llrtj.cli;

import dev.llrtj.emulator.Emulator;
import dev.llrtj.emulator.EmulatorArgs;
import dev.llrtj.emulator.EmulatorConfig;
import java.util.concurrent.CountDownLatch;

/** `llrt serve <task-root> [options]`: a local Lambda on 127.0.0.1 until killed. */
public final class ServeCommand implements Command {
    @Override
    public int run(String[] args) throws Exception {
        EmulatorArgs parsed;
        try {
            parsed = EmulatorArgs.parse(args, EmulatorConfig.DEFAULT_PORT, false);
        } catch (IllegalArgumentException e) {
            System.err.println("llrt serve: " + e.getMessage());
            System.err.println("usage: llrt serve <task-root> [options]\n" + EmulatorArgs.OPTIONS_HELP);
            return 2;
        }
        EmulatorConfig config = parsed.config();
        Emulator emulator = Emulator.start(config, System.err);
        CountDownLatch stopped = new CountDownLatch(1);
        // Ctrl+C must take the runtime child down too
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            emulator.close();
            stopped.countDown();
        }, "llrt-serve-shutdown"));
        System.out.println("llrt serve: function " + config.functionName() + " (" + config.handler() + ") from "
                + config.taskRoot());
        System.out.println("listening on " + emulator.invokeUrl());
        System.out.println("try: curl -s -X POST " + emulator.invokeUrl() + " -d '{}'");
        System.out.flush();
        stopped.await();
        return 0;
    }

    @Override
    public String summary() {
        return "run a local Lambda emulator (Runtime API + invoke endpoint) for a task root";
    }
}
