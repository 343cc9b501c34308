package dev.llrtj.engine;

import dev.llrtj.engine.scoping.BlockScoping;
import java.util.function.Consumer;
import org.mozilla.javascript.CompilerEnvirons;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.ContextFactory;
import org.mozilla.javascript.ErrorReporter;
import org.mozilla.javascript.Evaluator;
import org.mozilla.javascript.Scriptable;

/**
 * A Context whose every compilation (a module file, {@code eval}, {@code new Function}, the vm module) first gets
 * block scoping rewritten where Rhino would run it differently from Node ({@link BlockScoping}). Code that was lowered
 * ahead of time (it starts with the lowering's {@code /*llrt:} mark) and the runtime's own scripts are compiled as
 * they are: they hold no block-scoped declarations, or none that Rhino gets wrong, and skipping them keeps cold start
 * where it was.
 */
final class ScopingContext extends Context {
    private static final String LOWERED_MARK = "/*llrt:";

    ScopingContext(ContextFactory factory) {
        super(factory);
    }

    @Override
    protected Object compileImpl(Scriptable scope, String source, String sourceName, int lineno,
                                 Object securityDomain, boolean returnFunction, Evaluator compiler,
                                 ErrorReporter reporter, Consumer<CompilerEnvirons> environs) {
        String compiled = source;
        if (source != null && !trusted(source, sourceName)) {
            CompilerEnvirons env = new CompilerEnvirons();
            env.initFromContext(this);
            String rewritten = BlockScoping.rewrite(source, env);
            if (rewritten != null) {
                compiled = rewritten;
            }
        }
        return super.compileImpl(scope, compiled, sourceName, lineno, securityDomain, returnFunction, compiler,
                reporter, environs);
    }

    /** The runtime's own files (llrt:x, node:x; not code they generate, named x#line(eval)) and lowered code. */
    private static boolean trusted(String source, String sourceName) {
        if (sourceName != null && (sourceName.startsWith("llrt:") || sourceName.startsWith("node:"))
                && sourceName.indexOf('#') < 0) {
            return true;
        }
        int body = source.startsWith("(function (") ? source.indexOf(") {") + 3 : 0;
        return source.startsWith(LOWERED_MARK, body);
    }
}
