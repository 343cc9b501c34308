package dev.llrtj.cli;

import dev.llrtj.emulator.Emulator;
import dev.llrtj.emulator.EmulatorConfig;
import dev.llrtj.emulator.ServeOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * `llrt` with no arguments in a container image started outside Lambda (LAMBDA_TASK_ROOT set by the image, no
 * AWS_LAMBDA_RUNTIME_API): Lambda's invoke endpoint on port 8080 of every interface, as AWS base images serve it
 * through the Runtime Interface Emulator, so `docker run -p 9000:8080 image` then
 * `curl -d '{}' localhost:9000/2015-03-31/functions/function/invocations` works. The function is the image's own:
 * its handler from LAMBDA_HANDLER/_HANDLER (or the CMD argument), and, as the RIE reads them, memory from
 * AWS_LAMBDA_FUNCTION_MEMORY_SIZE (default 3008), timeout from AWS_LAMBDA_FUNCTION_TIMEOUT (default 300) and the
 * name from AWS_LAMBDA_FUNCTION_NAME (default function). The runtime child is this program again (the native
 * executable in the native image), so the image runs its functions as Lambda would.
 */
final class ImageEmulator {
    static final int PORT = 8080;

    private ImageEmulator() {}

    /** Started as a container image outside Lambda: the image's task root is there, the Runtime API is not. */
    static boolean applies(Map<String, String> env) {
        String taskRoot = env.get("LAMBDA_TASK_ROOT");
        return !env.containsKey("AWS_LAMBDA_RUNTIME_API") && taskRoot != null && Files.isDirectory(Path.of(taskRoot));
    }

    static EmulatorConfig config(Map<String, String> env) {
        String handler = firstSet(env.get("LAMBDA_HANDLER"), env.get("_HANDLER"), EmulatorConfig.DEFAULT_HANDLER);
        int port = intOr(env.get("LLRT_EMULATOR_PORT"), PORT);
        int memory = intOr(env.get("AWS_LAMBDA_FUNCTION_MEMORY_SIZE"), 3008);
        int timeout = intOr(env.get("AWS_LAMBDA_FUNCTION_TIMEOUT"), 300);
        String name = firstSet(env.get("AWS_LAMBDA_FUNCTION_NAME"), EmulatorConfig.DEFAULT_FUNCTION_NAME);
        return new EmulatorConfig(Path.of(env.get("LAMBDA_TASK_ROOT")), handler, port, timeout, memory, name, null,
                Map.of(), EmulatorConfig.DEFAULT_INIT_TIMEOUT_SECONDS);
    }

    static int run(Map<String, String> env) throws Exception {
        EmulatorConfig config = config(env);
        HandlerPrelowering.prepare(config);
        Emulator emulator = ServedEmulator.start(config, new ServeOptions(1, false, "0.0.0.0"), "(image emulator)");
        if (emulator == null) {
            return 1;
        }
        CountDownLatch stopped = ServedEmulator.closedOnShutdown(emulator, "llrt-image-emulator-shutdown");
        System.err.println("llrt: no AWS_LAMBDA_RUNTIME_API, so this is not Lambda: serving " + config.handler()
                + " from " + config.taskRoot() + " on port " + emulator.port() + " (POST /2015-03-31/functions/"
                + "function/invocations), as the Runtime Interface Emulator does");
        stopped.await();
        return 0;
    }

    private static String firstSet(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }

    private static int intOr(String value, int fallback) {
        try {
            return value == null || value.isBlank() ? fallback : Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
