package dev.llrtj.modules.fs;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.security.SecureRandom;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/** Node's path-based file operations over java.nio.file; each failure is an {@link FsError} naming its syscall. */
final class FsOps {
    private static final LinkOption[] NOFOLLOW = {LinkOption.NOFOLLOW_LINKS};
    private static final LinkOption[] FOLLOW = {};
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String TEMP_CHARS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

    // Dirent types, as libuv numbers them (UV_DIRENT_*)
    static final int DIRENT_UNKNOWN = 0;
    static final int DIRENT_FILE = 1;
    static final int DIRENT_DIR = 2;
    static final int DIRENT_LINK = 3;

    private FsOps() {}

    static byte[] readFile(String path) {
        Path p = Path.of(path);
        if (Files.isDirectory(p)) throw FsError.of("EISDIR", "read", null);
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw FsError.from(e, "open", path, null);
        }
    }

    /** {@code flag}: Node's w, a, wx, ax (and their + forms, which write the same way). */
    static void writeFile(String path, byte[] data, String flag, int mode) {
        List<OpenOption> options = new ArrayList<>(FileHandles.openOptions(flag == null ? "w" : flag));
        try {
            boolean created = !Files.exists(Path.of(path), NOFOLLOW);
            Files.write(Path.of(path), data, options.toArray(OpenOption[]::new));
            if (created && mode >= 0) applyMode(Path.of(path), mode & ~0022); // the usual umask
        } catch (IOException e) {
            throw FsError.from(e, "open", path, null);
        }
    }

    /** stat/lstat as numbers: dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks, atime/mtime/ctime/birthtime ms. */
    static double[] stat(String path, boolean follow) {
        try {
            return statOf(Path.of(path), follow);
        } catch (IOException e) {
            throw FsError.from(e, follow ? "stat" : "lstat", path, null);
        }
    }

    static double[] statOf(Path p, boolean follow) throws IOException {
        Map<String, Object> a = Files.readAttributes(p, "unix:*", follow ? FOLLOW : NOFOLLOW);
        double size = ((Number) a.get("size")).doubleValue();
        return new double[] {
            num(a.get("dev")), num(a.get("mode")), num(a.get("nlink")), num(a.get("uid")), num(a.get("gid")),
            num(a.get("rdev")), 4096, num(a.get("ino")), size, Math.ceil(size / 4096) * 8,
            millis(a.get("lastAccessTime")), millis(a.get("lastModifiedTime")), millis(a.get("ctime")),
            millis(a.get("creationTime"))
        };
    }

    private static double num(Object value) {
        return value instanceof Number n ? n.doubleValue() : 0;
    }

    private static double millis(Object time) {
        return time instanceof FileTime t ? t.to(TimeUnit.MICROSECONDS) / 1000.0 : 0;
    }

    /**
     * Names and, when asked, libuv dirent types and parent directories in the same order. Recursive listings go
     * breadth first, as Node's, with names relative to {@code path}.
     */
    static List<Object> readdir(String path, boolean withTypes, boolean recursive) {
        List<Object> names = new ArrayList<>();
        List<Object> types = new ArrayList<>();
        List<Object> parents = new ArrayList<>();
        Path root = Path.of(path);
        ArrayDeque<String> pending = new ArrayDeque<>();
        pending.add("");
        while (!pending.isEmpty()) {
            String prefix = pending.poll();
            Path dir = prefix.isEmpty() ? root : root.resolve(prefix);
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
                for (Path entry : entries) {
                    String name = entry.getFileName().toString();
                    int type = withTypes || recursive ? direntType(entry) : DIRENT_UNKNOWN;
                    names.add(withTypes || prefix.isEmpty() ? name : prefix + "/" + name);
                    types.add((double) type);
                    parents.add(prefix.isEmpty() ? path : dir.toString());
                    if (recursive && type == DIRENT_DIR) pending.add(prefix.isEmpty() ? name : prefix + "/" + name);
                }
            } catch (IOException e) {
                if (!prefix.isEmpty()) continue; // a subdirectory that went away meanwhile
                throw FsError.from(e, "scandir", path, null);
            }
        }
        return withTypes ? List.of(names, types, parents) : names;
    }

    private static int direntType(Path entry) {
        try {
            BasicFileAttributes a = Files.readAttributes(entry, BasicFileAttributes.class, NOFOLLOW);
            return a.isSymbolicLink() ? DIRENT_LINK : a.isDirectory() ? DIRENT_DIR : a.isRegularFile() ? DIRENT_FILE : DIRENT_UNKNOWN;
        } catch (IOException e) {
            return DIRENT_UNKNOWN;
        }
    }

    /** The first directory created (recursive), as Node returns it; null when nothing was created or not recursive. */
    static String mkdir(String path, boolean recursive, int mode) {
        Path p = Path.of(path);
        try {
            if (!recursive) {
                Files.createDirectory(p);
                if (mode >= 0) applyMode(p, mode & ~0022); // the usual umask
                return null;
            }
            if (Files.isDirectory(p)) return null;
            Path first = p;
            Path parent = p.getParent();
            while (parent != null && !Files.exists(parent, NOFOLLOW)) {
                first = parent;
                parent = parent.getParent();
            }
            Files.createDirectories(p);
            return first.toString();
        } catch (FileAlreadyExistsException e) {
            // recursive: a file where a directory should be, on the way or at the end
            throw FsError.of(recursive && !Files.exists(p, NOFOLLOW) ? "ENOTDIR" : "EEXIST", "mkdir", path);
        } catch (IOException e) {
            throw FsError.from(e, "mkdir", path, null);
        }
    }

    static void rmdir(String path) {
        Path p = Path.of(path);
        if (Files.exists(p, NOFOLLOW) && !Files.isDirectory(p, NOFOLLOW)) throw FsError.of("ENOTDIR", "rmdir", path);
        delete(p, "rmdir", path);
    }

    static void unlink(String path) {
        Path p = Path.of(path);
        if (Files.isDirectory(p, NOFOLLOW)) throw FsError.of("EISDIR", "unlink", path);
        delete(p, "unlink", path);
    }

    static void rm(String path, boolean recursive, boolean force) {
        Path p = Path.of(path);
        if (!Files.exists(p, NOFOLLOW)) {
            if (force) return;
            throw FsError.of("ENOENT", "lstat", path);
        }
        if (Files.isDirectory(p, NOFOLLOW)) {
            if (!recursive) {
                throw new FsError("ERR_FS_EISDIR", "Path is a directory: rm returned EISDIR (is a directory) " + path,
                        21, "rm", path);
            }
            removeTree(p, path);
        } else {
            delete(p, "rm", path);
        }
    }

    private static void removeTree(Path dir, String path) {
        List<Path> children = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            entries.forEach(children::add);
        } catch (NoSuchFileException e) {
            return;
        } catch (IOException e) {
            throw FsError.from(e, "rm", dir.toString(), null);
        }
        for (Path child : children) {
            if (Files.isDirectory(child, NOFOLLOW)) removeTree(child, child.toString());
            else delete(child, "rm", child.toString());
        }
        delete(dir, "rm", path);
    }

    private static void delete(Path p, String syscall, String path) {
        try {
            Files.delete(p);
        } catch (IOException e) {
            throw FsError.from(e, syscall, path, null);
        }
    }

    static void rename(String from, String to) {
        try {
            Files.move(Path.of(from), Path.of(to), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw FsError.from(e, "rename", from, to);
        }
    }

    /** {@code exclusive}: COPYFILE_EXCL, fail when {@code to} exists. */
    static void copyFile(String from, String to, boolean exclusive) {
        try {
            if (Files.isDirectory(Path.of(from))) throw FsError.of("EISDIR", "copyfile", from);
            // Files.copy onto the same file succeeds without copying; Node's COPYFILE_EXCL fails on any existing target
            if (exclusive && Files.exists(Path.of(to), NOFOLLOW)) throw FsError.of("EEXIST", "copyfile", from, to);
            if (exclusive) Files.copy(Path.of(from), Path.of(to));
            else Files.copy(Path.of(from), Path.of(to), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw FsError.from(e, "copyfile", from, to);
        }
    }

    /** {@code mode}: F_OK 0, X_OK 1, W_OK 2, R_OK 4. */
    static void access(String path, int mode) {
        Path p = Path.of(path);
        if (!Files.exists(p)) throw FsError.of("ENOENT", "access", path);
        boolean ok = ((mode & 4) == 0 || Files.isReadable(p)) && ((mode & 2) == 0 || Files.isWritable(p))
                && ((mode & 1) == 0 || Files.isExecutable(p));
        if (!ok) throw FsError.of("EACCES", "access", path);
    }

    /** Node's JS realpath reports a missing path as lstat of the absolute path; realpath.native as realpath. */
    static String realpath(String path, boolean nativeFlavour) {
        try {
            return Path.of(path).toRealPath().toString();
        } catch (IOException e) {
            if (nativeFlavour) throw FsError.from(e, "realpath", path, null);
            throw FsError.from(e, "lstat", Path.of(path).toAbsolutePath().normalize().toString(), null);
        }
    }

    static String mkdtemp(String prefix) {
        for (int attempt = 0; ; attempt++) {
            StringBuilder name = new StringBuilder(prefix);
            for (int i = 0; i < 6; i++) name.append(TEMP_CHARS.charAt(RANDOM.nextInt(TEMP_CHARS.length())));
            try {
                Path dir = Files.createDirectory(Path.of(name.toString()));
                applyMode(dir, 0700);
                return name.toString();
            } catch (FileAlreadyExistsException e) {
                if (attempt > 100) throw FsError.of("EEXIST", "mkdtemp", prefix + "XXXXXX");
            } catch (IOException e) {
                throw FsError.from(e, "mkdtemp", prefix + "XXXXXX", null);
            }
        }
    }

    static void symlink(String target, String path) {
        try {
            Files.createSymbolicLink(Path.of(path), Path.of(target));
        } catch (IOException e) {
            throw FsError.from(e, "symlink", target, path);
        }
    }

    static String readlink(String path) {
        try {
            return Files.readSymbolicLink(Path.of(path)).toString();
        } catch (IOException e) {
            throw FsError.from(e, "readlink", path, null);
        }
    }

    static void chmod(String path, int mode) {
        try {
            applyMode(Path.of(path), mode);
        } catch (IOException e) {
            throw FsError.from(e, "chmod", path, null);
        }
    }

    static void truncate(String path, long length) {
        try (var channel = java.nio.channels.FileChannel.open(Path.of(path), StandardOpenOption.WRITE)) {
            long size = channel.size();
            if (length < size) channel.truncate(length);
            else if (length > size) channel.write(java.nio.ByteBuffer.allocate(1), length - 1);
        } catch (IOException e) {
            throw FsError.from(e, "open", path, null);
        }
    }

    /** Seconds since the epoch, as Node's utimes takes them. */
    static void utimes(String path, double atime, double mtime) {
        try {
            Files.getFileAttributeView(Path.of(path), BasicFileAttributeView.class).setTimes(
                    FileTime.from((long) (mtime * 1_000_000), TimeUnit.MICROSECONDS),
                    FileTime.from((long) (atime * 1_000_000), TimeUnit.MICROSECONDS), null);
        } catch (IOException e) {
            throw FsError.from(e, "utime", path, null);
        }
    }

    static void applyMode(Path p, int mode) throws IOException {
        if (mode < 0) return;
        Set<PosixFilePermission> perms = EnumSet.noneOf(PosixFilePermission.class);
        PosixFilePermission[] order = {
            PosixFilePermission.OTHERS_EXECUTE, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_READ,
            PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_READ,
            PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_READ
        };
        for (int bit = 0; bit < order.length; bit++) {
            if ((mode & (1 << bit)) != 0) perms.add(order[bit]);
        }
        Files.setPosixFilePermissions(p, perms);
    }
}
