package dev.llrtj.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** `--watch`'s watcher: edits anywhere under the folder, new folders included; node_modules and dot-folders not. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class FileTreeWatcherTest {
    @TempDir
    Path dir;

    @Test
    void whatARunWroteItselfIsForgotten() throws Exception {
        try (FileTreeWatcher watcher = new FileTreeWatcher(dir)) {
            Files.writeString(dir.resolve("written-by-the-run.test.js.snap"), "x");
            Thread.sleep(100);
            watcher.forgetPending();
            CompletableFuture<Set<Path>> change = CompletableFuture.supplyAsync(() -> await(watcher));
            Files.writeString(dir.resolve("edited.test.js"), "y");
            assertEquals(Set.of(Path.of("edited.test.js")), change.get(30, TimeUnit.SECONDS));
        }
    }

    @Test
    void reportsEditsOnceQuietAndSkipsInstallsAndDotFolders() throws Exception {
        Files.createDirectories(dir.resolve("src"));
        Files.createDirectories(dir.resolve("node_modules/pkg"));
        Files.createDirectories(dir.resolve(".git"));
        Files.writeString(dir.resolve("src/app.mjs"), "1");
        try (FileTreeWatcher watcher = new FileTreeWatcher(dir)) {
            CompletableFuture<Set<Path>> change = CompletableFuture.supplyAsync(() -> await(watcher));
            Files.writeString(dir.resolve("node_modules/pkg/index.js"), "ignored");
            Files.writeString(dir.resolve(".git/index"), "ignored");
            Files.writeString(dir.resolve("src/app.mjs"), "2");
            Files.writeString(dir.resolve("src/app.mjs"), "3"); // the same save, twice: one report
            assertEquals(Set.of(Path.of("src/app.mjs")), change.get(30, TimeUnit.SECONDS));

            change = CompletableFuture.supplyAsync(() -> await(watcher));
            Files.createDirectories(dir.resolve("src/lib"));
            Thread.sleep(FileTreeWatcher.QUIET_MS * 3); // the folder alone is no change to report
            Files.writeString(dir.resolve("out.log"), "a log is not code");
            Files.writeString(dir.resolve("src/lib/util.mjs"), "new");
            assertEquals(Set.of(Path.of("src/lib/util.mjs")), change.get(30, TimeUnit.SECONDS), "a new folder is watched");
        }
    }

    private static Set<Path> await(FileTreeWatcher watcher) {
        try {
            return watcher.awaitChange();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
