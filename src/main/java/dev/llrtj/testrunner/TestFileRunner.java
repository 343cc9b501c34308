package dev.llrtj.testrunner;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.llrtj.modules.ModuleRegistry;
import dev.llrtj.engine.JsErrors;
import dev.llrtj.loop.EventLoop;
import dev.llrtj.realm.Realm;
import dev.llrtj.testrunner.TestNode.LogLine;
import dev.llrtj.testrunner.TestNode.TestError;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.Function;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptableObject;

/**
 * Runs one test file in a realm of its own on an event loop of its own: the API is installed as globals, the
 * file is loaded as the main module (lowered on the fly by the loader when Rhino cannot parse it), then the JS
 * runner's {@code runJson()} runs the collected tests and hands back the result tree as JSON.
 */
public final class TestFileRunner {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final TestOptions options;
    private final TestConfig config;
    private final Coverage coverage;

    public TestFileRunner(TestOptions options) {
        this(options, TestConfig.NONE, null);
    }

    /** {@code coverage}: the collector every file's Context reports to, or null. */
    public TestFileRunner(TestOptions options, TestConfig config, Coverage coverage) {
        this.options = options;
        this.config = config;
        this.coverage = coverage;
    }

    /** Thrown JS values that stopped the file before its tests could run, as the runner reports them. */
    private static final class FileFailure extends RuntimeException {
        final TestError error;

        FileFailure(TestError error) {
            super(error.message(), null, false, false);
            this.error = error;
        }
    }

    public FileResult run(Path file, String displayName) {
        long started = System.nanoTime();
        EventLoop loop = EventLoop.start();
        CompletableFuture<String> json = new CompletableFuture<>();
        try {
            loop.execute(() -> {
                if (coverage != null) {
                    coverage.attach(loop.cx()); // before the file and what it imports are compiled
                }
                start(loop, file, json);
            });
            CompletableFuture.anyOf(json, loop.exitCode()).get(options.fileLimitMs(), TimeUnit.MILLISECONDS);
            if (!json.isDone()) {
                return FileResult.error(file, displayName, new TestError("Error",
                        "process.exit(" + loop.exitCode().join() + ") was called while the tests ran", "", false),
                        List.of(), millisSince(started));
            }
            return parse(file, displayName, json.join(), millisSince(started));
        } catch (TimeoutException e) {
            return FileResult.error(file, displayName, new TestError("Error", "The test file did not finish within "
                    + options.fileLimitMs() + " ms (a synchronous endless loop?)", "", false), List.of(), millisSince(started));
        } catch (ExecutionException e) {
            TestError error = e.getCause() instanceof FileFailure f ? f.error
                    : new TestError("Error", String.valueOf(e.getCause()), "", false);
            return FileResult.error(file, displayName, error, List.of(), millisSince(started));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return FileResult.error(file, displayName, new TestError("Error", "interrupted", "", false), List.of(),
                    millisSince(started));
        } finally {
            loop.close();
        }
    }

    private void start(EventLoop loop, Path file, CompletableFuture<String> json) {
        Realm realm;
        Scriptable api;
        try {
            realm = Realm.create(loop, List.of("llrt", file.toString()), ModuleRegistry.builtins());
            api = (Scriptable) realm.requireBuiltin("llrt:test");
        } catch (Throwable t) {
            json.completeExceptionally(new FileFailure(new TestError("Error",
                    "the test runtime failed to start: " + JsErrors.describe(t).headline(), "", false)));
            return;
        }
        // errors nobody caught (timer callbacks, unhandled rejections) fail the test that is running
        loop.setUncaughtHandler(t -> callApi(realm, api, "reportUncaught", realm.toJs(t)));
        loop.setRejectionHandler(reason -> callApi(realm, api, "reportUncaught", reason));
        Scriptable globalsOptions = loop.cx().newObject(realm.global());
        ScriptableObject.putProperty(globalsOptions, "testPath", file.toAbsolutePath().toString());
        callApi(realm, api, "installGlobals", realm.global(), globalsOptions);
        runSetupThenFile(loop, realm, api, file, json, 0);
    }

    /** The config's setupFiles, each imported (and settled) in turn in the file's realm, then the test file. */
    private void runSetupThenFile(EventLoop loop, Realm realm, Scriptable api, Path file, CompletableFuture<String> json,
            int next) {
        boolean setup = next < config.setupFiles().size();
        Object completion;
        try {
            completion = setup ? realm.importFile(config.setupFiles().get(next)) : realm.runMain(file);
        } catch (Throwable t) {
            json.completeExceptionally(new FileFailure(loadError(JsErrors.describe(t))));
            return;
        }
        if (setup) {
            realm.settle(completion).whenComplete((ignored, failure) -> {
                if (failure != null) {
                    Object reason = failure instanceof Realm.JsRejection r ? r.reason() : realm.toJs(failure);
                    json.completeExceptionally(new FileFailure(loadError(JsErrors.describe(reason))));
                    return;
                }
                loop.execute(() -> runSetupThenFile(loop, realm, api, file, json, next + 1));
            });
            return;
        }
        realm.settle(completion).whenComplete((ignored, failure) -> {
            if (failure != null) {
                Object reason = failure instanceof Realm.JsRejection r ? r.reason() : realm.toJs(failure);
                json.completeExceptionally(new FileFailure(loadError(JsErrors.describe(reason))));
                return;
            }
            loop.execute(() -> runTests(realm, api, file, json));
        });
    }

    private void runTests(Realm realm, Scriptable api, Path file, CompletableFuture<String> json) {
        Context cx = realm.loop().cx();
        Scriptable opts = cx.newObject(realm.global());
        if (options.namePattern() != null) {
            ScriptableObject.putProperty(opts, "namePattern", options.namePattern());
        }
        long timeout = options.timeoutMs() > 0 ? options.timeoutMs() : config.testTimeoutMs();
        if (timeout > 0) {
            ScriptableObject.putProperty(opts, "timeoutMs", (double) timeout);
        }
        // snapshots: beside the file, rewritten with -u, not written anew under CI (Jest's --ci default there)
        ScriptableObject.putProperty(opts, "testPath", file.toAbsolutePath().toString());
        ScriptableObject.putProperty(opts, "updateSnapshots", options.updateSnapshots());
        String ci = System.getenv("CI");
        ScriptableObject.putProperty(opts, "ci", ci != null && !ci.isEmpty() && !ci.equals("false") && !ci.equals("0"));
        Object promise = callApi(realm, api, "runJson", opts);
        realm.settle(promise).whenComplete((value, failure) -> {
            if (failure != null) {
                Object reason = failure instanceof Realm.JsRejection r ? r.reason() : realm.toJs(failure);
                json.completeExceptionally(new FileFailure(toTestError(JsErrors.describe(reason))));
            } else {
                json.complete(Context.toString(value));
            }
        });
    }

    private static Object callApi(Realm realm, Scriptable api, String name, Object... args) {
        return realm.call((Function) ScriptableObject.getProperty(api, name), api, args);
    }

    private static TestError loadError(JsErrors.ErrorInfo info) {
        TestError e = toTestError(info);
        return new TestError(e.name(), "Test suite failed to run\n\n" + e.name() + ": " + e.message(), e.stack(), true);
    }

    private static TestError toTestError(JsErrors.ErrorInfo info) {
        // the loader's own frames (llrt:loader, node:...) say nothing about the user's file
        List<String> frames = info.stack().stream().filter(f -> !f.contains("(llrt:") && !f.contains("(node:")).toList();
        return new TestError(info.name(), info.message(), String.join("\n", frames), false);
    }

    static FileResult parse(Path file, String displayName, String json, long durationMs) {
        JsonNode tree;
        try {
            tree = JSON.readTree(json);
        } catch (Exception e) {
            return FileResult.error(file, displayName, new TestError("Error", "unreadable runner result: " + e.getMessage(),
                    "", false), List.of(), durationMs);
        }
        TestNode root = TestNode.fromJson(tree.path("root"));
        List<TestError> errors = new java.util.ArrayList<>(TestNode.errors(tree.path("errors")));
        List<LogLine> output = TestNode.logLines(tree.path("output"));
        if (root.tests().isEmpty() && errors.isEmpty()) {
            errors.add(new TestError("Error", "Your test suite must contain at least one test.", "", true));
        }
        return new FileResult(file, displayName, root, List.copyOf(errors), output, durationMs);
    }

    private static long millisSince(long nanos) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - nanos);
    }
}
