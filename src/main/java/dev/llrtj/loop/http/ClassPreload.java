package dev.llrtj.loop.http;

import dev.llrtj.host.Executable;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Loads, on the calling (worker) thread, the classes a first HTTPS connection needs (Netty, Vert.x's HTTP client,
 * the JDK's TLS), so the warm-up's connection, which Vert.x sets up on the loop thread, finds them loaded instead
 * of stalling JS for the class loading. The list (llrt/http-client-classes.txt) was recorded with -Xlog:class+load
 * around a warm-up against a local TLS server, in load order (the order one thread would initialise them in); a
 * name that no longer exists is skipped. The caller holds the client's lock, so a fetch on the loop waits instead of
 * initialising the same classes concurrently.
 */
final class ClassPreload {
    private static final AtomicBoolean DONE = new AtomicBoolean();

    private ClassPreload() {}

    static void httpClientClasses() {
        if (!DONE.compareAndSet(false, true) || Executable.isNative()) {
            return; // the native executable has every class initialised in its image already
        }
        ClassLoader loader = ClassPreload.class.getClassLoader();
        try (InputStream in = loader.getResourceAsStream("llrt/http-client-classes.txt")) {
            if (in == null) {
                return;
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String name;
            while ((name = lines.readLine()) != null) {
                try {
                    Class.forName(name.trim(), true, loader); // initialised too: that is most of the cost
                } catch (Throwable skipped) {
                    // gone in this version, or not for this platform
                }
            }
        } catch (IOException e) {
            // the list is an optimisation only
        }
    }
}
