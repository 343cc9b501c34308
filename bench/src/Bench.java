import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Cold-start benchmark of llrt-java against Node.js, run by bench/run (which prepares the task roots):
 * alternates the two runtimes on each workload, `cold` runs each after `warmup` untimed ones, and prints a
 * Markdown table. Usage: java bench/src/Bench.java --root DIR --tasks DIR [--llrt-start bootstrap|flags]
 * [--cold N] [--warm N] [--warmup N]
 */
public final class Bench {
    private static final String TABLE = "llrt-bench";

    private Bench() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        Path root = Path.of(options.getOrDefault("root", ".")).toAbsolutePath().normalize();
        Path tasks = Path.of(options.getOrDefault("tasks", root.resolve("bench/.cache/tasks").toString())).toAbsolutePath();
        int cold = Integer.parseInt(options.getOrDefault("cold", "10"));
        int warm = Integer.parseInt(options.getOrDefault("warm", "100"));
        int warmup = Integer.parseInt(options.getOrDefault("warmup", "1"));
        String llrtStart = options.getOrDefault("llrt-start", "flags");
        Path logs = Files.createDirectories(root.resolve("bench/.cache/logs"));

        // Ctrl-C must not leave DynamoDB Local or a runtime behind: they are all this JVM's children.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> ProcessHandle.current().descendants().forEach(ProcessHandle::destroyForcibly)));
        String loadBefore = loadAverage();
        System.err.println("bench: starting DynamoDB Local...");
        try (DynamoDbLocal db = DynamoDbLocal.start(root.resolve("bench/.cache/dynamodb-local"), freePort(), logs.resolve("dynamodb-local.log"))) {
            db.createTable(TABLE);
            List<Subject> subjects = subjects(root, tasks, llrtStart, db.endpoint());
            Map<Subject, Samples> samples = new LinkedHashMap<>();
            subjects.forEach(s -> samples.put(s, new Samples()));

            for (Subject s : subjects) {
                for (int i = 0; i < warmup && samples.get(s).failure == null; i++) {
                    System.err.println("bench: warm-up run of " + s.label());
                    runOnce(s, warm, logs, samples.get(s), false);
                }
            }
            for (int round = 0; round < cold; round++) {
                // Alternate which runtime goes first, so neither always inherits the other's disk cache or CPU heat.
                for (Subject.Workload w : Subject.Workload.values()) {
                    List<Subject> pair = subjects.stream().filter(s -> s.workload() == w).toList();
                    List<Subject> order = round % 2 == 0 ? pair : pair.reversed();
                    for (Subject s : order) {
                        if (samples.get(s).failure == null) {
                            System.err.println("bench: round " + (round + 1) + "/" + cold + " " + s.label());
                            runOnce(s, warm, logs, samples.get(s), true);
                        }
                    }
                }
            }
            print(subjects, samples, cold, warm, warmup, loadBefore, loadAverage(), started(llrtStart, tasks));
        }
    }

    /** Figures of one subject over the cold runs; a failed run stops the subject and is reported instead. */
    static final class Samples {
        final List<Double> readyMs = new ArrayList<>();
        final List<Double> coldMs = new ArrayList<>();
        final List<Double> coldCpuMs = new ArrayList<>();
        final List<Double> warmMs = new ArrayList<>();
        final List<Double> rssMb = new ArrayList<>();
        String failure;
    }

    private static void runOnce(Subject s, int warm, Path logs, Samples into, boolean record) throws Exception {
        try {
            ColdRun.Result r = ColdRun.run(s, warm, logs.resolve(s.label().replace(' ', '-') + ".log"));
            if (record) {
                into.readyMs.add(r.readyMs());
                into.coldMs.add(r.coldMs());
                into.coldCpuMs.add(r.coldCpuMs());
                if (!Double.isNaN(r.warmMedianMs())) {
                    into.warmMs.add(r.warmMedianMs());
                }
                into.rssMb.add(r.peakRssKb() / 1024.0);
            }
        } catch (ColdRun.Failure e) {
            into.failure = e.getMessage();
            System.err.println("bench: " + e.getMessage());
        }
    }

    private static List<Subject> subjects(Path root, Path tasks, String llrtStart, String dynamoEndpoint) {
        String java = ProcessHandle.current().info().command().orElseThrow();
        Path runtime = tasks.resolve("llrt-runtime");
        // Either the deploy layer's bootstrap (which sizes the JVM from AWS_LAMBDA_FUNCTION_MEMORY_SIZE=128), or
        // the flags issue 5 names for a 128 MB function: C1 only, serial GC, a heap and metaspace that fit.
        List<String> llrt = llrtStart.equals("bootstrap")
                ? List.of(runtime.resolve("bootstrap").toString())
                : List.of(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx64m", "-XX:MaxMetaspaceSize=48m",
                        "-Xss512k", "-Dvertx.disableDnsResolver=true", "-cp", runtime.resolve("llrt-java/lib/*").toString(),
                        "dev.llrtj.Main");
        List<String> node = List.of("node", root.resolve("bench/node-runtime/bootstrap.mjs").toString());
        // llrt gets no lowering toolchain (its home, the snapshot, has no bundles/): it runs the bundle as shipped.
        Map<String, String> dynamoEnv = Map.of("AWS_ENDPOINT_URL_DYNAMODB", dynamoEndpoint, "BENCH_TABLE", TABLE);
        String helloEvent = "{\"name\":\"bench\"}";
        return List.of(
                new Subject("llrt", Subject.Workload.HELLO, llrt, tasks.resolve("llrt-hello"), "index.handler",
                        Map.of(), helloEvent, "Hello, bench!"),
                new Subject("node", Subject.Workload.HELLO, node, tasks.resolve("node-hello"), "index.handler",
                        Map.of(), helloEvent, "Hello, bench!"),
                new Subject("llrt", Subject.Workload.DYNAMO, llrt, tasks.resolve("llrt-dynamo"), "index.handler",
                        dynamoEnv, helloEvent, "\\\"name\\\":\\\"bench\\\""),
                new Subject("node", Subject.Workload.DYNAMO, node, tasks.resolve("node-dynamo"), "index.handler",
                        dynamoEnv, helloEvent, "\\\"name\\\":\\\"bench\\\""));
    }

    private static void print(List<Subject> subjects, Map<Subject, Samples> samples, int cold, int warm, int warmup,
                              String loadBefore, String loadAfter, String llrtStarted) {
        StringBuilder out = new StringBuilder();
        out.append("Measured ").append(ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")))
                .append(" on ").append(Runtime.getRuntime().availableProcessors()).append(" cores, load average ")
                .append(loadBefore).append(" (start) / ").append(loadAfter).append(" (end); ")
                .append(cold).append(cold == 1 ? " cold run" : " cold runs").append(" per cell after ").append(warmup)
                .append(" untimed, alternating runtimes; ")
                .append("Java ").append(Runtime.version()).append(", Node ").append(nodeVersion()).append("; ")
                .append(llrtStarted).append(".\n\n");
        out.append("| figure | llrt median (min..max) | node median (min..max) | llrt/node |\n");
        out.append("| --- | --- | --- | --- |\n");
        List<String> notes = new ArrayList<>();
        for (Subject.Workload w : Subject.Workload.values()) {
            Samples l = samples.get(find(subjects, "llrt", w));
            Samples n = samples.get(find(subjects, "node", w));
            row(out, w.title + ": cold start, spawn to first response (ms)", l, n, s -> s.coldMs, w);
            row(out, w.title + ": of which init (runtime + handler load), spawn to first `next` (ms)", l, n, s -> s.readyMs, w);
            row(out, w.title + ": CPU time (user+sys) to first response (ms)", l, n, s -> s.coldCpuMs, w);
            row(out, w.title + ": warm invoke, median of " + warm + " (ms)", l, n, s -> s.warmMs, w);
            row(out, w.title + ": peak RSS of the process tree (MB)", l, n, s -> s.rssMb, w);
            for (Samples s : List.of(l, n)) {
                if (s.failure != null) {
                    notes.add(s.failure);
                }
            }
        }
        notes.forEach(n -> out.append("\n- ").append(n));
        System.out.println(out.toString().stripTrailing());
    }

    private static void row(StringBuilder out, String figure, Samples llrt, Samples node,
                            java.util.function.Function<Samples, List<Double>> pick, Subject.Workload w) {
        out.append("| ").append(figure).append(" | ").append(cell(llrt, pick))
                .append(" | ").append(cell(node, pick)).append(" | ")
                .append(llrt.failure == null && node.failure == null ? Stats.ratio(pick.apply(llrt), pick.apply(node)) : "-")
                .append(" |\n");
    }

    private static String cell(Samples s, java.util.function.Function<Samples, List<Double>> pick) {
        if (s.failure != null) {
            return "failed (see below)";
        }
        return Stats.summary(pick.apply(s));
    }

    private static String started(String llrtStart, Path tasks) {
        String how = llrtStart.equals("bootstrap") ? "llrt started by src/main/dist/bootstrap (128 MB sizing)"
                : "llrt started with -Xmx64m -XX:MaxMetaspaceSize=48m -Xss512k, C1, SerialGC";
        if (llrtStart.equals("bootstrap")) {
            how += Files.isRegularFile(tasks.resolve("llrt-runtime/llrt-java/llrt.aot")) ? " with a JDK AOT cache" : " without an AOT cache";
        }
        try {
            var built = Files.getLastModifiedTime(tasks.resolve("llrt-runtime/llrt-java/lib/llrt.jar")).toInstant();
            return how + ", llrt.jar built " + DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC).format(built);
        } catch (IOException e) {
            return how;
        }
    }

    private static Subject find(List<Subject> subjects, String runtime, Subject.Workload w) {
        return subjects.stream().filter(s -> s.runtime().equals(runtime) && s.workload() == w).findFirst().orElseThrow();
    }

    private static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static String nodeVersion() {
        try {
            Process p = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
            return new String(p.getInputStream().readAllBytes()).trim();
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static int freePort() throws IOException {
        try (var socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 == args.length) {
                throw new IllegalArgumentException("usage: Bench --root DIR --tasks DIR [--cold N] [--warm N] [--warmup N]");
            }
            options.put(args[i].substring(2), args[++i]);
        }
        return options;
    }
}
