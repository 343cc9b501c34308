package dev.llrtj.cli;

import dev.llrtj.emulator.Emulator;
import dev.llrtj.emulator.EmulatorConfig;
import dev.llrtj.emulator.ServeOptions;
import java.util.concurrent.CountDownLatch;

/**
 * An emulator that serves until the process is stopped (`llrt serve`, and the container image outside Lambda): started
 * with a taken port said in a sentence, and closed on Ctrl+C or SIGTERM so that its runtime children go down too.
 */
final class ServedEmulator {
    private ServedEmulator() {}

    /** The started emulator, or null when its port is in use (said on stderr as {@code command}); else throws. */
    static Emulator start(EmulatorConfig config, ServeOptions serve, String command) throws Exception {
        try {
            return Emulator.start(config, serve, System.err);
        } catch (Exception e) {
            String inUse = StartProblems.portInUse(e, serve.host(), config.port(), command);
            if (inUse == null) {
                throw e;
            }
            System.err.println(inUse);
            return null;
        }
    }

    /** Counts down once a shutdown hook (named {@code threadName}) has closed {@code emulator}. */
    static CountDownLatch closedOnShutdown(Emulator emulator, String threadName) {
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            emulator.close();
            stopped.countDown();
        }, threadName));
        return stopped;
    }
}
