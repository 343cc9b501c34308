package dev.llrtj.modules.fs;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.NotLinkException;
import java.util.Map;

/**
 * A failed file operation as Node reports it: "ENOENT: no such file or directory, open '/x'" with code, errno,
 * syscall, path and (for two-path calls) dest. {@code code} may also be a Node error code such as ERR_FS_EISDIR,
 * whose message is given whole.
 */
final class FsError extends RuntimeException {
    record Errno(int number, String description) {}

    static final Map<String, Errno> ERRNO = Map.ofEntries(
            Map.entry("EPERM", new Errno(1, "operation not permitted")),
            Map.entry("ENOENT", new Errno(2, "no such file or directory")),
            Map.entry("EIO", new Errno(5, "i/o error")),
            Map.entry("EBADF", new Errno(9, "bad file descriptor")),
            Map.entry("EACCES", new Errno(13, "permission denied")),
            Map.entry("EEXIST", new Errno(17, "file already exists")),
            Map.entry("EXDEV", new Errno(18, "cross-device link not permitted")),
            Map.entry("ENOTDIR", new Errno(20, "not a directory")),
            Map.entry("EISDIR", new Errno(21, "illegal operation on a directory")),
            Map.entry("EINVAL", new Errno(22, "invalid argument")),
            Map.entry("ENOSPC", new Errno(28, "no space left on device")),
            Map.entry("EROFS", new Errno(30, "read-only file system")),
            Map.entry("ENAMETOOLONG", new Errno(36, "name too long")),
            Map.entry("ENOTEMPTY", new Errno(39, "directory not empty")),
            Map.entry("ELOOP", new Errno(40, "too many symbolic links encountered")));

    // the reasons Java's file system provider gives (strerror texts) for errors it has no exception class for
    private static final Map<String, String> BY_REASON = Map.of(
            "Is a directory", "EISDIR",
            "Not a directory", "ENOTDIR",
            "Directory not empty", "ENOTEMPTY",
            "Too many levels of symbolic links", "ELOOP",
            "Invalid cross-device link", "EXDEV",
            "Operation not permitted", "EPERM",
            "Read-only file system", "EROFS",
            "No space left on device", "ENOSPC",
            "File name too long", "ENAMETOOLONG",
            "Invalid argument", "EINVAL");

    final String code;
    final int errno;
    final String syscall;
    final String path;
    final String dest;

    FsError(String code, String syscall, String path, String dest) {
        super(message(code, syscall, path, dest), null, false, false);
        this.code = code;
        this.errno = ERRNO.containsKey(code) ? -ERRNO.get(code).number() : 0;
        this.syscall = syscall;
        this.path = path;
        this.dest = dest;
    }

    /** A Node error (ERR_*) with its own message. */
    FsError(String code, String message, int errno, String syscall, String path) {
        super(message, null, false, false);
        this.code = code;
        this.errno = errno;
        this.syscall = syscall;
        this.path = path;
        this.dest = null;
    }

    static FsError of(String code, String syscall, String path) {
        return new FsError(code, syscall, path, null);
    }

    static FsError of(String code, String syscall, String path, String dest) {
        return new FsError(code, syscall, path, dest);
    }

    static FsError from(IOException e, String syscall, String path, String dest) {
        return new FsError(codeOf(e), syscall, path, dest);
    }

    static String codeOf(IOException e) {
        if (e instanceof NoSuchFileException) return "ENOENT";
        if (e instanceof FileAlreadyExistsException) return "EEXIST";
        if (e instanceof DirectoryNotEmptyException) return "ENOTEMPTY";
        if (e instanceof AccessDeniedException) return "EACCES";
        if (e instanceof NotDirectoryException) return "ENOTDIR";
        if (e instanceof FileSystemLoopException) return "ELOOP";
        if (e instanceof NotLinkException) return "EINVAL";
        String reason = e instanceof FileSystemException fse ? fse.getReason() : e.getMessage();
        return reason != null && BY_REASON.containsKey(reason) ? BY_REASON.get(reason) : "EIO";
    }

    private static String message(String code, String syscall, String path, String dest) {
        Errno errno = ERRNO.get(code);
        StringBuilder m = new StringBuilder(code).append(": ")
                .append(errno == null ? "unknown error" : errno.description()).append(", ").append(syscall);
        if (path != null) m.append(" '").append(path).append('\'');
        if (dest != null) m.append(" -> '").append(dest).append('\'');
        return m.toString();
    }
}
