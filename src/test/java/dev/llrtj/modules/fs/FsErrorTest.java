package dev.llrtj.modules.fs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Java's file failures as Node names them (messages as Node 20 prints them for the same calls). */
class FsErrorTest {
    @Test
    void messagesCarryCodeDescriptionSyscallAndPaths() {
        FsError e = FsError.from(new NoSuchFileException("/x"), "open", "/x", null);
        assertEquals("ENOENT: no such file or directory, open '/x'", e.getMessage());
        assertEquals(-2, e.errno);
        assertEquals("ENOENT", e.code);
        FsError rename = FsError.from(new NoSuchFileException("a"), "rename", "a", "b");
        assertEquals("ENOENT: no such file or directory, rename 'a' -> 'b'", rename.getMessage());
        assertEquals("EISDIR: illegal operation on a directory, read", FsError.of("EISDIR", "read", null).getMessage());
    }

    @Test
    void mapsExceptionClassesAndReasons() {
        assertEquals("ENOTEMPTY", FsError.codeOf(new DirectoryNotEmptyException("d")));
        assertEquals("EACCES", FsError.codeOf(new AccessDeniedException("f")));
        assertEquals("ENOTDIR", FsError.codeOf(new FileSystemException("f/a", null, "Not a directory")));
        assertEquals("EISDIR", FsError.codeOf(new FileSystemException("d", null, "Is a directory")));
        assertEquals("EXDEV", FsError.codeOf(new FileSystemException("a", "b", "Invalid cross-device link")));
        assertEquals("EIO", FsError.codeOf(new IOException("something else")));
    }

    @Test
    void operationsReportTheirSyscall(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("f"), "x");
        FsError scandir = assertThrows(FsError.class, () -> FsOps.readdir(file.toString(), false, false));
        assertEquals("ENOTDIR: not a directory, scandir '" + file + "'", scandir.getMessage());
        FsError rm = assertThrows(FsError.class, () -> FsOps.rm(dir.toString(), false, false));
        assertEquals("ERR_FS_EISDIR", rm.code);
        assertEquals(21, rm.errno);
        FsError missing = assertThrows(FsError.class, () -> FsOps.rm(dir.resolve("nope").toString(), false, false));
        assertEquals("lstat", missing.syscall);
        FsOps.rm(dir.resolve("nope").toString(), false, true);
        assertNull(FsOps.mkdir(dir.resolve("a").toString(), false, -1));
        assertEquals(dir.resolve("b").toString(), FsOps.mkdir(dir.resolve("b/c/d").toString(), true, -1));
    }
}
