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
    private final Vertx vertx;
    private final io.vertx.core.Context vertxContext;
    private final Thread thread;
    private final Context cx;
    private final ArrayDeque<Runnable> ticks = new ArrayDeque<>();
    private final Map<Long, Timer> timers = new HashMap<>();
    private final CompletableFuture<Integer> exit = new CompletableFuture<>();
    private long nextTimerId = 1;
    private final AtomicInteger refs = new AtomicInteger(); // ref'd timers, pending I/O and queued foreign tasks: what keeps `llrt file.js` running
    // until a realm installs Node's rules: a failure nobody handles ends the process instead of hanging it
    private Consumer<Throwable> uncaughtHandler = t -> {
        System.err.println("llrt: " + JsErrors.describe(t).headline());
        exit(1);
    };
    private BiConsumer<Object, Object> rejectionHandler = (reason, promise) -> {};
    private Runnable idleListener;
    private final Map<Class<?>, Object> services = new HashMap<>(); // per-loop singletons created on first use (the HTTP client)

    private EventLoop(Vertx vertx, io.vertx.core.Context vertxContext, Thread thread, Context cx) {
        this.vertx = vertx;
        this.vertxContext = vertxContext;
        this.thread = thread;
        this.cx = cx;
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
        return ready.join();
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
        long id = nextTimerId++;
        Timer timer = new Timer(id, Math.max(1, delayMs), repeat, callback);
        timers.put(id, timer);
        refs.incrementAndGet();
        timer.schedule();
        return id;
    }

    /** setImmediate: runs after the current task and its microtasks, before timers due later. */
    public long setImmediate(Runnable callback) {
        assertInLoop();
        long id = nextTimerId++;
        Timer timer = new Timer(id, 0, false, callback);
        timers.put(id, timer);
        refs.incrementAndGet();
        vertxContext.runOnContext(v -> timer.fire());
        return id;
    }

    public void clearTimer(long id) {
        Timer timer = timers.remove(id);
        if (timer != null) {
            timer.cancel();
        }
    }

    /** Timeout.ref()/unref(): an unref'd timer does not keep the process alive. */
    public void refTimer(long id, boolean ref) {
        Timer timer = timers.get(id);
        if (timer != null && timer.ref != ref) {
            timer.ref = ref;
            refs.addAndGet(ref ? 1 : -1);
        }
    }

    public boolean hasTimerRef(long id) {
        Timer timer = timers.get(id);
        return timer != null && timer.ref;
    }

    /** Timeout.refresh(): restart the countdown with the same delay. */
    public void refreshTimer(long id) {
        Timer timer = timers.get(id);
        if (timer != null && timer.delayMs > 0) {
            timer.cancelScheduled();
            timer.schedule();
        }
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
        } catch (Throwable t) {
            reportUncaught(t);
        }
    }

    private void reportUncaught(Throwable t) {
        try {
            uncaughtHandler.accept(t);
        } catch (ProcessExit e) { // the handler's usual way out: print, then process.exit(1)
            exit(e.code());
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
        vertx.close();
    }

    private final class Timer {
        final long id;
        final long delayMs;
        final boolean repeat;
        final Runnable callback;
        boolean ref = true;
        long vertxId = -1;

        Timer(long id, long delayMs, boolean repeat, Runnable callback) {
            this.id = id;
            this.delayMs = delayMs;
            this.repeat = repeat;
            this.callback = callback;
        }

        void schedule() {
            vertxId = repeat
                    ? vertx.setPeriodic(delayMs, t -> runTask(this::fire))
                    : vertx.setTimer(delayMs, t -> runTask(this::fire));
        }

        void fire() {
            if (timers.get(id) != this) {
                return; // cleared while queued
            }
            if (!repeat) {
                timers.remove(id);
                if (ref) {
                    refs.decrementAndGet();
                }
            }
            if (delayMs == 0) { // an immediate runs as its own task
                runTask(callback);
            } else {
                callback.run();
            }
        }

        void cancelScheduled() {
            if (vertxId >= 0) {
                vertx.cancelTimer(vertxId);
            }
        }

        void cancel() {
            cancelScheduled();
            if (ref) {
                refs.decrementAndGet();
            }
            ref = false;
        }
    }
}
