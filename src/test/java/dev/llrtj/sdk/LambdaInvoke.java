package dev.llrtj.sdk;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * `llrt invoke` on a handler folder of sdk-it/, copied to a scratch task root as a deployment would be (nothing
 * above it to resolve packages from, so llrt uses its embedded SDK). Under -Dsdk.it.runtime=node the emulator runs
 * bench/node-runtime's Node.js bootstrap instead, with node_modules linked into the task root.
 */
final class LambdaInvoke {
    private static final Pattern INIT_DURATION = Pattern.compile("Init Duration: ([0-9.]+) ms");

    private LambdaInvoke() {}

    static SdkScript.Result invoke(String handlerDir, String event, Map<String, String> env)
            throws IOException, InterruptedException {
        Path taskRoot = Files.createTempDirectory("sdk-it-task-");
        Path source = SdkScript.script(handlerDir);
        try (var files = Files.list(source)) {
            for (Path f : files.toList()) {
                Files.copy(f, taskRoot.resolve(f.getFileName()));
            }
        }
        List<String> args = new ArrayList<>(List.of("invoke", taskRoot.toString(), "--handler", "index.handler",
                "--event", event, "--timeout", "30", "--init-timeout", "60"));
        // the function's own variables as its configuration gives them: the emulator passes on only AWS_* and
        // LLRT_* from the shell that started it (a deployed function sees nothing of the developer's shell)
        env.forEach((name, value) -> {
            if (!name.startsWith("AWS_") && !name.startsWith("LLRT_")) {
                args.addAll(List.of("--env", name + "=" + value));
            }
        });
        if (SdkScript.underNode()) {
            Files.createSymbolicLink(taskRoot.resolve("node_modules"), SdkScript.nodeModules());
            args.addAll(List.of("--runtime-command",
                    "exec node '" + SdkScript.home().resolve("bench/node-runtime/bootstrap.mjs") + "'"));
        }
        try {
            return SdkScript.llrt(env, args.toArray(String[]::new));
        } finally {
            try (var files = Files.list(taskRoot)) {
                for (Path f : files.toList()) {
                    Files.delete(f);
                }
            }
            Files.delete(taskRoot);
        }
    }

    /** The Init Duration of the REPORT line the emulator printed, in ms. */
    static double initDurationMs(SdkScript.Result r) {
        Matcher m = INIT_DURATION.matcher(r.err());
        if (!m.find()) {
            throw new AssertionError("no Init Duration in:\n" + r.describe());
        }
        return Double.parseDouble(m.group(1));
    }

    static String format(double ms) {
        return String.format(Locale.ROOT, "%.0f ms", ms);
    }
}
