package dev.llrtj.cli;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

/**
 * `--watch` of `llrt test` and `llrt serve`: the files under a folder, watched (inotify on Linux) with its sub-folders,
 * new ones included. {@code node_modules}, {@code .git} and other dot-folders are not watched: installs and VCS
 * churn are not edits, and inotify has a per-user watch limit. Only code counts ({@link #CODE}: scripts, JSON,
 * snapshots): logs, reports and data files written beside the code do not start anything. A change is reported once
 * the tree has been quiet for {@link #QUIET_MS} (an editor's save or a bundler's output is several events).
 */
final class FileTreeWatcher implements AutoCloseable {
    static final long QUIET_MS = 200;
    static final java.util.regex.Pattern CODE = java.util.regex.Pattern.compile(
            ".*\\.(js|mjs|cjs|ts|mts|cts|jsx|tsx|json|snap|map)$");

    private final Path root;
    private final WatchService service;
    private final Map<WatchKey, Path> folders = new HashMap<>();

    FileTreeWatcher(Path root) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        this.service = FileSystems.getDefault().newWatchService();
        register(this.root);
    }

    /**
     * Blocks until something under the root is created, changed or deleted and the tree is quiet again; returns the
     * changed paths, relative to the root. Null once closed.
     */
    Set<Path> awaitChange() throws InterruptedException {
        Set<Path> changed = new TreeSet<>();
        try {
            while (changed.isEmpty()) {
                WatchKey key = service.take();
                while (key != null) {
                    collect(key, changed);
                    key = service.poll(QUIET_MS, TimeUnit.MILLISECONDS);
                }
            }
        } catch (ClosedWatchServiceException e) {
            return null;
        }
        return changed;
    }

    /**
     * Forgets the changes seen so far (new folders are still watched): what a test run wrote itself (snapshots, files
     * its tests made) must not start the next run.
     */
    void forgetPending() {
        try {
            for (WatchKey key; (key = service.poll()) != null; ) {
                collect(key, new TreeSet<>());
            }
        } catch (ClosedWatchServiceException e) {
            // closed: nothing pending
        }
    }

    private void collect(WatchKey key, Set<Path> changed) {
        Path folder = folders.get(key);
        for (WatchEvent<?> event : key.pollEvents()) {
            if (folder == null || event.kind() == StandardWatchEventKinds.OVERFLOW) {
                changed.add(Path.of("."));
                continue;
            }
            Path path = folder.resolve((Path) event.context());
            if (ignored(path.getFileName())) {
                continue;
            }
            if (CODE.matcher(path.getFileName().toString()).matches()) {
                changed.add(root.relativize(path));
            }
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(path)) {
                try {
                    register(path); // a new folder: its files are watched too
                } catch (IOException e) {
                    // gone again already: nothing to watch
                }
            }
        }
        if (!key.reset()) {
            folders.remove(key);
        }
    }

    private void register(Path start) throws IOException {
        Files.walkFileTree(start, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                if (!dir.equals(root) && ignored(dir.getFileName())) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                folders.put(dir.register(service, StandardWatchEventKinds.ENTRY_CREATE,
                        StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_DELETE), dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private static boolean ignored(Path name) {
        String n = name == null ? "" : name.toString();
        return n.equals("node_modules") || (n.startsWith(".") && n.length() > 1);
    }

    @Override
    public void close() throws IOException {
        service.close();
    }
}
