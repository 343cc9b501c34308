import dev.llrtj.engine.scoping.BlockScoping;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.mozilla.javascript.CompilerEnvirons;
import org.mozilla.javascript.Context;

/**
 * What the runtime's block-scoping rewrite (dev.llrtj.engine.scoping, run as it compiles code that reached Rhino
 * unlowered: unbundled files, eval, new Function) costs beside Rhino's own compile of the same code (bench/scoping-cost).
 * The corpus is every .js file under a folder that Rhino compiles as it is, each wrapped as the loader wraps a CommonJS
 * module; the thread's CPU time (ThreadMXBean) of rewriting all of them, then of compiling all of them, per round.
 * Round 1 is the cold one (a start compiles each file once); rounds 2.. show the steady cost. Lowered code (`llrt
 * bundle` output, marked /*llrt:) is never rewritten: for it the choice costs one startsWith.
 */
final class ScopingCost {
    private static final int ROUNDS = 11;

    public static void main(String[] args) throws Exception {
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        Context cx = Context.enter();
        cx.setLanguageVersion(Context.VERSION_ECMASCRIPT);
        cx.setInterpretedMode(true);
        CompilerEnvirons env = new CompilerEnvirons();
        env.initFromContext(cx);
        List<String> sources = new ArrayList<>();
        long chars = 0;
        List<Path> files;
        try (Stream<Path> walk = Files.walk(Path.of(args[0]))) {
            files = walk.filter(p -> p.toString().endsWith(".js")).sorted().toList();
        }
        for (Path file : files) {
            String source = Files.readString(file);
            String wrapped = "(function (exports, require, module, __filename, __dirname) {" + source + "\n})";
            if (parses(wrapped, env)) {
                sources.add(wrapped);
                chars += source.length();
            }
        }
        System.out.printf("%d files under %s that Rhino compiles as they are, %.0f KB%n", sources.size(), args[0], chars / 1024.0);
        double[] rewrite = new double[ROUNDS];
        double[] compile = new double[ROUNDS];
        int changed = 0;
        for (int round = 0; round < ROUNDS; round++) {
            long t0 = cpu.getCurrentThreadCpuTime();
            changed = 0;
            for (String s : sources) {
                changed += BlockScoping.rewrite(s, env) == null ? 0 : 1;
            }
            long t1 = cpu.getCurrentThreadCpuTime();
            for (String s : sources) {
                cx.compileString(s, "corpus", 1, null);
            }
            long t2 = cpu.getCurrentThreadCpuTime();
            rewrite[round] = (t1 - t0) / 1e6;
            compile[round] = (t2 - t1) / 1e6;
        }
        System.out.printf("files the rewrite changes: %d%n", changed);
        System.out.printf("round 1 (cold): rewrite %.1f ms, Rhino compile %.1f ms (%.0f%%)%n", rewrite[0], compile[0],
                100 * rewrite[0] / compile[0]);
        double[] warmRewrite = Arrays.copyOfRange(rewrite, 1, ROUNDS);
        double[] warmCompile = Arrays.copyOfRange(compile, 1, ROUNDS);
        System.out.printf("rounds 2-%d: rewrite %s ms, Rhino compile %s ms (%.0f%%)%n", ROUNDS, stats(warmRewrite),
                stats(warmCompile), 100 * median(warmRewrite) / median(warmCompile));
    }

    /** Rhino's parser, not its compiler: the corpus must not warm the compile before round 1. */
    private static boolean parses(String source, CompilerEnvirons env) {
        try {
            new org.mozilla.javascript.Parser(env).parse(source, "corpus", 1);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static String stats(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return String.format("%.1f (%.1f..%.1f)", median(values), sorted[0], sorted[sorted.length - 1]);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
