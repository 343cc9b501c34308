package dev.llrtj.loop;

import dev.llrtj.engine.Engine;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.ConcurrentModificationException;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.NativePromise;
import org.mozilla.javascript.Undefined;
import org.mozilla.javascript.UnhandledRejectionTracker;

/**
 * Rejections nobody handled, per loop. Rhino 1.9.1 keeps them in ONE static map shared by every Context in the
 * JVM, so with several loops (the test runner runs files in parallel) one loop would report, and fail on,
 * another loop's rejections, including ones that loop was about to handle. This picks out only the promises
 * created in this loop's realms. Falls back to Rhino's own (shared) processing if its internals differ.
 */
final class RejectionTracker {
    private static final Map<NativePromise, NativePromise> SHARED = sharedMap();
    private static final Method RESULT = resultGetter();

    private RejectionTracker() {}

    /** Hands {@code onRejection} (reason, promise) for every unhandled rejection owned by {@code cx}, and forgets them. */
    static void drain(Context cx, BiConsumer<Object, Object> onRejection) {
        if (SHARED == null || RESULT == null) {
            cx.getUnhandledPromiseTracker().process(reason -> onRejection.accept(reason, Undefined.instance));
            return;
        }
        List<NativePromise> owned = new ArrayList<>();
        synchronized (SHARED) { // orders the loops among themselves; Rhino's own writes are unsynchronized
            for (NativePromise promise : snapshot()) {
                if (Engine.ownerOf(promise) == cx && SHARED.remove(promise) != null) {
                    owned.add(promise);
                }
            }
        }
        owned.forEach(promise -> onRejection.accept(result(promise), promise));
    }

    private static List<NativePromise> snapshot() {
        for (int attempt = 0; ; attempt++) {
            try {
                return new ArrayList<>(SHARED.keySet());
            } catch (ConcurrentModificationException e) {
                if (attempt == 10) {
                    return List.of(); // another loop is busy rejecting: the next drain picks them up
                }
            }
        }
    }

    private static Object result(NativePromise promise) {
        try {
            return RESULT.invoke(promise);
        } catch (ReflectiveOperationException e) {
            return null;
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<NativePromise, NativePromise> sharedMap() {
        try {
            Field field = UnhandledRejectionTracker.class.getDeclaredField("unhandled");
            field.setAccessible(true);
            return java.lang.reflect.Modifier.isStatic(field.getModifiers()) ? (Map<NativePromise, NativePromise>) field.get(null) : null;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    private static Method resultGetter() {
        try {
            Method m = NativePromise.class.getDeclaredMethod("getResult");
            m.setAccessible(true);
            return m;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }
}
