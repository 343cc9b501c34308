package dev.llrtj.loop;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The loop's timers and immediates (setTimeout, setInterval, setImmediate, Timeout.ref/unref/refresh): Vert.x timers
 * whose callbacks run as loop tasks, each ref'd one keeping the process alive. Apart from EventLoop because their
 * bookkeeping (ids, ref counts, clearing while queued) is their own; EventLoop checks the thread and delegates.
 */
final class LoopTimers {
    private final EventLoop loop;
    private final io.vertx.core.Context vertxContext;
    private final AtomicInteger refs;
    private final Map<Long, Timer> timers = new HashMap<>();
    private long nextTimerId = 1;

    LoopTimers(EventLoop loop, io.vertx.core.Context vertxContext, AtomicInteger refs) {
        this.loop = loop;
        this.vertxContext = vertxContext;
        this.refs = refs;
    }

    long add(long delayMs, boolean repeat, Runnable callback) {
        Timer timer = register(delayMs, repeat, callback);
        timer.schedule();
        return timer.id;
    }

    /** Runs as its own task after the current one; a 0 delay marks it. */
    long addImmediate(Runnable callback) {
        Timer timer = register(0, false, callback);
        vertxContext.runOnContext(v -> timer.fire());
        return timer.id;
    }

    private Timer register(long delayMs, boolean repeat, Runnable callback) {
        Timer timer = new Timer(nextTimerId++, delayMs, repeat, callback);
        timers.put(timer.id, timer);
        refs.incrementAndGet();
        return timer;
    }

    void clear(long id) {
        Timer timer = timers.remove(id);
        if (timer != null) {
            timer.cancel();
        }
    }

    void ref(long id, boolean ref) {
        Timer timer = timers.get(id);
        if (timer != null && timer.ref != ref) {
            timer.ref = ref;
            refs.addAndGet(ref ? 1 : -1);
        }
    }

    boolean hasRef(long id) {
        Timer timer = timers.get(id);
        return timer != null && timer.ref;
    }

    void refresh(long id) {
        Timer timer = timers.get(id);
        if (timer != null && timer.delayMs > 0) {
            timer.cancelScheduled();
            timer.schedule();
        }
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
                    ? loop.vertx().setPeriodic(delayMs, t -> loop.runTask(this::fire))
                    : loop.vertx().setTimer(delayMs, t -> loop.runTask(this::fire));
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
                loop.runTask(callback);
            } else {
                callback.run();
            }
        }

        void cancelScheduled() {
            if (vertxId >= 0) {
                loop.vertx().cancelTimer(vertxId);
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
