package dev.llrtj.testrunner;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Finds {@code *.test.{js,mjs,cjs,ts,mts}} under a directory, skipping node_modules and dot folders. */
public final class TestDiscovery {
    static final Pattern TEST_FILE = Pattern.compile(".*\\.test\\.(js|mjs|cjs|ts|mts)$");

    private TestDiscovery() {}

    /**
     * Test files under {@code root}, sorted by path; with filters, only those whose path relative to
     * {@code root} contains at least one filter as a substring.
     */
    public static List<Path> find(Path root, List<String> filters) {
        List<Path> found = new ArrayList<>();
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
                    boolean skip = !dir.equals(root) && (name.equals("node_modules") || name.startsWith("."));
                    return skip ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile() && TEST_FILE.matcher(file.getFileName().toString()).matches()
                            && matchesFilters(root.relativize(file).toString(), filters)) {
                        found.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE; // unreadable entries are not test files we can run anyway
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        found.sort(null);
        return found;
    }

    static boolean matchesFilters(String relativePath, List<String> filters) {
        if (filters.isEmpty()) {
            return true;
        }
        for (String f : filters) {
            if (relativePath.contains(f)) {
                return true;
            }
        }
        return false;
    }
}
