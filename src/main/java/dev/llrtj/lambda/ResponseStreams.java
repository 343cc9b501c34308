package dev.llrtj.lambda;

import dev.llrtj.engine.JsBytes;
import dev.llrtj.engine.Natives;
import dev.llrtj.lambda.runtimeapi.Invocation;
import dev.llrtj.lambda.runtimeapi.RuntimeApiClient;
import dev.llrtj.lambda.runtimeapi.StreamedResponse;
import dev.llrtj.loop.EventLoop;
import dev.llrtj.realm.Realm;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.mozilla.javascript.Function;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptableObject;

/**
 * What a streaming handler's responseStream writes to (lambda.js gets it from {@code done('stream', contentType)}
 * at its first write, so nothing here loads for other handlers): {@code {write(bytes, cb), end(cb),
 * fail(type, json, cb)}} over the streamed POST of this invocation.
 * Each callback runs on the loop once the bytes reached the socket, so the Writable's 'drain' follows the network;
 * the loop is kept alive (ref'd) while any of them is pending.
 */
final class ResponseStreams {
    private ResponseStreams() {}

    /**
     * Starts the streamed POST for {@code inv} and returns its sink.
     *
     * @param opened gets the POST's answer (its HTTP status)
     * @param failed logs a failure sent as trailers (error type, error JSON), as Node's runtime logs an Invoke Error
     */
    static Scriptable open(Realm realm, EventLoop loop, RuntimeApiClient client, Invocation inv, String contentType,
                           Consumer<CompletableFuture<Integer>> opened, BiConsumer<String, String> failed) {
        StreamedResponse response = client.streamResponse(inv, contentType);
        opened.accept(response.reply());
        return sink(realm, loop, response, failed);
    }

    private static Scriptable sink(Realm realm, EventLoop loop, StreamedResponse response,
                                   BiConsumer<String, String> failed) {
        ScriptableObject sink = Natives.newObject(realm.global());
        Natives.define(sink, "write", 2, (cx, scope, args) -> {
            byte[] bytes = JsBytes.require(Natives.arg(args, 0), "chunk").copy();
            whenSent(realm, loop, response.write(bytes), Natives.arg(args, 1));
            return null;
        });
        Natives.define(sink, "end", 1, (cx, scope, args) -> {
            whenSent(realm, loop, response.end(), Natives.arg(args, 0));
            return null;
        });
        Natives.define(sink, "fail", 3, (cx, scope, args) -> {
            String type = Natives.str(args, 0);
            String json = Natives.str(args, 1);
            failed.accept(type, json);
            whenSent(realm, loop, response.fail(type, json), Natives.arg(args, 2));
            return null;
        });
        return sink;
    }

    private static void whenSent(Realm realm, EventLoop loop, CompletableFuture<Void> sent, Object callback) {
        loop.ref();
        sent.whenComplete((ok, failure) -> loop.execute(() -> {
            loop.unref();
            if (callback instanceof Function f) {
                realm.call(f, realm.global());
            }
        }));
    }
}
