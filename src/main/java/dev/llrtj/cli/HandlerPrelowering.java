package dev.llrtj.cli;

import dev.llrtj.emulator.EmulatorConfig;
import dev.llrtj.engine.Engine;
import dev.llrtj.lambda.HandlerLocation;
import dev.llrtj.lowering.Lowerer;
import dev.llrtj.lowering.LoweringException;
import dev.llrtj.lowering.LoweringNeed;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.mozilla.javascript.Context;

/**
 * Lowers an unbundled handler module before `llrt invoke` / `llrt serve` start the runtime. Lowering is a build step:
 * done inside the runtime's init it counts against Lambda's 10 s init limit, and the very first lowering on a machine
 * also installs the npm side (bundles/). The runtime then finds the result in the shared content-hash cache.
 */
final class HandlerPrelowering {
    private HandlerPrelowering() {}

    /** What the loader tries before lowering: compiling the file as a CommonJS module's body. */
    private static boolean rhinoParses(Path file, String source) {
        Context cx = Engine.enter();
        try {
            Engine.compileWrapper(cx, source, file.toString(), "exports,require,module,__filename,__dirname");
            return true;
        } catch (RuntimeException e) { // the SyntaxError of modern syntax (class, async...)
            return false;
        } finally {
            Context.exit();
        }
    }

    /** Best effort: anything that fails here is left for the runtime to report as Lambda would. */
    static void prepare(EmulatorConfig config) {
        if (config.runtimeCommand() != null) {
            return; // another runtime: not ours to prepare for
        }
        try {
            HandlerLocation location = HandlerLocation.find(config.handler(), List.of(config.taskRoot()));
            Path file = location.module().toRealPath();
            // the same text and the same decision as the module loader's, so the cache key matches
            String source = LoweringNeed.asLoaded(Files.readString(file, StandardCharsets.UTF_8));
            if (LoweringNeed.isLowered(source)
                    || (!LoweringNeed.mustLower(file.toString(), source) && rhinoParses(file, source))) {
                return;
            }
            Lowerer.shared().lower(file, source);
        } catch (HandlerLocation.InitFailure | IOException | LoweringException | RuntimeException e) {
            // the runtime's init reports it with the right Lambda error type
        }
    }
}
