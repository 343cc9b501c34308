package dev.llrtj.emulator;

import dev.llrtj.lambda.runtimeapi.RuntimeApi;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;

/**
 * The Lambda side of the Runtime API for one function: a FIFO of invocations handed one at a time to the current
 * runtime child, which is spawned lazily, killed on timeout and replaced after it dies. Everything here runs on
 * one Vert.x context, so no state is shared across threads.
 */
final class Sandbox {
    private static final long INIT_ERROR_GRACE_MS = 1000;
    private static final String OUT_OF_MEMORY = "Runtime.OutOfMemory";
    /** How often a runtime's peak resident memory is read against the function's memory while it lives. */
    private static final long MEMORY_CHECK_MS = 50;

    private final Vertx vertx;
    private final Context context;
    private final EmulatorConfig config;
    private final LambdaEnvironment environment;
    private final List<String> command;
    /** Resident memory over the function's memory kills the sandbox, as Lambda's cgroup does (see MemoryLimit). */
    private final boolean holdsMemory;
    private final PrintStream log;
    private final Deque<PendingInvoke> queue = new ArrayDeque<>();
    /** Which invocation a runtime's answer is for; ids already answered, so a late second answer is a 403. */
    private final RuntimeAnswers answers = new RuntimeAnswers();
    private ChildRuntime child;
    private boolean closed;
    private Runnable idleListener;

    Sandbox(Vertx vertx, Context context, EmulatorConfig config, LambdaEnvironment environment, PrintStream log) {
        this.vertx = vertx;
        this.context = context;
        this.config = config;
        this.environment = environment;
        DefaultRuntimeCommand.Choice runtime = config.runtime();
        this.command = runtime.command();
        this.holdsMemory = MemoryLimit.held(runtime);
        this.log = log;
    }

    String functionArn() {
        return environment.functionArn(config.functionName());
    }

    /** Takes an invocation (on the emulator's context): the pool hands one only to an idle sandbox. */
    void accept(PendingInvoke inv) {
        if (closed) {
            inv.result.completeExceptionally(new CancellationException("emulator closed"));
            return;
        }
        queue.add(inv);
        pump();
    }

    /**
     * The function's code changed (serve --watch): the runtime ends as soon as it is not busy, and the next
     * invocation starts a new one on the new code, a cold start as after a deploy. Safe from any thread.
     */
    void retire() {
        context.runOnContext(v -> {
            if (child != null) {
                child.stale = true;
                pump();
            }
        });
    }

    /** Called (on the context) each time this sandbox can take another invocation. */
    void onIdle(Runnable listener) {
        this.idleListener = listener;
    }

    /** Nothing queued or running here (its runtime may be starting over after a timeout or crash). */
    boolean idle() {
        return !closed && queue.isEmpty() && (child == null || child.busy == null);
    }

    /** A runtime that finished init and can take an invocation without a cold start. */
    boolean warm() {
        ChildRuntime c = child;
        return c != null && c.initialised() && !c.killedByUs && !c.initFailed && !c.stale;
    }

    boolean hasRuntime() {
        return child != null;
    }

    private void pump() {
        if (closed) {
            return;
        }
        ChildRuntime c = child;
        if (c == null) {
            if (!queue.isEmpty()) {
                spawn();
            }
        } else if (c.stale && c.busy == null && !c.killedByUs) {
            c.killedByUs = true; // ends quietly; its exit starts the next runtime when work is queued
            c.kill();
        } else if (!c.killedByUs && !c.initFailed && c.busy == null && c.parkedNext != null && !queue.isEmpty()) {
            deliver(c, queue.poll());
        }
        if (idleListener != null && idle()) {
            idleListener.run();
        }
    }

    private void spawn() {
        ChildRuntime c;
        try {
            c = ChildRuntime.spawn(command, config, environment.values(), log);
        } catch (IOException e) {
            PendingInvoke head = queue.poll();
            log.println("llrt emulator: cannot start runtime " + command + ": " + e.getMessage());
            answerUndelivered(null, head, System.nanoTime(), false,
                    LambdaMessages.exitError(head.requestId, "Runtime failed to start: " + e.getMessage()),
                    "error", "Runtime.ExitError");
            context.runOnContext(v -> pump());
            return;
        }
        child = c;
        c.initTimer = vertx.setTimer(millis(config.initTimeoutSeconds()), id -> onInitTimeout(c));
        c.process.onExit().whenComplete((p, e) -> context.runOnContext(v -> onExit(c)));
        if (holdsMemory) {
            c.memoryTimer = vertx.setPeriodic(MEMORY_CHECK_MS, id -> checkMemory(c));
        }
    }

    /** Over its memory: the sandbox dies, whatever it was doing, and what it was doing fails as Lambda fails it. */
    private void checkMemory(ChildRuntime c) {
        if (child != c || c.killedByUs || c.peakMemoryMb() <= config.memoryMb()) {
            return;
        }
        if (c.busy != null) {
            PendingInvoke inv = c.busy;
            finish(c, inv, System.nanoTime(), MemoryLimit.exceeded(inv.requestId), "error", OUT_OF_MEMORY);
        } else if (!c.initialised() && !c.initFailed && !queue.isEmpty()) {
            PendingInvoke head = queue.poll();
            answerUndelivered(c, head, c.spawnNanos, true, MemoryLimit.exceeded(head.requestId).payload(), "error",
                    OUT_OF_MEMORY);
        }
        c.killedByUs = true;
        c.kill();
    }

    private void deliver(ChildRuntime c, PendingInvoke inv) {
        HttpServerRequest next = c.parkedNext;
        c.parkedNext = null;
        c.busy = inv;
        inv.deliveredNanos = System.nanoTime();
        long deadline = System.currentTimeMillis() + millis(config.timeoutSeconds());
        log.println(LambdaMessages.startLine(inv.requestId));
        var response = next.response().setStatusCode(200)
                .putHeader("Content-Type", RuntimeApi.CONTENT_TYPE_JSON)
                .putHeader(RuntimeApi.HEADER_REQUEST_ID, inv.requestId)
                .putHeader(RuntimeApi.HEADER_DEADLINE_MS, Long.toString(deadline))
                .putHeader(RuntimeApi.HEADER_FUNCTION_ARN, functionArn())
                .putHeader(RuntimeApi.HEADER_TRACE_ID, inv.traceId)
                .putHeader(RuntimeApi.HEADER_INVOCATION_ID, inv.invocationId);
        if (inv.clientContext != null) {
            response.putHeader(RuntimeApi.HEADER_CLIENT_CONTEXT, inv.clientContext);
        }
        response.end(Buffer.buffer(inv.event));
        if (!c.initDurationReported) {
            c.peakMemoryMb(); // a first reading, should the process die during its very first invocation
        }
        inv.timeoutTimer = vertx.setTimer(millis(config.timeoutSeconds()), id -> onTimeout(c, inv));
    }

    void onNext(HttpServerRequest req) {
        ChildRuntime c = child;
        if (c == null || c.killedByUs || c.initFailed) {
            // a runtime we no longer own (or one whose init failed): tell it to exit
            RuntimeAnswers.respond(req, 500,
                    LambdaMessages.apiError("Runtime.ExitError", "sandbox is shutting down; exit"));
            return;
        }
        if (!c.initialised()) {
            c.initDoneNanos = System.nanoTime();
            vertx.cancelTimer(c.initTimer);
        }
        if ((c.parkedNext != null && c.parkedNext != req) || c.busy != null) {
            // one runtime polls one next at a time, and none while an invocation is out: this one is another local
            // process (or a confused runtime); it is told so, and the warm runtime keeps its place
            RuntimeAnswers.respond(req, 403, LambdaMessages.apiError("InvalidStateTransition",
                    c.busy != null ? "an invocation is in progress" : "another next is already waiting"));
            return;
        }
        c.parkedNext = req;
        req.response().closeHandler(v -> {
            if (c.parkedNext == req) {
                c.parkedNext = null;
            }
        });
        pump();
    }

    /** The invocation {@code requestId} answers, or null after answering the runtime 400/403 itself. */
    private PendingInvoke claim(HttpServerRequest req, String requestId) {
        ChildRuntime c = child;
        return answers.claim(req, c == null ? null : c.busy, requestId);
    }

    /** A streamed response: relayed as it arrives; the invocation ends with its last chunk (or its trailers). */
    void onStreamedResult(HttpServerRequest req, String requestId) {
        PendingInvoke inv = claim(req, requestId);
        if (inv == null) {
            return;
        }
        ChildRuntime c = child;
        StreamRelay.relay(req, inv, (result, status, errorType) -> {
            if (c.busy == inv) {
                finish(c, inv, System.nanoTime(), result, status, errorType);
            }
        });
    }

    void onResult(HttpServerRequest req, long arrivalNanos, String requestId, boolean isError, Buffer body) {
        PendingInvoke inv = claim(req, requestId);
        if (inv == null) {
            return;
        }
        ChildRuntime c = child;
        boolean streaming = RuntimeApi.RESPONSE_MODE_STREAMING.equalsIgnoreCase(
                req.getHeader(RuntimeApi.HEADER_RESPONSE_MODE));
        // body null: over the emulator's cap on any post (a streamed response too), which Lambda also refuses
        if (body == null || (!isError && !streaming && body.length() > RuntimeApi.MAX_RESPONSE_BYTES)) {
            RuntimeAnswers.respond(req, 413, LambdaMessages.apiError("RequestEntityTooLarge",
                    "Exceeded maximum allowed payload size (" + RuntimeApi.MAX_RESPONSE_BYTES + " bytes)."));
            finish(c, inv, arrivalNanos, new InvokeResult(requestId, LambdaMessages.responseTooLargeError(),
                    RuntimeApi.FUNCTION_ERROR_UNHANDLED), "error", "Function.ResponseSizeTooLarge");
            return;
        }
        RuntimeAnswers.respond(req, 202, "{\"status\":\"OK\"}".getBytes(StandardCharsets.UTF_8));
        if (isError) {
            String type = req.getHeader(RuntimeApi.HEADER_ERROR_TYPE);
            byte[] payload = body.length() > 0 ? body.getBytes()
                    : LambdaMessages.apiError(type == null ? "Unhandled" : type, "");
            // the one runtime-reported error Lambda's REPORT line names, as it does for a sandbox out of memory
            boolean outOfMemory = OUT_OF_MEMORY.equals(type);
            finish(c, inv, arrivalNanos, new InvokeResult(requestId, payload, RuntimeApi.FUNCTION_ERROR_UNHANDLED),
                    outOfMemory ? "error" : null, outOfMemory ? OUT_OF_MEMORY : null);
        } else {
            finish(c, inv, arrivalNanos, new InvokeResult(requestId, body.getBytes(), null), null, null);
        }
    }

    void onInitError(HttpServerRequest req, Buffer body) {
        ChildRuntime c = child;
        if (c == null || c.killedByUs || c.initFailed) {
            RuntimeAnswers.respond(req, 500,
                    LambdaMessages.apiError("Runtime.ExitError", "sandbox is shutting down; exit"));
            return;
        }
        if (c.initialised()) {
            RuntimeAnswers.respond(req, 403,
                    LambdaMessages.apiError("InvalidStateTransition", "init already finished"));
            return;
        }
        c.initFailed = true;
        vertx.cancelTimer(c.initTimer);
        RuntimeAnswers.respond(req, 202, "{\"status\":\"OK\"}".getBytes(StandardCharsets.UTF_8));
        String type = req.getHeader(RuntimeApi.HEADER_ERROR_TYPE);
        byte[] payload = body.length() > 0 ? body.getBytes()
                : LambdaMessages.apiError(type == null ? "Runtime.Unknown" : type, "init failed");
        PendingInvoke head = queue.poll();
        if (head != null) {
            answerUndelivered(c, head, c.spawnNanos, true, payload, "error",
                    type == null ? "Runtime.Unknown" : type);
        }
        // the runtime is meant to exit by itself now; make sure it does
        vertx.setTimer(INIT_ERROR_GRACE_MS, id -> {
            if (c.process.isAlive()) {
                c.kill();
            }
        });
    }

    private void onTimeout(ChildRuntime c, PendingInvoke inv) {
        if (c.busy != inv) {
            return;
        }
        c.killedByUs = true;
        log.println(LambdaMessages.timeoutMessage(inv.requestId, config.timeoutSeconds()));
        finish(c, inv, System.nanoTime(), new InvokeResult(inv.requestId,
                LambdaMessages.timeoutError(inv.requestId, config.timeoutSeconds()),
                RuntimeApi.FUNCTION_ERROR_UNHANDLED), "timeout", null);
        c.kill();
    }

    private void onInitTimeout(ChildRuntime c) {
        if (child != c || c.initialised() || c.initFailed || c.killedByUs) {
            return;
        }
        c.killedByUs = true;
        PendingInvoke head = queue.poll();
        if (head != null) {
            answerUndelivered(c, head, c.spawnNanos, true,
                    LambdaMessages.initTimeoutError(config.initTimeoutSeconds()), "timeout", "Runtime.InitTimeout");
        }
        c.kill();
    }

    private void onExit(ChildRuntime c) {
        if (child != c) {
            return;
        }
        child = null;
        vertx.cancelTimer(c.initTimer);
        vertx.cancelTimer(c.memoryTimer);
        if (c.parkedNext != null) {
            c.parkedNext.connection().close();
            c.parkedNext = null;
        }
        int code = c.process.exitValue();
        if (!c.killedByUs && !c.initFailed && !closed) {
            log.println("llrt emulator: runtime process " + c.process.pid() + " exited: "
                    + LambdaMessages.exitReason(code));
        }
        if (c.busy != null) {
            PendingInvoke inv = c.busy;
            finish(c, inv, System.nanoTime(), new InvokeResult(inv.requestId,
                    LambdaMessages.exitError(inv.requestId, LambdaMessages.exitReason(code)),
                    RuntimeApi.FUNCTION_ERROR_UNHANDLED), "error", "Runtime.ExitError");
        } else if (!c.killedByUs && !c.initFailed && !c.initialised() && !queue.isEmpty()) {
            PendingInvoke head = queue.poll();
            answerUndelivered(c, head, c.spawnNanos, true,
                    LambdaMessages.exitError(head.requestId, LambdaMessages.exitReason(code)),
                    "error", "Runtime.ExitError");
        }
        pump();
    }

    /**
     * An invocation the runtime did receive: Duration runs from delivery to its answer. The caller gets the answer
     * before the REPORT line, because reading /proc for the memory figure costs milliseconds.
     */
    private void finish(ChildRuntime c, PendingInvoke inv, long endNanos, InvokeResult result, String status,
                        String errorType) {
        vertx.cancelTimer(inv.timeoutTimer);
        if (holdsMemory && !c.killedByUs && c.peakMemoryMb() > config.memoryMb()) {
            // went over between two checks: Lambda would have killed it before this answer got out
            result = MemoryLimit.exceeded(inv.requestId);
            status = "error";
            errorType = OUT_OF_MEMORY;
            c.kill();
        }
        c.busy = null;
        answers.answered(inv.requestId);
        double durationMs = (endNanos - inv.deliveredNanos) / 1e6;
        double initMs = -1;
        if (!c.initDurationReported && c.initialised()) {
            initMs = c.initDurationMs();
            c.initDurationReported = true;
        }
        inv.result.complete(result);
        log.println(LambdaMessages.endLine(inv.requestId));
        log.println(LambdaMessages.reportLine(inv.requestId, durationMs, config.memoryMb(), c.peakMemoryMb(), initMs,
                status, errorType));
        pump();
    }

    /** An invocation that failed during init: it never reached the handler, its time was all init. */
    private void answerUndelivered(ChildRuntime c, PendingInvoke inv, long sinceNanos, boolean wasInit, byte[] payload,
                                   String status, String errorType) {
        answers.answered(inv.requestId);
        double durationMs = (System.nanoTime() - sinceNanos) / 1e6;
        double initMs = wasInit ? durationMs : -1;
        inv.result.complete(new InvokeResult(inv.requestId, payload, RuntimeApi.FUNCTION_ERROR_UNHANDLED));
        log.println(LambdaMessages.startLine(inv.requestId));
        log.println(LambdaMessages.endLine(inv.requestId));
        log.println(LambdaMessages.reportLine(inv.requestId, durationMs, config.memoryMb(),
                c == null ? 0 : c.peakMemoryMb(), initMs, status, errorType));
    }

    /** Stops taking work, fails what is queued, kills the runtime and waits (bounded) for it to go. */
    void close() {
        ChildRuntime[] current = new ChildRuntime[1];
        var done = new java.util.concurrent.CompletableFuture<Void>();
        context.runOnContext(v -> {
            closed = true;
            for (PendingInvoke inv; (inv = queue.poll()) != null; ) {
                inv.result.completeExceptionally(new CancellationException("emulator closed"));
            }
            current[0] = child;
            if (child != null) {
                if (child.busy != null) {
                    child.busy.result.completeExceptionally(new CancellationException("emulator closed"));
                }
                child.kill();
            }
            done.complete(null);
        });
        try {
            done.get(5, TimeUnit.SECONDS);
            if (current[0] != null) {
                current[0].process.waitFor(5, TimeUnit.SECONDS);
            }
        } catch (Exception e) {
            // best effort: the JVM is going away too
        }
    }

    private static long millis(double seconds) {
        return Math.max(1, Math.round(seconds * 1000));
    }
}
