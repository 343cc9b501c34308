package dev.llrtj.lowering;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

/**
 * Lowered code on disk, addressed by sha256(script version, file path, source): a file is lowered again only when
 * its content, its path or the lowering scripts change. Entries are written to a temporary name and moved into
 * place, so concurrent processes never read half an entry. A cache that cannot be read or written is skipped.
 */
public final class LoweredCache {
    private final Path dir;

    public LoweredCache(Path dir) {
        this.dir = dir;
    }

    public Path dir() {
        return dir;
    }

    /** {@code $XDG_CACHE_HOME/llrt/lowered}, {@code ~/.cache/llrt/lowered}, or /tmp/llrt-cache where HOME is read-only. */
    public static Path defaultDir(Map<String, String> env, String userHome) {
        String xdg = env.get("XDG_CACHE_HOME");
        Path preferred = xdg != null && !xdg.isBlank()
                ? Path.of(xdg, "llrt", "lowered")
                : userHome == null ? null : Path.of(userHome, ".cache", "llrt", "lowered");
        if (preferred != null && writable(preferred)) {
            return preferred;
        }
        return Path.of(System.getProperty("java.io.tmpdir", "/tmp"), "llrt-cache");
    }

    private static boolean writable(Path dir) {
        try {
            Files.createDirectories(dir);
            return Files.isWritable(dir);
        } catch (IOException | SecurityException e) {
            return false;
        }
    }

    public static String key(String scriptVersion, Path file, String source) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(scriptVersion.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(file.toAbsolutePath().normalize().toString().getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(source.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    public Optional<Lowered> get(String key) {
        Path code = dir.resolve(key + ".js");
        Path map = dir.resolve(key + ".js.map");
        try {
            if (!Files.isRegularFile(code)) {
                return Optional.empty();
            }
            String js = Files.readString(code);
            String sourceMap = Files.isRegularFile(map) ? Files.readString(map) : null;
            return Optional.of(new Lowered(js, sourceMap));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    public void put(String key, Lowered lowered) {
        try {
            Files.createDirectories(dir);
            // the map first: a reader that sees the code also sees its map
            if (lowered.sourceMapJson() != null) {
                write(dir.resolve(key + ".js.map"), lowered.sourceMapJson());
            }
            write(dir.resolve(key + ".js"), lowered.code());
        } catch (IOException e) {
            // a cache we cannot write only costs a re-lowering next time
        }
    }

    private static void write(Path target, String content) throws IOException {
        Path tmp = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".tmp");
        try {
            Files.writeString(tmp, content);
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
