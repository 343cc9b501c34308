package dev.llrtj.loop;

import dev.llrtj.engine.Engine;
import dev.llrtj.engine.JsErrors;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.mozilla.javascript.Context;

/**
 * One JS thread. Work from any thread enters through {@link #execute}; after every task the nextTick queue and
 * the Promise job queue are drained (ticks first, as Node does), then unhandled rejections are reported, then
 * the idle listener runs when nothing that keeps the loop alive is pending.
 */
public final class EventLoop implements AutoCloseable {
    private static final int MEMORY_RESERVE_BYTES = 1024 * 1024;
    private final Vertx vertx;
    private final io.vertx.core.Context vertxContext;
    private final Thread thread;
    private final Context cx;
    private final ArrayDeque<Runnable> ticks = new ArrayDeque<>();
    private final CompletableFuture<Integer> exit = new CompletableFuture<>();
    private volatile boolean closing;
    private final AtomicInteger refs = new AtomicInteger(); // ref'd timers, pending I/O and queued foreign tasks: what keeps `llrt file.js` running
    // until a realm installs Node's rules: a failure nobody handles ends the process instead of hanging it
    private Consumer<Throwable> uncaughtHandler = t -> {
        System.err.println("llrt: " + JsErrors.describe(t).headline());
        exit(1);
    };
    private BiConsumer<Object, Object> rejectionHandler = (reason, promise) -> {};
    private Runnable idleListener;
    /**
     * Room set aside for reporting an OutOfMemoryError: the user's data is still reachable when the heap runs out,
     * so printing the message or posting the failure to the Runtime API would itself run out without it.
     */
    private byte[] memoryReserve = new byte[MEMORY_RESERVE_BYTES];
    private Consumer<OutOfMemoryError> outOfMemoryHandler = e -> {
        System.err.println(OutOfMemory.message(e));
        exit(OutOfMemory.EXIT_CODE);
    };
    private final LoopTimers timers;
    private final Map<Class<?>, Object> services = new HashMap<>(); // per-loop singletons created on first use (the HTTP client)

    private EventLoop(Vertx vertx, io.vertx.core.Context vertxContext, Thread thread, Context cx) {
        this.vertx = vertx;
        this.vertxContext = vertxContext;
        this.thread = thread;
        this.cx = cx;
        this.timers = new LoopTimers(this, vertxContext, refs);
    }

    /** A new loop on its own Vert.x instance with one event-loop thread, the Rhino Context entered on it. */
    public static EventLoop start() {
        System.setProperty("vertx.disableDnsResolver", "true");
        System.setProperty("vertx.disableFileCPResolving", "true");
        Vertx vertx = Vertx.vertx(new VertxOptions()
                .setEventLoopPoolSize(1)
                .setWorkerPoolSize(4)
                .setInternalBlockingPoolSize(2)
                // a long synchronous handler is the user's business, not a warning
                .setMaxEventLoopExecuteTime(Long.MAX_VALUE)
                .setMaxEventLoopExecuteTimeUnit(TimeUnit.NANOSECONDS)
                .setBlockedThreadCheckInterval(TimeUnit.DAYS.toMillis(1)));
        io.vertx.core.Context vertxContext = vertx.getOrCreateContext();
        CompletableFuture<EventLoop> ready = new CompletableFuture<>();
        vertxContext.runOnContext(v -> {
            try {
                ready.complete(new EventLoop(vertx, vertxContext, Thread.currentThread(), Engine.enter()));
            } catch (Throwable t) {
                ready.completeExceptionally(t);
            }
        });
        EventLoop loop = ready.join();
        loop.exitWhenTheThreadDies();
        return loop;
    }

    /**
     * The last line of defence: a Throwable that escapes every task (an OutOfMemoryError inside Vert.x or Netty's
     * own code, where no task of ours can catch it) ends Netty's loop thread, and with no loop left to run the
     * process would stay, answering nothing. Its termination ends the process instead.
     */
    private void exitWhenTheThreadDies() {
        ((io.vertx.core.internal.ContextInternal) vertxContext).nettyEventLoop().terminationFuture().addListener(f -> {
            if (!exit.isDone() && !closing) {
                memoryReserve = null;
                System.err.println("llrt: the event loop thread ended unexpectedly (" + OutOfMemory.heapLimit() + "); exiting");
                exit(OutOfMemory.EXIT_CODE);
            }
        });
    }

    public Vertx vertx() {
        return vertx;
    }

    /** The Rhino Context; only to be used on the loop thread. */
    public Context cx() {
        assertInLoop();
        return cx;
    }

    public boolean inLoop() {
        return Thread.currentThread() == thread;
    }

    public void assertInLoop() {
        if (!inLoop()) {
            throw new IllegalStateException("JS work must run on the event loop thread, not " + Thread.currentThread());
        }
    }

    /** Runs {@code task} as a macrotask on the loop; from any thread. Keeps the loop alive until it ran. */
    public void execute(Runnable task) {
        refs.incrementAndGet();
        vertxContext.runOnContext(v -> {
            refs.decrementAndGet();
            runTask(task);
        });
    }

    /** Runs {@code task} on the loop and hands its result to the caller's thread. */
    public <T> CompletableFuture<T> submit(Callable<T> task) {
        CompletableFuture<T> result = new CompletableFuture<>();
        execute(() -> {
            try {
                result.complete(task.call());
            } catch (Throwable t) {
                result.completeExceptionally(t);
            }
        });
        return result;
    }

    /**
     * Runs blocking {@code work} off the loop; {@code onLoop} then runs on the loop, as a task of its own, with its
     * result or failure. The worker itself posts that task: a listener on executeBlocking's future runs at once,
     * inside the caller's task, when quick work (a missing file) is done before the listener is added, and the
     * idle check after that nested task saw nothing pending and ended the process mid-task.
     */
    public <T> void blocking(Callable<T> work, BiConsumer<T, Throwable> onLoop) {
        ref();
        vertx.executeBlocking(() -> {
            T result = null;
            Throwable failure = null;
            try {
                result = work.call();
            } catch (Throwable t) {
                failure = t;
            }
            T value = result;
            Throwable error = failure;
            vertxContext.runOnContext(v -> {
                unref();
                runTask(() -> onLoop.accept(value, error));
            });
            return null;
        }, false);
    }

    /** The loop's one {@code type}, made by {@code create} on first use; loop thread only. */
    public <T> T service(Class<T> type, java.util.function.Function<EventLoop, T> create) {
        assertInLoop();
        Object existing = services.get(type);
        if (existing == null) {
            existing = create.apply(this);
            services.put(type, existing);
        }
        return type.cast(existing);
    }

    /** Whether {@link #service} has made a {@code type} yet (cold start checks that nothing eager crept in). */
    public boolean hasService(Class<?> type) {
        return services.containsKey(type);
    }

    public void ref() {
        refs.incrementAndGet();
    }

    public void unref() {
        refs.decrementAndGet();
    }

    public long setTimer(long delayMs, boolean repeat, Runnable callback) {
        assertInLoop();
        return timers.add(Math.max(1, delayMs), repeat, callback);
    }

    /** setImmediate: runs after the current task and its microtasks, before timers due later. */
    public long setImmediate(Runnable callback) {
        assertInLoop();
        return timers.addImmediate(callback);
    }

    public void clearTimer(long id) {
        timers.clear(id);
    }

    /** Timeout.ref()/unref(): an unref'd timer does not keep the process alive. */
    public void refTimer(long id, boolean ref) {
        timers.ref(id, ref);
    }

    public boolean hasTimerRef(long id) {
        return timers.hasRef(id);
    }

    /** Timeout.refresh(): restart the countdown with the same delay. */
    public void refreshTimer(long id) {
        timers.refresh(id);
    }

    public void nextTick(Runnable callback) {
        ticks.add(callback);
    }

    public void queueMicrotask(Runnable callback) {
        cx.enqueueMicrotask(() -> guarded(callback));
    }

    public void setUncaughtHandler(Consumer<Throwable> handler) {
        this.uncaughtHandler = handler;
    }

    public void setRejectionHandler(Consumer<Object> handler) {
        this.rejectionHandler = (reason, promise) -> handler.accept(reason);
    }

    /** As Node's 'unhandledRejection': the reason and the promise that nobody handled. */
    public void setRejectionHandler(BiConsumer<Object, Object> handler) {
        this.rejectionHandler = handler;
    }

    /**
     * What to do when the heap runs out on the loop: the default prints a message and exits with
     * {@link OutOfMemory#EXIT_CODE}; the Lambda loop fails the invocation first. No JS runs after it: the heap that
     * ran out still holds what filled it.
     */
    public void setOutOfMemoryHandler(Consumer<OutOfMemoryError> handler) {
        this.outOfMemoryHandler = handler;
    }

    /** Called after a task when nothing ref'd is pending (used by `llrt file.js` to exit, by tests to settle). */
    public void setIdleListener(Runnable listener) {
        this.idleListener = listener;
    }

    public boolean isIdle() {
        return refs.get() <= 0 && ticks.isEmpty();
    }

    public void runTask(Runnable task) {
        if (exit.isDone()) {
            return; // process.exit() was called: nothing more runs
        }
        guarded(task);
        drain();
        Runnable listener = idleListener;
        if (listener != null && isIdle() && !exit.isDone()) {
            guarded(listener);
            drain();
        }
    }

    /** Drains ticks and Promise jobs until both are empty, then reports rejections nobody handled. */
    public void drain() {
        do {
            do {
                Runnable tick;
                while ((tick = ticks.poll()) != null) {
                    guarded(tick);
                }
                guarded(cx::processMicrotasks);
            } while (!ticks.isEmpty() && !exit.isDone());
            RejectionTracker.drain(cx, (reason, promise) -> guarded(() -> rejectionHandler.accept(reason, promise)));
        } while (!ticks.isEmpty() && !exit.isDone());
    }

    private void guarded(Runnable task) {
        if (exit.isDone()) {
            return;
        }
        try {
            task.run();
        } catch (ProcessExit e) {
            exit(e.code());
        } catch (OutOfMemoryError e) {
            outOfMemory(e);
        } catch (Throwable t) {
            reportUncaught(t);
        }
    }

    /** Once only; whatever the handler does, the process ends (a second OutOfMemoryError included). */
    private void outOfMemory(OutOfMemoryError e) {
        if (memoryReserve == null) {
            exit(OutOfMemory.EXIT_CODE);
            return;
        }
        memoryReserve = null;
        try {
            outOfMemoryHandler.accept(e);
        } catch (Throwable again) {
            exit(OutOfMemory.EXIT_CODE);
        }
    }

    private void reportUncaught(Throwable t) {
        try {
            uncaughtHandler.accept(t);
        } catch (ProcessExit e) { // the handler's usual way out: print, then process.exit(1)
            exit(e.code());
        } catch (OutOfMemoryError e) { // reporting the failure ran the heap out
            outOfMemory(e);
        } catch (Throwable again) {
            // the handler itself failed (an 'uncaughtException' listener threw): Node prints it and exits 7
            System.err.println("llrt: " + JsErrors.describe(again).headline());
            exit(7);
        }
    }

    /** Completes {@link #exitCode()}; the process owner decides what exiting means. */
    public void exit(int code) {
        exit.complete(code);
    }

    public CompletableFuture<Integer> exitCode() {
        return exit;
    }

    @Override
    public void close() {
        closing = true;
        vertx.close();
    }
}
