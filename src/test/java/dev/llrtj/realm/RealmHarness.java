package dev.llrtj.realm;

import dev.llrtj.modules.ModuleRegistry;
import dev.llrtj.engine.Engine;
import dev.llrtj.engine.JsErrors;
import dev.llrtj.engine.Natives;
import dev.llrtj.loop.EventLoop;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.Function;

/**
 * A realm on its own event loop for one test. JS under test runs as a function body in file {@link #FILE}
 * (the way the loader runs a module) and hands its answer back with the global `report(value)`.
 */
public final class RealmHarness implements AutoCloseable {
    public static final String FILE = "/app/case.js";
    private static final long WAIT_SECONDS = 10;

    private final EventLoop loop;
    private final Realm realm;
    private final CompletableFuture<String> reported = new CompletableFuture<>();
    private final boolean processDefaults;

    private RealmHarness(EventLoop loop, Realm realm, boolean processDefaults) {
        this.loop = loop;
        this.realm = realm;
        this.processDefaults = processDefaults;
    }

    /** A realm whose uncaught errors fail the test (reported as the error's headline). */
    public static RealmHarness start(List<String> argv) throws Exception {
        return start(argv, false);
    }

    /** A realm with Node's process rules (listeners, print and exit 1, exit when idle), as `llrt file.js` has. */
    public static RealmHarness startOwningProcess(List<String> argv) throws Exception {
        return start(argv, true);
    }

    private static RealmHarness start(List<String> argv, boolean processDefaults) throws Exception {
        EventLoop loop = EventLoop.start();
        Realm realm = loop.submit(() -> Realm.create(loop, argv, ModuleRegistry.builtins())).get(WAIT_SECONDS, TimeUnit.SECONDS);
        RealmHarness harness = new RealmHarness(loop, realm, processDefaults);
        loop.submit(() -> {
            Natives.define(realm.global(), "report", 1, (cx, scope, args) -> {
                harness.reported.complete(Context.toString(Natives.arg(args, 0)));
                return null;
            });
            if (!processDefaults) {
                loop.setUncaughtHandler(t -> harness.reported.completeExceptionally(
                        new AssertionError("uncaught in JS: " + JsErrors.describe(t).headline() + " " + JsErrors.describe(t).stack())));
            }
            return null;
        }).get(WAIT_SECONDS, TimeUnit.SECONDS);
        return harness;
    }

    public EventLoop loop() {
        return loop;
    }

    public Realm realm() {
        return realm;
    }

    /** Starts {@code body} on the loop without waiting. */
    public void start(String body) {
        loop.execute(() -> {
            if (processDefaults) {
                // in the same task as the code: installed earlier, the idle rule would end the loop right away
                realm.installProcessDefaults();
            }
            Context cx = loop.cx();
            Function fn = Engine.instantiate(cx, Engine.compileWrapper(cx, body, FILE, ""), realm.global());
            fn.call(cx, realm.global(), realm.global(), new Object[0]);
        });
    }

    /** Runs {@code body} and returns what it passed to report(), failing if the loop exits first. */
    public String run(String body) throws Exception {
        start(body);
        return awaitReport();
    }

    public String awaitReport() throws Exception {
        return awaitReport(WAIT_SECONDS);
    }

    /** As {@link #awaitReport()}, for work that is slow on a loaded machine (TLS handshakes, big downloads). */
    public String awaitReport(long waitSeconds) throws Exception {
        CompletableFuture<Object> either = CompletableFuture.anyOf(reported, loop.exitCode());
        Object first;
        try {
            first = either.get(waitSeconds, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof AssertionError a) {
                throw a;
            }
            throw e;
        } catch (TimeoutException e) {
            throw new AssertionError("the JS never called report() within " + waitSeconds + " s");
        }
        if (!reported.isDone()) {
            throw new AssertionError("the loop exited with code " + first + " before report() was called");
        }
        return reported.get();
    }

    public boolean reported() {
        return reported.isDone();
    }

    /** The exit code once the loop ends (process.exit, an uncaught error, or idle with process rules). */
    public int awaitExit() throws Exception {
        return loop.exitCode().get(WAIT_SECONDS, TimeUnit.SECONDS);
    }

    @Override
    public void close() {
        loop.close();
    }
}
