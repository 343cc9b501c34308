import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Cold-start benchmark of the llrt-java Lambda layers against Node.js, run by bench/run (which unzips the layers and
 * prepares the task roots): llrt (the native layer), llrt-jvm (the JVM layer) and node take turns on each workload,
 * `cold` runs each after `warmup` untimed ones, and a Markdown table is printed. Usage: java bench/src/Bench.java
 * --root DIR --tasks DIR --dist DIR --llrt-zip ZIP --llrt-jvm-zip ZIP [--cold N] [--warm N] [--warmup N]
 */
public final class Bench {
    private static final String TABLE = "llrt-bench";
    private static final String BUCKET = "llrt-bench";
    /** The runtimes compared, in table order; the last one is the baseline the ratios divide by. */
    static final List<String> RUNTIMES = List.of("llrt", "llrt-jvm", "node");

    private Bench() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        Path root = Path.of(options.getOrDefault("root", ".")).toAbsolutePath().normalize();
        Path tasks = Path.of(options.getOrDefault("tasks", root.resolve("bench/.cache/tasks").toString())).toAbsolutePath();
        Path dist = Path.of(options.getOrDefault("dist", root.resolve("target/dist").toString())).toAbsolutePath();
        Map<String, Path> zips = new LinkedHashMap<>();
        for (String runtime : RUNTIMES.subList(0, RUNTIMES.size() - 1)) {
            zips.put(runtime, Path.of(required(options, runtime + "-zip")).toAbsolutePath());
        }
        int cold = Integer.parseInt(options.getOrDefault("cold", "10"));
        int warm = Integer.parseInt(options.getOrDefault("warm", "100"));
        int warmup = Integer.parseInt(options.getOrDefault("warmup", "1"));
        Path logs = Files.createDirectories(root.resolve("bench/.cache/logs"));

        // Ctrl-C must not leave DynamoDB Local or a runtime behind: they are all this JVM's children.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> ProcessHandle.current().descendants().forEach(ProcessHandle::destroyForcibly)));
        String loadBefore = loadAverage();
        System.err.println("bench: starting DynamoDB Local and local-s3...");
        try (DynamoDbLocal db = DynamoDbLocal.start(root.resolve("bench/.cache/dynamodb-local"), freePort(), logs.resolve("dynamodb-local.log"));
             LocalS3 s3 = LocalS3.start(root, root.resolve("bench/.cache/local-s3"), freePort(), logs.resolve("local-s3.log"))) {
            db.createTable(TABLE);
            s3.createBucket(BUCKET);
            List<Subject> subjects = subjects(root, tasks, db.endpoint(), s3.endpoint());
            Map<Subject, Samples> samples = new LinkedHashMap<>();
            subjects.forEach(s -> samples.put(s, new Samples()));

            for (Subject s : subjects) {
                for (int i = 0; i < warmup && samples.get(s).failure == null; i++) {
                    System.err.println("bench: warm-up run of " + s.label());
                    runOnce(s, warm, logs, samples.get(s), false);
                }
            }
            for (int round = 0; round < cold; round++) {
                for (Subject.Workload w : Subject.Workload.values()) {
                    List<Subject> group = subjects.stream().filter(s -> s.workload() == w).toList();
                    for (Subject s : order(group, round)) {
                        if (samples.get(s).failure == null) {
                            System.err.println("bench: round " + (round + 1) + "/" + cold + " " + s.label());
                            runOnce(s, warm, logs, samples.get(s), true);
                        }
                    }
                }
            }
            String header = Report.header(cold, warmup, loadBefore, loadAverage(), nodeVersion(), zips, ColdRun.MEMORY_MB);
            System.out.println(String.join("\n\n", header, Report.layerSizes(dist), Report.table(RUNTIMES, subjects, samples, warm)));
        }
    }

    /**
     * The order in which round `round` runs `items`: a different one each round, every item first equally often
     * (as far as the count of rounds allows), and every order before any repeats. Which runtime goes first, and
     * which one it follows, changes the disk cache and CPU heat it inherits. With two items: as is, then reversed.
     */
    static <T> List<T> order(List<T> items, int round) {
        int n = items.size();
        if (n <= 1) {
            return items;
        }
        int first = round % n;
        List<T> rest = new ArrayList<>();
        for (int i = 1; i < n; i++) {
            rest.add(items.get((first + i) % n));
        }
        List<T> ordered = new ArrayList<>(List.of(items.get(first)));
        ordered.addAll(order(rest, round / n));
        return ordered;
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

    /**
     * Each runtime on each workload. A layer runtime is `tasks/opt-<runtime>/bootstrap`: bench/run unzipped its layer
     * there, standing for /opt, and Lambda starts a provided.al2023 function's layer bootstrap just so. Both layers
     * run the same `llrt bundle` output (tasks/llrt-*); node its own esbuild bundle (tasks/node-*).
     */
    static List<Subject> subjects(Path root, Path tasks, String dynamoEndpoint, String s3Endpoint) {
        Map<String, String> dynamoEnv = Map.of("AWS_ENDPOINT_URL_DYNAMODB", dynamoEndpoint, "BENCH_TABLE", TABLE);
        Map<String, String> s3Env = Map.of("AWS_ENDPOINT_URL_S3", s3Endpoint, "BENCH_BUCKET", BUCKET);
        String event = "{\"name\":\"bench\"}";
        List<Subject> subjects = new ArrayList<>();
        for (Subject.Workload w : Subject.Workload.values()) {
            for (String runtime : RUNTIMES) {
                boolean node = runtime.equals("node");
                List<String> command = node ? List.of("node", root.resolve("bench/node-runtime/bootstrap.mjs").toString())
                        : List.of(tasks.resolve("opt-" + runtime).resolve("bootstrap").toString());
                Path task = tasks.resolve((node ? "node-" : "llrt-") + w.name().toLowerCase());
                subjects.add(switch (w) {
                    case HELLO -> new Subject(runtime, w, command, task, "index.handler", Map.of(), event, "Hello, bench!");
                    case DYNAMO -> new Subject(runtime, w, command, task, "index.handler", dynamoEnv, event, "\\\"name\\\":\\\"bench\\\"");
                    case S3 -> new Subject(runtime, w, command, task, "index.handler", s3Env, event, "\\\"name\\\":\\\"bench\\\"");
                });
            }
        }
        return subjects;
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

    private static final String USAGE = "usage: Bench --root DIR --tasks DIR --dist DIR --llrt-zip ZIP --llrt-jvm-zip ZIP"
            + " [--cold N] [--warm N] [--warmup N]";

    private static String required(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null) {
            throw new IllegalArgumentException("--" + name + " is missing; " + USAGE);
        }
        return value;
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 == args.length) {
                throw new IllegalArgumentException(USAGE);
            }
            options.put(args[i].substring(2), args[++i]);
        }
        return options;
    }
}
