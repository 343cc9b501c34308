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
                // burn 300 ms of CPU, not of wall clock: on a loaded machine a wall-clock loop gets less than 250 ms of CPU
                String burn = "const t0 = process.cpuUsage(); while (process.cpuUsage(t0).user < 300_000) {}\n"
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
            check("every round runs the runtimes in another order, each first in turn", () -> {
                expect(Bench.order(List.of("a", "b"), 0).equals(List.of("a", "b")), "two, round 0");
                expect(Bench.order(List.of("a", "b"), 1).equals(List.of("b", "a")), "two, round 1");
                List<String> three = List.of("llrt", "llrt-jvm", "node");
                java.util.Set<List<String>> seen = new java.util.HashSet<>();
                Map<String, Integer> first = new java.util.HashMap<>();
                for (int round = 0; round < 6; round++) {
                    List<String> order = Bench.order(three, round);
                    expect(order.size() == 3 && new java.util.HashSet<>(order).size() == 3, "round " + round + ": " + order);
                    seen.add(order);
                    first.merge(order.getFirst(), 1, Integer::sum);
                    if (round > 0) {
                        expect(!order.equals(Bench.order(three, round - 1)), "round " + round + " repeats the round before");
                    }
                }
                expect(seen.size() == 6, "6 rounds give " + seen.size() + " different orders");
                expect(first.values().stream().allMatch(n -> n == 2), "first places " + first);
            });
            check("the layer subjects start each layer's bootstrap in the task root, as Lambda does", () -> {
                Path tasks = Files.createDirectories(dir.resolve("tasks"));
                // stand-ins for the unzipped layers: a bootstrap that runs the Node loop, one through exec (as both real
                // bootstraps do), one as the shell's child (the run must still be timed, and killed whole)
                fakeLayer(tasks.resolve("opt-llrt"), root, true);
                fakeLayer(tasks.resolve("opt-llrt-jvm"), root, false);
                Files.createDirectories(tasks.resolve("llrt-hello"));
                Files.copy(root.resolve("examples/hello/index.mjs"), tasks.resolve("llrt-hello/index.mjs"));
                List<Subject> subjects = Bench.subjects(root, tasks, "http://127.0.0.1:1", "http://127.0.0.1:2");
                expect(subjects.size() == Bench.RUNTIMES.size() * Subject.Workload.values().length, subjects.size() + " subjects");
                for (Subject s : subjects) {
                    if (s.runtime().equals("node")) {
                        continue;
                    }
                    expect(s.command().equals(List.of(tasks.resolve("opt-" + s.runtime() + "/bootstrap").toString())), s.command().toString());
                    if (s.workload() == Subject.Workload.DYNAMO) {
                        expect(s.extraEnv().get("AWS_ENDPOINT_URL_DYNAMODB").equals("http://127.0.0.1:1"), s.extraEnv().toString());
                        continue;
                    }
                    if (s.workload() == Subject.Workload.S3) {
                        expect(s.extraEnv().get("AWS_ENDPOINT_URL_S3").equals("http://127.0.0.1:2"), s.extraEnv().toString());
                        continue;
                    }
                    ColdRun.Result r = ColdRun.run(s, 5, log);
                    expect(r.coldMs() > 0 && r.warmMedianMs() > 0 && r.peakRssKb() > 10 * 1024,
                            s.label() + ": cold " + r.coldMs() + ", warm " + r.warmMedianMs() + ", rss " + r.peakRssKb());
                }
            });
            check("the table has a column and a ratio to node per runtime, and says why a runtime failed", () -> {
                List<Subject> subjects = Bench.subjects(root, dir, "http://127.0.0.1:1", "http://127.0.0.1:2");
                Map<Subject, Bench.Samples> samples = new java.util.LinkedHashMap<>();
                for (Subject s : subjects) {
                    Bench.Samples x = new Bench.Samples();
                    double ms = switch (s.runtime()) { case "llrt" -> 20; case "llrt-jvm" -> 300; default -> 100; };
                    for (List<Double> l : List.of(x.coldMs, x.readyMs, x.coldCpuMs, x.warmMs, x.rssMb)) {
                        l.addAll(List.of(ms, ms * 2));
                    }
                    if (s.runtime().equals("llrt-jvm") && s.workload() == Subject.Workload.DYNAMO) {
                        x.failure = "llrt-jvm dynamo: cold invocation failed: Error: nope";
                    }
                    samples.put(s, x);
                }
                String table = Report.table(Bench.RUNTIMES, subjects, samples, 7);
                expect(table.startsWith("| figure | llrt median (min..max) | llrt-jvm median (min..max) | node median (min..max) | llrt/node | llrt-jvm/node |"),
                        table.lines().findFirst().orElse(""));
                expect(table.contains("| (a) hello: cold start, spawn to first response (ms) | 30.0 (20.0..40.0) | 450 (300..600) | 150 (100..200) | 0.20 | 3.00 |"), table);
                expect(table.contains("| (b) DynamoDB put+get: warm invoke, median of 7 (ms) | 30.0 (20.0..40.0) | failed (see below) | 150 (100..200) | 0.20 | - |"), table);
                expect(table.endsWith("- llrt-jvm dynamo: cold invocation failed: Error: nope"), table);
            });
            check("the layer-size line gives every native and JVM layer zip in MB", () -> {
                Path dist = Files.createDirectories(dir.resolve("dist"));
                Map<String, Long> sizes = Map.of("llrt-lambda-x64.zip", 26_000_000L, "llrt-lambda-x64-no-sdk.zip", 25_250_000L,
                        "llrt-lambda-x64-jvm.zip", 48_250_000L, "llrt-lambda-x64-jvm-no-sdk.zip", 47_500_000L, "SIZES.txt", 600L);
                for (var e : sizes.entrySet()) {
                    try (var f = new java.io.RandomAccessFile(dist.resolve(e.getKey()).toFile(), "rw")) {
                        f.setLength(e.getValue()); // sparse: only the size is read
                    }
                }
                String line = Report.layerSizes(dist);
                expect(line.contains("native llrt-lambda-x64-no-sdk.zip 25.3, llrt-lambda-x64.zip 26.0;"), line);
                expect(line.contains("JVM llrt-lambda-x64-jvm-no-sdk.zip 47.5, llrt-lambda-x64-jvm.zip 48.3."), line);
                expect(!line.contains("SIZES"), line);
            });
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

    /** A layer directory whose bootstrap runs the Node loop, by exec (one process) or as the shell's child. */
    private static void fakeLayer(Path layer, Path root, boolean exec) throws Exception {
        Files.createDirectories(layer);
        Path bootstrap = layer.resolve("bootstrap");
        String node = "node '" + root.resolve("bench/node-runtime/bootstrap.mjs") + "'";
        Files.writeString(bootstrap, "#!/bin/sh\n" + (exec ? "exec " + node : node + "; exit $?") + "\n");
        bootstrap.toFile().setExecutable(true);
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
