import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One cold run of a subject: spawn the runtime with one event already queued (so its first `next` returns at
 * once, as it does for a Lambda cold start), time spawn to the first response received by the Runtime API, then
 * time `warm` invocations one after another, read the process tree's peak RSS, and kill it.
 */
final class ColdRun {
    /** Every runtime is told it is a function of this size: the layers' bootstraps size their heap from it. */
    static final String MEMORY_MB = "128";
    private static final long COLD_TIMEOUT_S = 120;
    private static final long WARM_TIMEOUT_S = 30;

    /** A successful run's figures: milliseconds and KiB. */
    record Result(double readyMs, double coldMs, double coldCpuMs, double warmMedianMs, long peakRssKb) {}

    static final class Failure extends Exception {
        Failure(String message) {
            super(message);
        }
    }

    private ColdRun() {}

    static Result run(Subject subject, int warm, Path log) throws IOException, InterruptedException, Failure {
        try (RuntimeApi api = new RuntimeApi()) {
            ProcessBuilder builder = new ProcessBuilder(subject.command())
                    .directory(subject.taskRoot().toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            lambdaEnvironment(builder.environment(), subject, api.address());

            var first = api.invoke(subject.event());
            long spawnedAt = System.nanoTime();
            Process process = builder.start();
            process.onExit().thenAccept(p -> api.runtimeExited(p.exitValue()));
            try {
                RuntimeApi.Outcome cold = await(first, COLD_TIMEOUT_S, subject, "cold invocation");
                double coldMs = (cold.receivedNanos() - spawnedAt) / 1e6;
                double readyMs = (api.firstPollNanos() - spawnedAt) / 1e6;
                // CPU time (user+sys) spent up to the first response: far less at the mercy of a loaded machine.
                double coldCpuMs = cpuMs(process.toHandle());
                api.awaitPoll(WARM_TIMEOUT_S * 1000); // the poll that fetched the cold event
                double[] warmMs = new double[warm];
                for (int i = 0; i < warm; i++) {
                    // Time the invocation alone, from a runtime already waiting in `next`, as Lambda's warm invoke.
                    if (!api.awaitPoll(WARM_TIMEOUT_S * 1000)) {
                        throw new Failure(subject.label() + ": the runtime did not poll again after invocation " + i);
                    }
                    long queuedAt = System.nanoTime();
                    RuntimeApi.Outcome outcome = await(api.invoke(subject.event()), WARM_TIMEOUT_S, subject, "warm invocation");
                    warmMs[i] = (outcome.receivedNanos() - queuedAt) / 1e6;
                }
                long rssKb = PeakRss.treeKb(process.toHandle());
                return new Result(readyMs, coldMs, coldCpuMs, warm == 0 ? Double.NaN : Stats.median(Arrays.stream(warmMs).boxed().toList()), rssKb);
            } finally {
                kill(process);
            }
        }
    }

    private static RuntimeApi.Outcome await(java.util.concurrent.CompletableFuture<RuntimeApi.Outcome> future,
                                            long timeoutS, Subject subject, String what)
            throws InterruptedException, Failure {
        RuntimeApi.Outcome outcome;
        try {
            outcome = future.get(timeoutS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            throw new Failure(subject.label() + ": no answer to the " + what + " within " + timeoutS + " s");
        } catch (ExecutionException e) {
            throw new Failure(subject.label() + ": " + e.getCause());
        }
        if (!outcome.ok()) {
            throw new Failure(subject.label() + ": " + what + " failed: " + errorSummary(outcome.body()));
        }
        if (!outcome.body().contains(subject.expect())) {
            throw new Failure(subject.label() + ": unexpected response to the " + what + ": " + abbreviate(outcome.body()));
        }
        return outcome;
    }

    private static void lambdaEnvironment(Map<String, String> env, Subject subject, String runtimeApi) {
        String path = env.getOrDefault("PATH", "/usr/bin:/bin");
        String home = env.getOrDefault("HOME", "/tmp");
        Map<String, String> llrtOptions = new java.util.TreeMap<>(env);
        llrtOptions.keySet().removeIf(name -> !name.startsWith("LLRT_"));
        env.clear(); // a Lambda function sees its own environment, not the shell that started the benchmark
        env.putAll(llrtOptions); // but the runtime's own switches (e.g. LLRT_IMAGE_REALM=0), to compare settings
        env.put("PATH", path);
        env.put("HOME", home);
        env.put("LANG", "C.UTF-8");
        env.put("TZ", ":UTC");
        env.put("AWS_LAMBDA_RUNTIME_API", runtimeApi);
        env.put("_HANDLER", subject.handler());
        env.put("LAMBDA_TASK_ROOT", subject.taskRoot().toString());
        env.put("AWS_LAMBDA_FUNCTION_NAME", "bench");
        env.put("AWS_LAMBDA_FUNCTION_VERSION", "$LATEST");
        env.put("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", MEMORY_MB);
        env.put("AWS_LAMBDA_LOG_GROUP_NAME", "/aws/lambda/bench");
        env.put("AWS_LAMBDA_LOG_STREAM_NAME", "bench");
        env.put("AWS_REGION", "us-east-1");
        env.put("AWS_DEFAULT_REGION", "us-east-1");
        env.put("AWS_ACCESS_KEY_ID", "bench");
        env.put("AWS_SECRET_ACCESS_KEY", "bench");
        env.put("AWS_SESSION_TOKEN", "bench");
        env.putAll(subject.extraEnv());
    }

    /** User+system CPU time of a process and its descendants (Linux accounts it in 10 ms ticks). */
    static double cpuMs(ProcessHandle root) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(root), root.descendants())
                .mapToLong(p -> p.info().totalCpuDuration().map(java.time.Duration::toMillis).orElse(0L)).sum();
    }

    private static void kill(Process process) throws InterruptedException {
        process.toHandle().descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
    }

    /** "errorType: errorMessage" of a Lambda error body, or the body itself when it is not one. */
    static String errorSummary(String body) {
        var type = java.util.regex.Pattern.compile("\"errorType\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"").matcher(body);
        var message = java.util.regex.Pattern.compile("\"errorMessage\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"").matcher(body);
        if (type.find() && message.find()) {
            return abbreviate(type.group(1) + ": " + message.group(1).replace("\\\"", "\""));
        }
        return abbreviate(body);
    }

    static String abbreviate(String text) {
        String oneLine = text.replaceAll("\\s+", " ").trim();
        return oneLine.length() > 300 ? oneLine.substring(0, 300) + "..." : oneLine;
    }
}
