package dev.llrtj.emulator;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Peak resident memory (VmHWM) of a runtime's process tree, from Linux's /proc (0 where there is none).
 * Listing descendants walks all of /proc (about a millisecond on a busy machine), so the list is refreshed at
 * most once a second; the root process, normally the whole runtime, is read every time.
 */
final class ProcessMemory {
    private static final long TREE_REFRESH_NANOS = 1_000_000_000L;

    private final ProcessHandle root;
    private List<Long> descendants = List.of();
    private long treeListedAt;
    private boolean treeListed;
    private long peakKb;

    ProcessMemory(ProcessHandle root) {
        this.root = root;
    }

    /** Highest total seen so far: once a process is gone /proc has nothing left to say about it. */
    long peakMb() {
        long now = System.nanoTime();
        if (!treeListed || now - treeListedAt > TREE_REFRESH_NANOS) {
            descendants = root.descendants().map(ProcessHandle::pid).toList();
            treeListedAt = now;
            treeListed = true;
        }
        long kb = peakKb(root.pid());
        for (long pid : descendants) {
            kb += peakKb(pid);
        }
        peakKb = Math.max(peakKb, kb);
        return (peakKb + 1023) / 1024;
    }

    static long peakKb(long pid) {
        try {
            String status = Files.readString(Path.of("/proc", Long.toString(pid), "status"));
            int at = status.indexOf("VmHWM:");
            if (at < 0) {
                return 0;
            }
            int end = status.indexOf('\n', at);
            return Long.parseLong(status.substring(at + 6, end < 0 ? status.length() : end).replace("kB", "").trim());
        } catch (IOException | RuntimeException e) {
            return 0; // the process exited between listing and reading
        }
    }
}
