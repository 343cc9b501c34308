package dev.llrtj.cli;

import dev.llrtj.emulator.EmulatorConfig;
import dev.llrtj.lambda.HandlerLocation;
import dev.llrtj.lowering.Lowerer;
import dev.llrtj.lowering.LoweringException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Lowers an unbundled handler module before `llrt invoke` / `llrt serve` start the runtime. Lowering is a build step:
 * done inside the runtime's init it counts against Lambda's 10 s init limit, and the very first lowering on a machine
 * also installs the npm side (bundles/). The runtime then finds the result in the shared content-hash cache.
 */
final class HandlerPrelowering {
    private static final Pattern NEEDS_LOWERING = Pattern.compile(
            "(^|[\\n;])\\s*(import\\s*[\\w{*'\"]|export\\s)|\\bimport\\.meta\\b|\\bclass\\s+\\w|\\basync\\s|\\bawait\\s");

    private HandlerPrelowering() {}

    /** Best effort: anything that fails here is left for the runtime to report as Lambda would. */
    static void prepare(EmulatorConfig config) {
        if (config.runtimeCommand() != null) {
            return; // another runtime: not ours to prepare for
        }
        try {
            HandlerLocation location = HandlerLocation.find(config.handler(), List.of(config.taskRoot()));
            Path file = location.module().toRealPath();
            String source = Files.readString(file, StandardCharsets.UTF_8);
            // the same text the module loader hands to the lowering, so the cache key matches
            if (!source.isEmpty() && source.charAt(0) == '\uFEFF') {
                source = source.substring(1);
            }
            if (source.startsWith("#!")) {
                source = "//" + source.substring(2);
            }
            String name = file.getFileName().toString();
            boolean typescript = name.endsWith(".ts") || name.endsWith(".mts") || name.endsWith(".cts");
            if (source.startsWith("/*llrt:") || (!typescript && !NEEDS_LOWERING.matcher(source).find())) {
                return;
            }
            Lowerer.shared().lower(file, source);
        } catch (HandlerLocation.InitFailure | IOException | LoweringException | RuntimeException e) {
            // the runtime's init reports it with the right Lambda error type
        }
    }
}
