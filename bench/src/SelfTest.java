import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Checks the harness itself (bench/test): that it times what it claims and refuses runs that went wrong, using the
 * Node custom runtime of bench/node-runtime with small handlers written to a temporary task root.
 * Prints "N passed, N failed" and exits non-zero on a failure.
 */
public final class SelfTest {
    private static int passed;
    private static final List<String> failures = new ArrayList<>();

    private SelfTest() {}

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        Path dir = Files.createTempDirectory("llrt-bench-selftest");
        Path log = dir.resolve("runtime.log");
        try {
            check("median and summary", () -> {
                expect(Stats.median(List.of(5.0, 1.0, 3.0)) == 3.0, "median of 3");
                expect(Stats.median(List.of(4.0, 1.0, 3.0, 2.0)) == 2.5, "median of 4");
                expect(Stats.summary(List.of(120.4, 99.0, 250.0)).equals("120 (99.0..250)"), Stats.summary(List.of(120.4, 99.0, 250.0)));
                expect(Stats.ratio(List.of(2.0), List.of(4.0)).equals("0.50"), "ratio");
            });
            check("a working handler gives a cold start, a warm latency and a peak RSS", () -> {
                ColdRun.Result r = ColdRun.run(node(root, dir, "ok", "export const handler = async (e) => ({ echo: e.name });"), 20, log);
                expect(r.coldMs() > 10 && r.coldMs() < 60_000, "cold " + r.coldMs());
                expect(r.readyMs() > 0 && r.readyMs() < r.coldMs(), "ready " + r.readyMs() + " of cold " + r.coldMs());
                expect(r.warmMedianMs() > 0 && r.warmMedianMs() < r.coldMs(), "warm " + r.warmMedianMs());
                expect(r.peakRssKb() > 10 * 1024, "rss " + r.peakRssKb());
                expect(r.coldCpuMs() > 0, "cpu " + r.coldCpuMs());
            });
            check("the cold start includes the handler's init", () -> {
                String slowInit = "await new Promise((r) => setTimeout(r, 400));\nexport const handler = async (e) => ({ echo: e.name });";
                ColdRun.Result r = ColdRun.run(node(root, dir, "slow", slowInit), 1, log);
                expect(r.coldMs() >= 400, "cold " + r.coldMs());
                expect(r.readyMs() >= 400 && r.readyMs() <= r.coldMs(), "ready " + r.readyMs() + " of cold " + r.coldMs());
            });
            check("CPU time counts the runtime's work, not its waiting", () -> {
                String burn = "const end = Date.now() + 300; while (Date.now() < end) {}\n"
                        + "await new Promise((r) => setTimeout(r, 300));\nexport const handler = async (e) => ({ echo: e.name });";
                ColdRun.Result r = ColdRun.run(node(root, dir, "burn", burn), 1, log);
                expect(r.coldCpuMs() >= 250 && r.coldCpuMs() < r.coldMs() - 200, "cpu " + r.coldCpuMs() + " of cold " + r.coldMs());
            });
            check("a handler error fails the run", () -> expectFailure(
                    node(root, dir, "throws", "export const handler = async () => { throw new TypeError('boom'); };"), log, "TypeError: boom"));
            check("a wrong answer fails the run", () -> expectFailure(
                    node(root, dir, "wrong", "export const handler = async () => ({ echo: 'someone else' });"), log, "unexpected response"));
            check("an init error fails the run", () -> expectFailure(
                    node(root, dir, "missing", null), log, "Runtime.ImportModuleError"));
            check("a runtime that dies fails the run", () -> expectFailure(new Subject("false", Subject.Workload.HELLO,
                    List.of("false"), dir, "index.handler", Map.of(), "{}", "x"), log, "runtime exited with code 1"));
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        failures.forEach(f -> System.out.println("FAILED " + f));
        System.out.println(passed + " passed, " + failures.size() + " failed");
        System.exit(failures.isEmpty() ? 0 : 1);
    }

    private interface Check {
        void run() throws Exception;
    }

    private static void check(String name, Check check) {
        try {
            check.run();
            passed++;
            System.out.println("ok " + name);
        } catch (Exception | AssertionError e) {
            failures.add(name + ": " + e.getMessage());
        }
    }

    private static void expect(boolean condition, String what) {
        if (!condition) {
            throw new AssertionError(what);
        }
    }

    private static void expectFailure(Subject subject, Path log, String message) throws Exception {
        try {
            ColdRun.run(subject, 3, log);
        } catch (ColdRun.Failure e) {
            expect(e.getMessage().contains(message), "failure says \"" + e.getMessage() + "\", not \"" + message + "\"");
            return;
        }
        throw new AssertionError("the run succeeded");
    }

    /** A Node subject whose handler is `source` (none at all when null); it must answer with echo "self". */
    private static Subject node(Path root, Path dir, String name, String source) throws Exception {
        Path task = Files.createDirectories(dir.resolve(name));
        if (source != null) {
            Files.writeString(task.resolve("index.mjs"), source);
        }
        return new Subject("node", Subject.Workload.HELLO,
                List.of("node", root.resolve("bench/node-runtime/bootstrap.mjs").toString()),
                task, "index.handler", Map.of(), "{\"name\":\"self\"}", "\"echo\":\"self\"");
    }
}
