package dev.llrtj.modules.fs;

import dev.llrtj.realm.Stdio;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** Open files by number (Node's fds) for open/read/write/close and the fs streams; one table per realm. */
final class FileHandles {
    private record OpenFile(FileChannel channel, Path path) {}

    private static final int STDIN = 0;
    private static final int STDOUT = 1;
    private static final int STDERR = 2;
    private final Map<Integer, OpenFile> open = new ConcurrentHashMap<>();
    // above stdin/stdout/stderr, as real descriptors would be
    private final AtomicInteger next = new AtomicInteger(3);

    /** Node's flag strings: r, r+, rs+, w, wx, w+, wx+, a, ax, a+, ax+ (x: the file must not exist). */
    static Set<OpenOption> openOptions(String flag) {
        Set<OpenOption> o = new java.util.HashSet<>();
        String f = flag.replace("s", "");
        boolean plus = f.contains("+");
        boolean exclusive = f.contains("x");
        switch (f.charAt(0)) {
            case 'r' -> {
                o.add(StandardOpenOption.READ);
                if (plus) o.add(StandardOpenOption.WRITE);
            }
            case 'w' -> {
                o.addAll(EnumSet.of(StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING));
                if (plus) o.add(StandardOpenOption.READ);
            }
            case 'a' -> {
                o.addAll(EnumSet.of(StandardOpenOption.WRITE, StandardOpenOption.APPEND));
                if (plus) o.add(StandardOpenOption.READ);
            }
            default -> throw new IllegalArgumentException("invalid flag " + flag);
        }
        if (f.charAt(0) != 'r') o.add(exclusive ? StandardOpenOption.CREATE_NEW : StandardOpenOption.CREATE);
        return o;
    }

    int open(String path, String flag, int mode) {
        Path p = Path.of(path);
        Set<OpenOption> options = openOptions(flag);
        if (!options.contains(StandardOpenOption.READ) || options.contains(StandardOpenOption.WRITE)) {
            if (Files.isDirectory(p)) throw FsError.of("EISDIR", "open", path);
        }
        try {
            boolean created = !Files.exists(p);
            FileChannel channel = FileChannel.open(p, options);
            if (created && mode >= 0) FsOps.applyMode(p, mode & ~0022); // the usual umask
            int fd = next.getAndIncrement();
            open.put(fd, new OpenFile(channel, p));
            return fd;
        } catch (IOException e) {
            throw FsError.from(e, "open", path, null);
        }
    }

    /** Up to {@code length} bytes at {@code position} (or the file position when negative); empty at the end. */
    byte[] read(int fd, int length, long position) {
        if (fd == STDIN && !open.containsKey(fd)) {
            try {
                // fd 0: the process's stdin, read as read(2) reads it: what is there (at least a byte, blocking until
                // one comes), not `length` bytes, so a pipe's lines reach a reader as they are written
                byte[] buffer = new byte[Math.max(0, length)];
                int n = buffer.length == 0 ? 0 : System.in.read(buffer, 0, buffer.length);
                return n <= 0 ? new byte[0] : java.util.Arrays.copyOf(buffer, n);
            } catch (IOException e) {
                throw FsError.from(e, "read", null, null);
            }
        }
        FileChannel channel = get(fd, "read").channel();
        ByteBuffer buffer = ByteBuffer.allocate(length);
        try {
            int total = 0;
            while (buffer.hasRemaining()) {
                int n = position < 0 ? channel.read(buffer) : channel.read(buffer, position + total);
                if (n < 0) break;
                total += n;
            }
            return Arrays.copyOf(buffer.array(), total);
        } catch (IOException e) {
            throw FsError.from(e, "read", null, null);
        }
    }

    int write(int fd, byte[] data, long position) {
        if ((fd == STDOUT || fd == STDERR) && !open.containsKey(fd)) {
            Stdio.writeBytes(fd, data); // Node's fds 1 and 2 are the process's own stdout and stderr
            return data.length;
        }
        FileChannel channel = get(fd, "write").channel();
        ByteBuffer buffer = ByteBuffer.wrap(data);
        try {
            while (buffer.hasRemaining()) {
                if (position < 0) channel.write(buffer);
                else channel.write(buffer, position + buffer.position());
            }
            return data.length;
        } catch (IOException e) {
            throw FsError.from(e, "write", null, null);
        }
    }

    double[] fstat(int fd) {
        try {
            return FsOps.statOf(get(fd, "fstat").path(), true);
        } catch (IOException e) {
            throw FsError.from(e, "fstat", null, null);
        }
    }

    void close(int fd) {
        OpenFile file = open.remove(fd);
        if (file == null) throw FsError.of("EBADF", "close", null);
        try {
            file.channel().close();
        } catch (IOException e) {
            throw FsError.from(e, "close", null, null);
        }
    }

    private OpenFile get(int fd, String syscall) {
        OpenFile file = open.get(fd);
        if (file == null) throw FsError.of("EBADF", syscall, null);
        return file;
    }
}
