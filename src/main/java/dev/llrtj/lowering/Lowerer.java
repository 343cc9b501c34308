package dev.llrtj.lowering;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Lowers a file's source for Rhino: from the disk cache when this exact source was lowered before, otherwise
 * through the shared {@code node lower.mjs serve} child. Thread-safe.
 */
public final class Lowerer implements AutoCloseable {
    private static volatile Lowerer shared;

    private final NodeToolchain toolchain;
    private final LoweredCache cache;
    private final TransformServer server;
    private volatile String scriptVersion;

    public Lowerer(NodeToolchain toolchain, LoweredCache cache) {
        this.toolchain = toolchain;
        this.cache = cache;
        this.server = new TransformServer(toolchain);
    }

    /** The process-wide lowerer: discovered toolchain, default cache directory; nothing starts until first use. */
    public static Lowerer shared() {
        Lowerer l = shared;
        if (l == null) {
            synchronized (Lowerer.class) {
                l = shared;
                if (l == null) {
                    l = new Lowerer(NodeToolchain.discover(),
                            new LoweredCache(LoweredCache.defaultDir(System.getenv(), System.getProperty("user.home"))));
                    shared = l;
                }
            }
        }
        return l;
    }

    public LoweredCache cache() {
        return cache;
    }

    /** The cache key this lowerer uses for a file's source. */
    public String cacheKey(Path file, String source) {
        String v = scriptVersion;
        if (v == null) {
            v = toolchain.scriptVersion();
            scriptVersion = v;
        }
        return LoweredCache.key(v, file, source);
    }

    public Lowered lower(Path file, String source) throws LoweringException {
        Path absolute = file.toAbsolutePath().normalize();
        String key = cacheKey(absolute, source);
        Optional<Lowered> hit = cache.get(key);
        if (hit.isPresent()) {
            return hit.get();
        }
        Optional<String> unavailable = toolchain.unavailableReason(absolute);
        if (unavailable.isPresent()) {
            throw new LoweringException(unavailable.get());
        }
        Lowered lowered = server.transform(absolute, source);
        cache.put(key, lowered);
        return lowered;
    }

    @Override
    public void close() {
        server.close();
    }
}
