import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.LockSupport;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.ContextFactory;
import org.mozilla.javascript.JSFunction;

/**
 * A JS-level sampling profiler for llrt on the JVM (docs/warm-sdk.md): every 0.5 ms it reads the interpreter frame
 * the event loop thread is in (Rhino's Context.lastInterpreterFrame, with its callers) and counts, per JS function,
 * the samples it was on top (self: its own code and the Java it calls) and on the stack (inclusive). Samples start
 * after SAMPLER_DELAY_MS (default 15000: skip start-up and warm-up); the table goes to stderr at exit.
 *   java -XX:TieredStopAtLevel=1 -Xss8m -Dllrt.home=. -Dllrt.sdk=target/sdk/std-sdk -cp "target/llrt.jar:target/lib/*" \
 *     bench/warm/JsSampler.java bench/warm/loop.mjs 320 160
 */
public final class JsSampler {
    private static volatile Context loopContext;

    public static void main(String[] args) throws Exception {
        Field factoryField = Class.forName("dev.llrtj.engine.Engine").getDeclaredField("FACTORY");
        factoryField.setAccessible(true);
        ContextFactory factory = (ContextFactory) factoryField.get(null);
        factory.addListener(new ContextFactory.Listener() {
            @Override
            public void contextCreated(Context cx) {
                if (loopContext == null) {
                    loopContext = cx;
                }
            }

            @Override
            public void contextReleased(Context cx) {}
        });
        Field last = Context.class.getDeclaredField("lastInterpreterFrame");
        last.setAccessible(true);
        Class<?> frameClass = Class.forName("org.mozilla.javascript.Interpreter$CallFrame");
        Field parent = frameClass.getDeclaredField("parentFrame");
        Field fn = frameClass.getDeclaredField("fnOrScript");
        parent.setAccessible(true);
        fn.setAccessible(true);
        Map<String, int[]> self = new HashMap<>();
        Map<String, int[]> inclusive = new HashMap<>();
        int[] total = {0};
        long delayMs = Long.parseLong(System.getenv().getOrDefault("SAMPLER_DELAY_MS", "15000"));
        Thread sampler = new Thread(() -> {
            long start = System.nanoTime();
            while (true) {
                LockSupport.parkNanos(500_000);
                Context cx = loopContext;
                if (cx == null || System.nanoTime() - start < delayMs * 1_000_000) {
                    continue;
                }
                try {
                    Object frame = last.get(cx);
                    if (frame == null) {
                        continue;
                    }
                    List<String> names = new ArrayList<>();
                    for (int depth = 0; frame != null && depth < 200; depth++) {
                        names.add(name(fn.get(frame)));
                        frame = parent.get(frame);
                    }
                    synchronized (self) {
                        total[0]++;
                        self.computeIfAbsent(names.get(0), k -> new int[1])[0]++;
                        Set<String> seen = new HashSet<>(names);
                        for (String n : seen) {
                            inclusive.computeIfAbsent(n, k -> new int[1])[0]++;
                        }
                    }
                } catch (ReflectiveOperationException | RuntimeException e) {
                    // a frame changing under the read: skip the sample
                }
            }
        }, "js-sampler");
        sampler.setDaemon(true);
        sampler.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            synchronized (self) {
                System.err.printf("%n%d samples%n", total[0]);
                print("self", self, total[0]);
                print("inclusive", inclusive, total[0]);
            }
        }));
        Class.forName("dev.llrtj.Main").getMethod("main", String[].class).invoke(null, (Object) args);
    }

    private static String name(Object fnOrScript) {
        if (fnOrScript instanceof JSFunction f) {
            String file = f.getDescriptor().getSourceName();
            file = file == null ? "?" : file.substring(file.lastIndexOf('/') + 1);
            String n = f.getFunctionName();
            int[] lines = f.getDescriptor().getLineNumbers();
            int first = lines == null || lines.length == 0 ? 0 : java.util.Arrays.stream(lines).min().getAsInt();
            return (n == null || n.isEmpty() ? "(anonymous)" : n) + " " + file + ":" + first;
        }
        return "(script)";
    }

    private static void print(String title, Map<String, int[]> counts, int total) {
        System.err.printf("%n%s:%n", title);
        counts.entrySet().stream().sorted((a, b) -> b.getValue()[0] - a.getValue()[0]).limit(Integer.getInteger("sampler.top", 45))
                .forEach(e -> System.err.printf("%6.2f%%  %s%n", 100.0 * e.getValue()[0] / total, e.getKey()));
    }
}
