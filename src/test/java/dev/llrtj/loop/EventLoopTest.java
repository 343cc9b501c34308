package dev.llrtj.loop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.llrtj.engine.Engine;
import dev.llrtj.engine.Natives;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.mozilla.javascript.Function;
import org.mozilla.javascript.ScriptableObject;

/** The loop on its own, driven from Java (and bare-engine JS for Promise jobs): order, timers, keep-alive, exit. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class EventLoopTest {
    private EventLoop loop;
    private final List<String> log = Collections.synchronizedList(new ArrayList<>());

    @BeforeEach
    void start() {
        loop = EventLoop.start();
    }

    @AfterEach
    void stop() {
        loop.close();
    }

    private <T> T onLoop(java.util.concurrent.Callable<T> task) throws Exception {
        return loop.submit(task).get(10, TimeUnit.SECONDS);
    }

    /** Completes when the loop reports idle after a task (nothing ref'd pending). */
    private CompletableFuture<Void> idle() {
        CompletableFuture<Void> idle = new CompletableFuture<>();
        loop.setIdleListener(() -> idle.complete(null));
        return idle;
    }

    /** A bare engine global with `log(x)` appending to {@link #log}, for Promise jobs run by the loop. */
    private ScriptableObject jsGlobal() {
        ScriptableObject global = Engine.newGlobal(loop.cx());
        Natives.define(global, "log", 1, (cx, scope, args) -> {
            log.add(Natives.str(args, 0));
            return null;
        });
        return global;
    }

    /** Runs JS as the loop runs callbacks: a function called from Java, leaving Promise jobs queued. */
    private void js(ScriptableObject global, String body) {
        Function fn = Engine.instantiate(loop.cx(), Engine.compileWrapper(loop.cx(), body, "t.js", ""), global);
        fn.call(loop.cx(), global, global, new Object[0]);
    }

    @Test
    void ticksRunBeforePromiseJobsAndBothBeforeTheNextTask() throws Exception {
        CompletableFuture<Void> idle = idle();
        loop.execute(() -> {
            ScriptableObject g = jsGlobal();
            loop.setTimer(1, false, () -> log.add("timer"));
            loop.setImmediate(() -> log.add("immediate"));
            js(g, "Promise.resolve().then(() => log('promise1')).then(() => log('promise2'))");
            loop.queueMicrotask(() -> log.add("microtask"));
            loop.nextTick(() -> {
                log.add("tick1");
                loop.nextTick(() -> log.add("tick-nested"));
                js(g, "Promise.resolve().then(() => log('promise-from-tick'))");
            });
            log.add("sync");
        });
        idle.get(10, TimeUnit.SECONDS);
        assertEquals(List.of("sync", "tick1", "tick-nested", "promise1", "microtask", "promise-from-tick", "promise2"),
                log.subList(0, 7));
        assertEquals(List.of("immediate", "timer"), List.copyOf(log.subList(7, 9)).stream().sorted().toList(),
                "both macrotasks ran after every microtask: " + log);
    }

    @Test
    void aTickQueuedByAPromiseJobRunsBeforeTheNextTask() throws Exception {
        CompletableFuture<Void> idle = idle();
        loop.execute(() -> {
            ScriptableObject g = jsGlobal();
            Natives.define(g, "tick", 1, (cx, scope, args) -> {
                loop.nextTick(() -> log.add("tick-from-promise"));
                return null;
            });
            loop.setImmediate(() -> log.add("immediate"));
            js(g, "Promise.resolve().then(() => { tick(); log('promise'); })");
        });
        idle.get(10, TimeUnit.SECONDS);
        assertEquals(List.of("promise", "tick-from-promise", "immediate"), log);
    }

    @Test
    void timersFireByDeadlineAndClearedOnesNever() throws Exception {
        CompletableFuture<Void> idle = idle();
        loop.execute(() -> {
            loop.setTimer(30, false, () -> log.add("30"));
            loop.setTimer(5, false, () -> log.add("5"));
            long cleared = loop.setTimer(10, false, () -> log.add("cleared"));
            loop.clearTimer(cleared);
            long immediate = loop.setImmediate(() -> log.add("cleared-immediate"));
            loop.clearTimer(immediate);
        });
        idle.get(10, TimeUnit.SECONDS);
        assertEquals(List.of("5", "30"), log);
    }

    @Test
    void intervalRepeatsUntilCleared() throws Exception {
        CompletableFuture<Void> idle = idle();
        AtomicLong id = new AtomicLong();
        AtomicInteger runs = new AtomicInteger();
        loop.execute(() -> id.set(loop.setTimer(2, true, () -> {
            if (runs.incrementAndGet() == 4) {
                loop.clearTimer(id.get());
            }
        })));
        idle.get(10, TimeUnit.SECONDS);
        Thread.sleep(30); // a cleared interval must not come back
        assertEquals(4, runs.get());
    }

    @Test
    void unrefdTimerDoesNotKeepTheLoopAliveButRefdOneDoes() throws Exception {
        CompletableFuture<Void> idle = idle();
        AtomicLong unrefd = new AtomicLong();
        loop.execute(() -> {
            unrefd.set(loop.setTimer(5_000, false, () -> log.add("unref'd fired")));
            loop.refTimer(unrefd.get(), false);
        });
        idle.get(5, TimeUnit.SECONDS);
        assertFalse(onLoop(() -> loop.hasTimerRef(unrefd.get())));
        assertTrue(log.isEmpty());

        CompletableFuture<Void> second = idle();
        long started = System.nanoTime();
        loop.execute(() -> {
            long id = loop.setTimer(5_000, false, () -> log.add("re-ref'd fired"));
            loop.refTimer(id, false);
            loop.refTimer(id, true); // ref() again: keeps the loop alive until it fires
            loop.setTimer(40, false, () -> {
                loop.clearTimer(id);
                log.add("cleared it");
            });
        });
        second.get(10, TimeUnit.SECONDS);
        assertTrue(System.nanoTime() - started >= TimeUnit.MILLISECONDS.toNanos(40), "idle came before the ref'd timer was cleared");
        assertEquals(List.of("cleared it"), log);
    }

    @Test
    void refreshRestartsTheCountdown() throws Exception {
        CompletableFuture<Void> idle = idle();
        AtomicLong firedAt = new AtomicLong();
        long started = System.nanoTime();
        loop.execute(() -> {
            long id = loop.setTimer(60, false, () -> firedAt.set(System.nanoTime()));
            loop.setTimer(40, false, () -> loop.refreshTimer(id));
        });
        idle.get(10, TimeUnit.SECONDS);
        long elapsedMs = TimeUnit.NANOSECONDS.toMillis(firedAt.get() - started);
        assertTrue(elapsedMs >= 100, "refreshed at 40 ms, a 60 ms timer fires at >= 100 ms, not " + elapsedMs);
    }

    @Test
    void processExitInsideATimerStopsEverythingAfterIt() throws Exception {
        loop.execute(() -> {
            loop.setTimer(1, false, () -> {
                log.add("before");
                loop.nextTick(() -> log.add("tick after exit"));
                throw new ProcessExit(7);
            });
            loop.setTimer(50, false, () -> log.add("later timer"));
        });
        assertEquals(7, loop.exitCode().get(10, TimeUnit.SECONDS));
        Thread.sleep(80);
        assertEquals(List.of("before"), log);
    }

    @Test
    void anUncaughtHandlerThatExitsEndsTheLoop() throws Exception {
        // the realm's handler prints the error and calls process.exit(1), i.e. throws ProcessExit itself
        loop.setUncaughtHandler(t -> {
            log.add("uncaught " + t.getMessage());
            throw new ProcessExit(1);
        });
        loop.execute(() -> loop.setTimer(1, false, () -> {
            throw new IllegalStateException("boom");
        }));
        assertEquals(1, loop.exitCode().get(10, TimeUnit.SECONDS));
        assertEquals(List.of("uncaught boom"), log);
    }

    @Test
    void anUncaughtHandlerThatThrowsExitsWithSeven() throws Exception {
        loop.setUncaughtHandler(t -> {
            throw new IllegalStateException("listener failed too");
        });
        loop.execute(() -> {
            throw new IllegalStateException("first");
        });
        assertEquals(7, loop.exitCode().get(10, TimeUnit.SECONDS));
    }

    @Test
    void anUncaughtHandlerThatReturnsKeepsTheLoopRunning() throws Exception {
        CountDownLatch later = new CountDownLatch(1);
        loop.setUncaughtHandler(t -> log.add("handled " + t.getMessage()));
        loop.execute(() -> {
            loop.setTimer(1, false, () -> {
                throw new IllegalStateException("first");
            });
            loop.setTimer(20, false, later::countDown);
        });
        assertTrue(later.await(10, TimeUnit.SECONDS));
        assertEquals(List.of("handled first"), log);
        assertFalse(loop.exitCode().isDone());
    }

    @Test
    void foreignTasksAndBlockingWorkKeepTheLoopAliveUntilDone() throws Exception {
        CompletableFuture<Void> idle = idle();
        loop.execute(() -> loop.blocking(() -> {
            Thread.sleep(50);
            return "from worker";
        }, (value, failure) -> log.add(value + " on loop " + loop.inLoop())));
        idle.get(10, TimeUnit.SECONDS);
        assertEquals(List.of("from worker on loop true"), log);
    }

    /**
     * The shape of an SDK client's first request: one task starts two quick blocking reads (~/.aws/config and
     * credentials, both missing), and only their answers continue the work. An answer must never run inside the
     * task that asked (where the loop, with the second read not yet started, looked idle and the process ended);
     * measured before the fix: thousands of nested answers and early idle calls in 2000 rounds.
     */
    @Test
    void quickBlockingWorkAnswersInATaskOfItsOwnAndTheLoopNeverLooksIdleMeanwhile() throws Exception {
        int rounds = 2000;
        AtomicInteger nested = new AtomicInteger();
        AtomicInteger idleTooEarly = new AtomicInteger();
        CompletableFuture<Void> finished = new CompletableFuture<>();
        boolean[] inAskingTask = {false};
        int[] left = {rounds};
        int[] unanswered = {0};
        loop.setIdleListener(() -> {
            if (!finished.isDone()) {
                idleTooEarly.incrementAndGet();
            }
        });
        Runnable[] round = new Runnable[1];
        round[0] = () -> {
            if (left[0]-- == 0) {
                finished.complete(null);
                return;
            }
            inAskingTask[0] = true;
            unanswered[0] = 2;
            for (int read = 0; read < 2; read++) {
                loop.blocking(() -> "ENOENT", (value, failure) -> {
                    if (inAskingTask[0]) {
                        nested.incrementAndGet();
                    }
                    if (--unanswered[0] == 0) {
                        loop.execute(round[0]);
                    }
                });
            }
            inAskingTask[0] = false;
        };
        loop.execute(round[0]);
        finished.get(20, TimeUnit.SECONDS);
        assertEquals(0, nested.get(), "answers run inside the task that asked");
        assertEquals(0, idleTooEarly.get(), "idle reported while a read was pending");
    }

    @Test
    void contextIsOnlyReachableOnTheLoopThread() throws Exception {
        assertThrows(IllegalStateException.class, loop::cx);
        assertTrue(onLoop(() -> loop.cx() != null && loop.inLoop()));
    }

    @Test
    void nothingRunsAfterExit() throws Exception {
        loop.execute(() -> loop.exit(3));
        assertEquals(3, loop.exitCode().get(10, TimeUnit.SECONDS));
        CompletableFuture<String> late = loop.submit(() -> "ran");
        assertThrows(TimeoutException.class, () -> late.get(200, TimeUnit.MILLISECONDS));
    }

    @Test
    void eachLoopReportsOnlyItsOwnUnhandledRejections() throws Exception {
        // Rhino 1.9.1 tracks rejections in one JVM-wide map; the test runner runs files on parallel loops
        EventLoop other = EventLoop.start();
        try {
            List<String> seenByOther = Collections.synchronizedList(new ArrayList<>());
            other.setRejectionHandler(reason -> seenByOther.add(org.mozilla.javascript.Context.toString(reason)));
            loop.setRejectionHandler(reason -> log.add("unhandled " + org.mozilla.javascript.Context.toString(reason)));
            CompletableFuture<Void> idle = idle();
            loop.execute(() -> {
                ScriptableObject g = jsGlobal();
                js(g, "globalThis.p = Promise.reject('handled later in this task'); Promise.reject('really unhandled');");
                other.submit(() -> null).join(); // a whole task of the other loop, and its drain, runs meanwhile
                js(g, "p.catch(r => log('caught: ' + r));");
            });
            idle.get(10, TimeUnit.SECONDS);
            assertEquals(List.of("caught: handled later in this task", "unhandled really unhandled"), log);
            assertEquals(List.of(), seenByOther);
        } finally {
            other.close();
        }
    }

    @Test
    void theRejectionHandlerGetsTheReasonAndThePromise() throws Exception {
        loop.setRejectionHandler((reason, promise) -> log.add(org.mozilla.javascript.Context.toString(reason) + " from a "
                + (promise instanceof org.mozilla.javascript.Scriptable p ? p.getClassName() : String.valueOf(promise))));
        CompletableFuture<Void> idle = idle();
        loop.execute(() -> js(jsGlobal(), "Promise.reject('why'); Promise.reject('handled').catch(() => {});"));
        idle.get(10, TimeUnit.SECONDS);
        assertEquals(List.of("why from a Promise"), log);
    }
}
