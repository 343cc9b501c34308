package dev.llrtj.lambda;

import dev.llrtj.modules.ModuleRegistry;
import dev.llrtj.engine.JsErrors;
import dev.llrtj.engine.JsStrings;
import dev.llrtj.engine.Natives;
import dev.llrtj.engine.Uncatchable;
import dev.llrtj.host.Executable;
import dev.llrtj.lambda.runtimeapi.Invocation;
import dev.llrtj.lambda.runtimeapi.RuntimeApi;
import dev.llrtj.lambda.runtimeapi.RuntimeApiClient;
import dev.llrtj.lambda.runtimeapi.RuntimeApiException;
import dev.llrtj.loop.EventLoop;
import dev.llrtj.loop.OutOfMemory;
import dev.llrtj.realm.LambdaFormats;
import dev.llrtj.realm.Realm;
import dev.llrtj.realm.Stdio;
import dev.llrtj.modules.console.ConsoleBinding;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.Function;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptableObject;
import org.mozilla.javascript.Undefined;

/**
 * Init, then next → invoke → post, forever, on one event loop. Init failures go to /init/error and end the
 * process; invocation failures go to /invocation/{id}/error and the loop goes on; an uncaught exception or
 * unhandled rejection fails the current invocation (or init) and exits 129 or 128, as Node's runtime does.
 */
public final class LambdaRuntime {
    static final int UNCAUGHT_EXIT = 129;
    static final int UNHANDLED_REJECTION_EXIT = 128;
    static final int UNSETTLED_TOP_LEVEL_AWAIT_EXIT = 13;
    static final String OUT_OF_MEMORY_TYPE = "Runtime.OutOfMemory";

    private final EventLoop loop;
    private final RuntimeApiClient client;
    private final Map<String, String> env;
    private Realm realm;
    private Scriptable lambdaJs;
    private Function handler;
    private Invocation current;
    /** An answer held back until the loop is empty (callbackWaitsForEmptyEventLoop), or null. */
    private Runnable answerWhenIdle;
    /** Set once the process has decided to end: later failures (say, a timer after an init error) report nothing. */
    private boolean exiting;
    /** False until the first invocation arrives: until then a failure is an init failure, as Node's runtime sees it. */
    private boolean invoked;

    private LambdaRuntime(EventLoop loop, RuntimeApiClient client, Map<String, String> env) {
        this.loop = loop;
        this.client = client;
        this.env = env;
    }

    /** Runs until the process must end; returns the exit code. */
    public static int run(Map<String, String> env) {
        EventLoop loop = EventLoop.start();
        RuntimeApiClient client;
        try {
            client = RuntimeApiClient.deploy(loop.vertx(), env.get(RuntimeApi.ENV_RUNTIME_API)).join();
        } catch (RuntimeException e) {
            System.err.println("llrt: cannot start the Runtime API client for " + env.get(RuntimeApi.ENV_RUNTIME_API) + ": " + e.getMessage());
            return 1;
        }
        LambdaRuntime runtime = new LambdaRuntime(loop, client, env);
        loop.execute(() -> {
            try {
                runtime.init();
            } catch (Uncatchable e) { // process.exit() in the handler module: the loop ends the process
                throw e;
            } catch (RuntimeException e) { // the runtime's own failure: still tell Lambda, never hang
                runtime.initFailed("Runtime.Unknown", runtime.realm == null ? null : runtime.realm.toJs(e), e);
            }
        });
        return loop.exitCode().join();
    }

    static String handlerName(Map<String, String> env) {
        String override = env.get("LAMBDA_HANDLER"); // container images: wins over _HANDLER
        return override != null && !override.isBlank() ? override : env.get(RuntimeApi.ENV_HANDLER);
    }

    static List<Path> roots(Map<String, String> env) {
        String taskRoot = env.getOrDefault(RuntimeApi.ENV_TASK_ROOT, Path.of("").toAbsolutePath().toString());
        return List.of(Path.of(taskRoot).toAbsolutePath(), Path.of("/opt"));
    }

    private void init() {
        loop.setOutOfMemoryHandler(this::outOfMemory);
        realm = Realm.create(loop, List.of(Executable.command()), ModuleRegistry.builtins());
        lambdaJs = realm.internal("lambda");
        call("defineAwsLambdaGlobal", env.get("AWS_LAMBDA_NODEJS_NO_GLOBAL_AWSLAMBDA"));
        configureLogging();
        loop.setUncaughtHandler(t -> uncaught(realm.toJs(t), "Uncaught Exception"));
        loop.setRejectionHandler(reason -> uncaught(reason, "Unhandled Promise Rejection"));
        String name = handlerName(env);
        HandlerLocation location;
        try {
            location = HandlerLocation.find(name, roots(env));
        } catch (HandlerLocation.InitFailure f) {
            Object error = call("initError", f.errorType(), f.getMessage());
            initFailed(f.errorType(), error);
            return;
        }
        Object imported;
        try {
            imported = realm.importFile(location.module());
        } catch (Uncatchable e) {
            throw e;
        } catch (RuntimeException e) {
            initFailed(null, realm.toJs(e));
            return;
        }
        // A handler module whose top-level await never settles leaves init with nothing to wait for. Node's
        // runtime process then exits 13 (Lambda: Runtime.ExitError) at once; waiting would last until the init timeout.
        loop.setIdleListener(() -> {
            if (!exiting) {
                exiting = true;
                realm.callInternal("uncaught", "warnUnsettledFile", location.module().toString());
                loop.exit(UNSETTLED_TOP_LEVEL_AWAIT_EXIT);
            }
        });
        realm.settle(imported).whenComplete((namespace, failure) -> {
            loop.setIdleListener(null);
            if (failure != null) {
                initFailed(null, failure instanceof Realm.JsRejection r ? r.reason() : realm.toJs(failure));
                return;
            }
            try {
                handler = (Function) call("resolveHandler", namespace, location.exportPath(), location.handler());
            } catch (Uncatchable e) {
                throw e;
            } catch (RuntimeException e) {
                initFailed(null, realm.toJs(e));
                return;
            }
            pollNext();
        });
    }

    /** Lambda's log format for the default console, applied when user code first loads it (often never). */
    private void configureLogging() {
        Scriptable options = Context.getCurrentContext().newObject(realm.global());
        options.put("format", options, env.getOrDefault("AWS_LAMBDA_LOG_FORMAT", "Text"));
        options.put("level", options, env.getOrDefault("AWS_LAMBDA_LOG_LEVEL", "TRACE"));
        options.put("requestId", options, Natives.function(realm.global(), "requestId", 0,
                (cx, scope, args) -> current == null ? Undefined.instance : current.requestId()));
        ConsoleBinding.configureLambdaLoggingOnLoad(realm, options);
    }

    private void initFailed(String errorType, Object error, RuntimeException cause) {
        if (exiting) {
            return;
        }
        if (error == null || lambdaJs == null) {
            exiting = true;
            String body = LambdaFormats.errorJson(errorType, String.valueOf(cause), null, null);
            logError("Init Error", body, null);
            client.postInitError(errorType, body.getBytes(StandardCharsets.UTF_8)).whenComplete((ok, f) -> loop.exit(1));
            return;
        }
        initFailed(errorType, error);
    }

    private void initFailed(String errorType, Object error) {
        if (exiting) {
            return;
        }
        exiting = true;
        String type = errorType;
        if (type == null) {
            Object classified = call("classifyInitFailure", error);
            type = classified instanceof CharSequence s ? s.toString() : JsErrors.describe(error).name();
        }
        String body = (String) call("errorBody", error, type);
        logError("Uncaught Exception", body, null);
        client.postInitError(type, body.getBytes(StandardCharsets.UTF_8))
                .whenComplete((ok, failure) -> loop.exit(1));
    }

    private void pollNext() {
        client.next().whenComplete((invocation, failure) -> loop.execute(() -> {
            if (failure != null) {
                apiFailed("next", failure, null);
            } else {
                invoke(invocation);
            }
        }));
    }

    private void invoke(Invocation invocation) {
        current = invocation;
        invoked = true;
        Context cx = Context.getCurrentContext();
        Scriptable inv = cx.newObject(realm.global());
        inv.put("requestId", inv, invocation.requestId());
        inv.put("deadlineMs", inv, (double) invocation.deadlineMs());
        inv.put("functionArn", inv, invocation.invokedFunctionArn());
        inv.put("traceId", inv, invocation.traceId());
        inv.put("clientContext", inv, invocation.clientContext());
        inv.put("cognitoIdentity", inv, invocation.cognitoIdentity());
        inv.put("event", inv, new String(invocation.event(), StandardCharsets.UTF_8));
        Function done = Natives.function(realm.global(), "done", 4, (c, scope, args) -> {
            String kind = Context.toString(args[0]);
            if (kind.equals("stream")) { // a streaming handler's first bytes: args[1] is the content type
                return ResponseStreams.open(realm, loop, client, invocation, Context.toString(args[1]),
                        reply -> streamed(invocation, reply), (type, json) -> logError("Invoke Error", json, invocation));
            }
            String payload = Context.toString(args[1]);
            boolean waitForEmptyLoop = Context.toBoolean(args[2]);
            String errorType = args.length > 3 && !(args[3] instanceof Undefined) ? Context.toString(args[3]) : null;
            Runnable post = () -> post(invocation, kind, payload, errorType);
            if (waitForEmptyLoop && !loop.isIdle()) {
                answerWhenIdle = post; // callbackWaitsForEmptyEventLoop: the idle listener below posts it
            } else {
                post.run();
            }
            return null;
        });
        answerWhenIdle = null;
        Object control = call("invoke", handler, inv, done);
        if (current != invocation) {
            return; // answered already, synchronously
        }
        // One listener for the whole invocation (the handler may have called back already, synchronously):
        // post an answer that waited for the empty loop, or answer null for a callback-style handler that never
        // called back, as Node's runtime does once nothing is left to run.
        loop.setIdleListener(() -> {
            if (current != invocation) {
                return;
            }
            Runnable waiting = answerWhenIdle;
            if (waiting != null) {
                answerWhenIdle = null;
                waiting.run();
            } else if (control instanceof Scriptable c && !Context.toBoolean(callOn(c, "settled"))) {
                callOn(c, "finishEmpty");
            }
        });
    }

    private void post(Invocation invocation, String kind, String payload, String errorType) {
        if (current != invocation) {
            return;
        }
        loop.setIdleListener(null);
        if (kind.equals("error")) {
            logError("Invoke Error", payload, invocation);
        }
        current = null;
        answerWhenIdle = null;
        byte[] body = payload.getBytes(StandardCharsets.UTF_8);
        var posted = kind.equals("result")
                ? client.postResponse(invocation, body)
                : client.postError(invocation, errorType == null ? "Error" : errorType, body);
        posted.whenComplete((ok, failure) -> loop.execute(() -> {
            if (failure != null && !apiFailed("response", failure, invocation)) {
                return;
            }
            pollNext();
        }));
    }

    /** A streamed answer ends the invocation when the Runtime API has answered the POST (after its last chunk). */
    private void streamed(Invocation invocation, CompletableFuture<Integer> reply) {
        reply.whenComplete((status, failure) -> loop.execute(() -> {
            if (current != invocation) {
                return;
            }
            loop.setIdleListener(null);
            current = null;
            answerWhenIdle = null;
            if (failure == null && status == 413) {
                logError("Invoke Error", LambdaFormats.errorJson("Function.ResponseSizeTooLarge", "Response payload size exceeded maximum allowed payload streaming size ("
                        + RuntimeApi.MAX_STREAMED_RESPONSE_BYTES + " bytes).", null, null), invocation);
            } else if (failure != null || status / 100 != 2) {
                Throwable cause = failure != null ? failure : new RuntimeApiException(status, "streamed response answered " + status);
                if (!apiFailed("response", cause, invocation)) {
                    return;
                }
            }
            pollNext();
        }));
    }

    /** Returns true when the loop should go on (Lambda's 4xx answers), false after deciding to exit. */
    private boolean apiFailed(String call, Throwable failure, Invocation invocation) {
        Throwable cause = failure instanceof java.util.concurrent.CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        int status = cause instanceof RuntimeApiException e ? e.status() : RuntimeApiException.NO_CONNECTION;
        if (status == 413) {
            logError("Invoke Error", LambdaFormats.errorJson("Function.ResponseSizeTooLarge", "Response payload size exceeded maximum allowed payload size ("
                    + RuntimeApi.MAX_RESPONSE_BYTES + " bytes).", null, null), invocation);
            return true;
        }
        // a rejected post (wrong id, answered twice) loses one answer; a rejected next leaves nothing to do but poll
        // again and be rejected again, so it ends the runtime like any other failure
        if ((status == 400 || status == 403) && !call.equals("next")) {
            System.err.println("llrt: Runtime API rejected " + call + " (" + status + "): " + cause.getMessage());
            return true;
        }
        System.err.println("llrt: Runtime API " + call + " failed" + (status > 0 ? " with " + status : "") + ": " + cause.getMessage() + "; exiting");
        loop.exit(status >= 500 ? 1 : 2);
        return false;
    }

    /**
     * As Node's runtime: during an invocation the error fails it; before the handler is ready it is an init error;
     * either way the process then exits, 129 for an uncaught exception and 128 for an unhandled rejection.
     */
    private void uncaught(Object error, String label) {
        boolean rejection = !label.startsWith("Uncaught");
        Object process = realm.requireBuiltin("process");
        String event = rejection ? "unhandledRejection" : "uncaughtException";
        if (process instanceof Scriptable p && Context.toNumber(callOn(p, "listenerCount", event)) > 0) {
            callOn(p, "emit", event, error);
            return;
        }
        if (exiting) {
            return;
        }
        exiting = true;
        int exitCode = rejection ? UNHANDLED_REJECTION_EXIT : UNCAUGHT_EXIT;
        String type = rejection ? "Runtime.UnhandledPromiseRejection" : JsErrors.describe(error).name();
        String body = (String) call("errorBody", error, rejection ? type : null);
        Invocation invocation = current;
        logError(label, body, invocation);
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        if (invocation != null) {
            current = null;
            client.postError(invocation, type, bytes).whenComplete((ok, failure) -> loop.exit(exitCode));
        } else if (!invoked) { // a timer or rejection of the module's own, even if the handler was found
            client.postInitError(type, bytes).whenComplete((ok, failure) -> loop.exit(exitCode));
        } else {
            loop.exit(exitCode);
        }
    }

    /**
     * The heap ran out: Lambda's Runtime.OutOfMemory for the invocation (or init) in progress, then exit so that
     * Lambda starts a fresh runtime. No JS runs: the body is built here, in the room the loop's reserve left.
     */
    private void outOfMemory(OutOfMemoryError e) {
        System.err.println(OutOfMemory.message(e));
        Invocation invocation = current;
        if (exiting) {
            loop.exit(OutOfMemory.EXIT_CODE);
            return;
        }
        exiting = true;
        current = null;
        String what = "Runtime exited with error: out of memory (" + OutOfMemory.heapLimit() + ")";
        String message = invocation == null ? what : "RequestId: " + invocation.requestId() + " Error: " + what;
        String body = LambdaFormats.errorJson(OUT_OF_MEMORY_TYPE, message, null, null);
        logError(invocation == null ? "Init Error" : "Invoke Error", body, invocation);
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        var posted = invocation != null ? client.postError(invocation, OUT_OF_MEMORY_TYPE, bytes)
                : invoked ? java.util.concurrent.CompletableFuture.completedFuture((Void) null)
                : client.postInitError(OUT_OF_MEMORY_TYPE, bytes);
        posted.whenComplete((ok, failure) -> loop.exit(OutOfMemory.EXIT_CODE));
    }

    /** {@code invocation} null: outside any invocation (init), logged as "undefined" like Node's runtime does. */
    private void logError(String label, String body, Invocation invocation) {
        String requestId = invocation == null ? "undefined" : invocation.requestId();
        if ("JSON".equalsIgnoreCase(env.get("AWS_LAMBDA_LOG_FORMAT"))) {
            Stdio.write(1, LambdaFormats.jsonLine(requestId, "ERROR", "\"message\":" + JsStrings.quote(label) + ",\"error\":" + body));
        } else {
            Stdio.write(2, LambdaFormats.textLine(requestId, "ERROR", label + " \t" + body));
        }
    }

    private Object call(String fn, Object... args) {
        return realm.call((Function) ScriptableObject.getProperty(lambdaJs, fn), lambdaJs, args);
    }

    private Object callOn(Scriptable target, String fn, Object... args) {
        return realm.call((Function) ScriptableObject.getProperty(target, fn), target, args);
    }
}
