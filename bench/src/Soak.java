import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The soak benchmark (bench/soak): one runtime process per load against the harness's Runtime API (RuntimeApi.java),
 * N invocations one after another, checking every answer. Every `every` invocations it reads the process's resident
 * memory (VmRSS) and its live heap after a full collection (jcmd GC.run, then GC.heap_info: what the collection left
 * in the generations, metaspace excluded). Loads: "handler" (a small answer built from the event) and "fetch" (one
 * fetch of a 50-item JSON document from a loopback server and a sum over it). A lost invocation is one with no
 * answer, an error, or a wrong answer. Prints a Markdown table per load and the verdict: live heap flat within 10%
 * from invocation 1,000 to the last, 0 lost.
 */
final class Soak {
    private static final Pattern GENERATION_USED = Pattern.compile(
            "(?m)^\\s*(?:DefNew|Tenured|def new generation|tenured generation)\\s+total \\d+K, used (\\d+)K");
    private static final Pattern VM_RSS = Pattern.compile("VmRSS:\\s+(\\d+) kB");

    record Checkpoint(int invocations, double rssMb, double liveMb) {}

    record Result(String load, List<Checkpoint> checkpoints, List<Double> latenciesMs, int lost) {}

    public static void main(String[] args) throws Exception {
        Path task = null;
        List<String> runtime = new ArrayList<>();
        int invocations = 10_000;
        int every = 500;
        boolean heap = true;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--task" -> task = Path.of(args[++i]);
                case "--invocations" -> invocations = Integer.parseInt(args[++i]);
                case "--every" -> every = Integer.parseInt(args[++i]);
                // the native executable has no attach listener: each jcmd would wait for nothing (4 min of 4.5)
                case "--no-heap" -> heap = false;
                case "--" -> {
                    runtime.addAll(List.of(args).subList(i + 1, args.length));
                    i = args.length;
                }
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (task == null || runtime.isEmpty()) {
            throw new IllegalArgumentException("usage: Soak --task DIR [--invocations N] [--every N] [--no-heap] -- runtime command...");
        }
        HttpServer json = jsonServer();
        try {
            String url = "http://127.0.0.1:" + json.getAddress().getPort() + "/items";
            List<Result> results = List.of(
                    soak("handler", runtime, task, invocations, every, heap, n -> "{\"n\":" + n + "}", Soak::handlerAnswerOk),
                    soak("fetch", runtime, task, invocations, every, heap, n -> "{\"n\":" + n + ",\"url\":\"" + url + "\"}", Soak::fetchAnswerOk));
            boolean pass = true;
            for (Result r : results) {
                pass &= print(r, every);
            }
            System.out.println(pass ? "PASS" : "FAIL");
            System.exit(pass ? 0 : 1);
        } finally {
            json.stop(0);
        }
    }

    interface Answer {
        boolean ok(int n, String body);
    }

    private static Result soak(String load, List<String> command, Path task, int invocations, int every, boolean heap,
                               java.util.function.IntFunction<String> event, Answer check) throws Exception {
        System.err.println("soak: " + load + ": " + invocations + " invocations...");
        try (RuntimeApi api = new RuntimeApi()) {
            Path log = Files.createTempFile("llrt-soak-" + load, ".log");
            ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
            pb.environment().put("AWS_LAMBDA_RUNTIME_API", api.address());
            pb.environment().put("_HANDLER", "index.handler");
            pb.environment().put("LAMBDA_TASK_ROOT", task.toString());
            pb.environment().put("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", System.getenv().getOrDefault("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", "128"));
            Process process = pb.directory(task.toFile()).start();
            process.onExit().thenAccept(p -> api.runtimeExited(p.exitValue()));
            List<Checkpoint> checkpoints = new ArrayList<>();
            List<Double> latencies = new ArrayList<>();
            int lost = 0;
            try {
                for (int n = 1; n <= invocations; n++) {
                    long start = System.nanoTime();
                    RuntimeApi.Outcome outcome;
                    try {
                        outcome = api.invoke(event.apply(n)).get(30, TimeUnit.SECONDS);
                    } catch (java.util.concurrent.TimeoutException e) {
                        outcome = new RuntimeApi.Outcome(false, "no answer in 30 s", System.nanoTime());
                    }
                    latencies.add((outcome.receivedNanos() - start) / 1e6);
                    if (!outcome.ok() || !check.ok(n, outcome.body())) {
                        if (lost++ < 5) {
                            System.err.println("soak: " + load + " #" + n + " lost: " + outcome.body());
                        }
                        if (!process.isAlive()) {
                            lost += invocations - n;
                            System.err.println("soak: the runtime exited; its log: " + log);
                            break;
                        }
                    }
                    if (n % every == 0) {
                        checkpoints.add(new Checkpoint(n, rssMb(process.pid()), heap ? liveHeapMb(process.pid()) : Double.NaN));
                    }
                }
            } finally {
                process.destroy();
                process.waitFor(10, TimeUnit.SECONDS);
                process.destroyForcibly();
            }
            return new Result(load, checkpoints, latencies, lost);
        }
    }

    private static boolean handlerAnswerOk(int n, String body) {
        return body.startsWith("{\"n\":" + n + ",") && body.contains("\"text\":\"w0-" + n + " ") && body.contains("w19-" + n + "\"");
    }

    private static boolean fetchAnswerOk(int n, String body) {
        return body.equals("{\"n\":" + n + ",\"items\":50,\"sum\":1275}");
    }

    /** 50 items {"id":"item-i","v":i}, i = 1..50: their sum is 1275. */
    private static HttpServer jsonServer() throws IOException {
        StringBuilder items = new StringBuilder("{\"items\":[");
        for (int i = 1; i <= 50; i++) {
            items.append(i > 1 ? "," : "").append("{\"id\":\"item-").append(i).append("\",\"v\":").append(i).append('}');
        }
        byte[] body = items.append("]}").toString().getBytes(StandardCharsets.UTF_8);
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        server.setExecutor(java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/items", exchange -> {
            try (exchange) {
                exchange.getRequestBody().readAllBytes();
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
            }
        });
        server.start();
        return server;
    }

    private static double rssMb(long pid) throws IOException {
        Matcher m = VM_RSS.matcher(Files.readString(Path.of("/proc", Long.toString(pid), "status")));
        return m.find() ? Long.parseLong(m.group(1)) / 1024.0 : Double.NaN;
    }

    /** NaN when the runtime cannot be asked (the native executable has no attach listener). */
    private static double liveHeapMb(long pid) throws Exception {
        String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
        if (run(jcmd, Long.toString(pid), "GC.run") == null) {
            return Double.NaN;
        }
        String info = run(jcmd, Long.toString(pid), "GC.heap_info");
        if (info == null) {
            return Double.NaN;
        }
        long usedKb = 0;
        Matcher m = GENERATION_USED.matcher(info);
        boolean any = false;
        while (m.find()) {
            usedKb += Long.parseLong(m.group(1));
            any = true;
        }
        return any ? usedKb / 1024.0 : Double.NaN;
    }

    private static String run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0 ? out : null;
    }

    /** The table and the verdict for one load; true when it passes. */
    private static boolean print(Result r, int every) {
        System.out.println();
        System.out.println("### " + r.load() + ": " + r.latenciesMs().size() + " invocations");
        System.out.println();
        System.out.println("| invocations | RSS (MB) | live heap after GC (MB) |");
        System.out.println("| ---: | ---: | ---: |");
        for (Checkpoint c : r.checkpoints()) {
            System.out.printf("| %d | %.1f | %.2f |%n", c.invocations(), c.rssMb(), c.liveMb());
        }
        List<Double> sorted = new ArrayList<>(r.latenciesMs());
        Collections.sort(sorted);
        double p50 = sorted.isEmpty() ? Double.NaN : sorted.get(sorted.size() / 2);
        double p99 = sorted.isEmpty() ? Double.NaN : sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(sorted.size() * 0.99) - 1));
        System.out.println();
        System.out.printf("latency p50 %.2f ms, p99 %.2f ms; lost %d%n", p50, p99, r.lost());
        List<Checkpoint> fromThousand = r.checkpoints().stream().filter(c -> c.invocations() >= 1000).toList();
        if (fromThousand.isEmpty() || Double.isNaN(fromThousand.get(0).liveMb())) {
            System.out.println("live heap: not measured (fewer than 1,000 invocations, or no jcmd access)");
            return r.lost() == 0;
        }
        double base = fromThousand.get(0).liveMb();
        double worst = fromThousand.stream().mapToDouble(c -> Math.abs(c.liveMb() - base) / base).max().orElse(0);
        double last = fromThousand.getLast().liveMb();
        boolean flat = worst <= 0.10;
        System.out.printf("live heap from 1,000 to %d: %.2f -> %.2f MB, largest deviation %.1f%% (%s); RSS %.1f -> %.1f MB%n",
                fromThousand.getLast().invocations(), base, last, worst * 100, flat ? "flat" : "NOT flat",
                fromThousand.get(0).rssMb(), fromThousand.getLast().rssMb());
        return flat && r.lost() == 0;
    }
}
