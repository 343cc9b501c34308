package dev.llrtj.lambda.thirdparty;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A Lambda Runtime API server that this project did not write — {@code @vercel/fun}'s {@code RuntimeServer}
 * (npm, pinned in the test resource package.json) — run in a Node child process on 127.0.0.1, so tests can prove
 * the runtime against somebody else's reading of the protocol rather than only our own emulator.
 *
 * <p>Two ways to run a runtime under it:
 * <ul>
 *   <li>{@link #startServer()} then {@link #runtimeCommand}: fun only serves the API; the test starts the
 *       runtime with {@code AWS_LAMBDA_RUNTIME_API} = {@link #runtimeApi()}.</li>
 *   <li>{@link #spawnRuntime}: fun itself starts the runtime as a {@code provided} function's bootstrap, with
 *       the environment fun builds (_HANDLER, LAMBDA_TASK_ROOT, TZ=:UTC, ...) and SIGSTOP/SIGCONT between
 *       invocations, as Lambda freezes a sandbox.</li>
 * </ul>
 *
 * <p>Quirks of this server a runtime must survive: {@code Lambda-Runtime-Deadline-Ms} is the constant
 * {@code 5000} rather than an epoch time; the next response has no Content-Type; the request id in the
 * response/error path is not checked; no trace id, client context or cognito headers are sent.
 */
public final class ThirdPartyRuntimeApi implements AutoCloseable {
    /** What fun reports for one invocation: {@code functionError} is null on success, "Handled" for /error,
     *  "Unhandled" when the runtime failed init or exited mid-invocation. */
    public record Invocation(int statusCode, String functionError, String payload) {
        public boolean isError() {
            return functionError != null;
        }
    }

    private static final String MARK = "@@fun-driver@@ ";
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration EXIT_GRACE = Duration.ofSeconds(2);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path workDir;
    private final Process driver;
    private final Writer driverIn;
    private final Map<Integer, CompletableFuture<Invocation>> pending = new ConcurrentHashMap<>();
    private final AtomicInteger nextId = new AtomicInteger(1);
    private final CompletableFuture<String> ready = new CompletableFuture<>();
    private final CompletableFuture<Invocation> initError = new CompletableFuture<>();
    private final List<Process> runtimes = new CopyOnWriteArrayList<>();

    private ThirdPartyRuntimeApi(Path workDir, List<String> driverArgs, Map<String, String> driverEnv) throws IOException {
        this.workDir = workDir;
        Path home = FunDriverInstall.ensureInstalled();
        List<String> cmd = new ArrayList<>(List.of("node", home.resolve("fun-driver.js").toString()));
        cmd.addAll(driverArgs);
        ProcessBuilder pb = new ProcessBuilder(cmd)
                .directory(workDir.toFile())
                .redirectError(workDir.resolve("driver.log").toFile());
        // fun copies its runtime shims into the XDG cache: keep that out of the user's home.
        pb.environment().put("XDG_CACHE_HOME", home.resolve(".fun-cache").toString());
        pb.environment().putAll(driverEnv);
        this.driver = pb.start();
        this.driverIn = new java.io.OutputStreamWriter(driver.getOutputStream(), StandardCharsets.UTF_8);
        Thread reader = new Thread(this::readDriver, "fun-driver-reader");
        reader.setDaemon(true);
        reader.start();
        awaitReady();
    }

    /** Starts fun's Runtime API server alone, on a free port of 127.0.0.1. */
    public static ThirdPartyRuntimeApi startServer() throws IOException {
        return new ThirdPartyRuntimeApi(Files.createTempDirectory("llrt-thirdparty-"), List.of("server"), Map.of());
    }

    /**
     * Lets fun start {@code command} itself, as the bootstrap of a {@code provided} function whose handler is
     * {@code handler}. {@code env} must avoid the names Lambda reserves (AWS_REGION, TZ, _HANDLER, ...): fun
     * refuses them, as Lambda does. The runtime's output goes to {@link #runtimeLog()}.
     */
    public static ThirdPartyRuntimeApi spawnRuntime(List<String> command, Map<String, String> env, String handler)
            throws IOException {
        Path work = Files.createTempDirectory("llrt-thirdparty-");
        Path task = Files.createDirectory(work.resolve("task"));
        Path bootstrap = task.resolve("bootstrap");
        StringBuilder script = new StringBuilder("#!/bin/sh\nexec");
        for (String arg : command) {
            script.append(' ').append(shellQuote(arg));
        }
        script.append(" >>").append(shellQuote(work.resolve("runtime.log").toString())).append(" 2>&1\n");
        Files.writeString(bootstrap, script);
        if (!bootstrap.toFile().setExecutable(true)) {
            throw new IOException("cannot make " + bootstrap + " executable");
        }
        Map<String, String> driverEnv = Map.of(
                "FUN_DRIVER_ENV", JSON.writeValueAsString(env),
                "FUN_DRIVER_HANDLER", handler);
        return new ThirdPartyRuntimeApi(work, List.of("spawn", task.toString(), "llrt-test"), driverEnv);
    }

    /** host:port to give a runtime as AWS_LAMBDA_RUNTIME_API (server mode only). */
    public String runtimeApi() {
        String api = ready.getNow(null);
        if (api == null || api.isEmpty()) {
            throw new IllegalStateException("fun chooses the runtime API address itself in spawn mode");
        }
        return api;
    }

    /**
     * Starts any process as the runtime, with AWS_LAMBDA_RUNTIME_API pointed at this server (server mode).
     * Its stdout and stderr go to {@link #runtimeLog()}; {@link #close()} ends it. If it exits while
     * invocations are pending, they fail instead of hanging.
     */
    public Process runtimeCommand(List<String> command, Map<String, String> env) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(command)
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(workDir.resolve("runtime.log").toFile()));
        pb.environment().putAll(env);
        pb.environment().put("AWS_LAMBDA_RUNTIME_API", runtimeApi());
        Process runtime = pb.start();
        runtimes.add(runtime);
        // The driver may relay the last result just after the runtime exits: give it a moment.
        runtime.onExit().thenRun(() -> CompletableFuture.delayedExecutor(EXIT_GRACE.toMillis(), TimeUnit.MILLISECONDS)
                .execute(() -> failPending("runtime exited with code " + runtime.exitValue())));
        return runtime;
    }

    /** Queues one event (JSON text); fun hands events to the runtime one at a time, in order. */
    public CompletableFuture<Invocation> invoke(String eventJson) {
        int id = nextId.getAndIncrement();
        CompletableFuture<Invocation> result = new CompletableFuture<>();
        pending.put(id, result);
        try {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("id", id);
            line.put("payload", eventJson);
            synchronized (driverIn) {
                driverIn.write(JSON.writeValueAsString(line) + "\n");
                driverIn.flush();
            }
        } catch (IOException e) {
            pending.remove(id);
            result.completeExceptionally(e);
        }
        return result;
    }

    /** Queues all events and waits, at most {@code timeout} in all, for their results in the same order. */
    public List<Invocation> invokeAll(List<String> events, Duration timeout)
            throws InterruptedException, ExecutionException, TimeoutException {
        List<CompletableFuture<Invocation>> futures = events.stream().map(this::invoke).toList();
        long deadline = System.nanoTime() + timeout.toNanos();
        List<Invocation> results = new ArrayList<>();
        for (CompletableFuture<Invocation> f : futures) {
            long left = Math.max(0, deadline - System.nanoTime());
            try {
                results.add(f.get(left, TimeUnit.NANOSECONDS));
            } catch (TimeoutException e) {
                TimeoutException t = new TimeoutException("got " + results.size() + " of " + events.size()
                        + " results in " + timeout + "; runtime log:\n" + runtimeLog() + "\ndriver log:\n" + driverLog());
                t.initCause(e);
                throw t;
            }
        }
        return results;
    }

    /** Completes when the runtime posts /runtime/init/error (server mode; in spawn mode fun reports an init
     *  error as the first invocation's "Unhandled" result instead). */
    public CompletableFuture<Invocation> initError() {
        return initError;
    }

    public String runtimeLog() {
        return readIfPresent(workDir.resolve("runtime.log"));
    }

    public String driverLog() {
        return readIfPresent(workDir.resolve("driver.log"));
    }

    @Override
    public void close() {
        try {
            driverIn.close(); // end of stdin: the driver closes fun's server (and its spawned runtime) and exits
        } catch (IOException ignored) {
            // already gone
        }
        for (Process runtime : runtimes) {
            stop(runtime);
        }
        try {
            if (!driver.waitFor(5, TimeUnit.SECONDS)) {
                stop(driver);
            }
        } catch (InterruptedException e) {
            stop(driver);
            Thread.currentThread().interrupt();
        }
        failPending("harness closed");
        deleteTree(workDir);
    }

    private void awaitReady() throws IOException {
        try {
            ready.get(READY_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            close();
            throw new IOException("interrupted while starting fun", e);
        } catch (ExecutionException | TimeoutException e) {
            String log = driverLog();
            close();
            throw new IOException("fun's Runtime API server did not start: " + e.getMessage() + "\n" + log, e);
        }
    }

    private void readDriver() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(driver.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                // A spawned runtime shares the driver's stdout; our messages are the marked lines.
                int at = line.indexOf(MARK);
                if (at >= 0) {
                    onMessage(JSON.readTree(line.substring(at + MARK.length())));
                }
            }
        } catch (IOException | RuntimeException e) {
            ready.completeExceptionally(e);
        }
        ready.completeExceptionally(new IOException("fun driver exited"));
        failPending("fun driver exited");
    }

    private void onMessage(JsonNode msg) {
        switch (msg.path("type").asText()) {
            case "ready" -> ready.complete(msg.path("runtimeApi").asText(""));
            case "result" -> {
                CompletableFuture<Invocation> f = pending.remove(msg.path("id").asInt());
                if (f != null) {
                    f.complete(toInvocation(msg.path("result")));
                }
            }
            case "initError" -> initError.complete(toInvocation(msg.path("result")));
            case "fatal" -> ready.completeExceptionally(new IOException(msg.path("message").asText()));
            default -> { /* a newer driver's message: nothing to do */ }
        }
    }

    private static Invocation toInvocation(JsonNode r) {
        JsonNode err = r.get("FunctionError");
        return new Invocation(r.path("StatusCode").asInt(), err == null || err.isNull() ? null : err.asText(),
                r.path("Payload").asText());
    }

    private void failPending(String why) {
        for (Integer id : List.copyOf(pending.keySet())) {
            CompletableFuture<Invocation> f = pending.remove(id);
            if (f != null) {
                f.completeExceptionally(new IOException(why + "; runtime log:\n" + runtimeLog()));
            }
        }
    }

    private static void stop(Process p) {
        p.descendants().forEach(ProcessHandle::destroy);
        p.destroy();
        try {
            if (!p.waitFor(3, TimeUnit.SECONDS)) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
            }
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private static String shellQuote(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }

    private static String readIfPresent(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temp dir left behind is harmless
        }
    }
}
