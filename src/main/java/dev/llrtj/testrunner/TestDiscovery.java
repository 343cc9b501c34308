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

/**
 * Finds test files under a directory as Jest's default testMatch does: {@code *.test.*} and {@code *.spec.*}, and
 * every script inside a {@code __tests__} folder ({js,mjs,cjs,ts,mts,cts}); node_modules and dot folders skipped.
 */
public final class TestDiscovery {
    static final Pattern TEST_FILE = Pattern.compile(".*\\.(test|spec)\\.(js|mjs|cjs|ts|mts|cts)$");
    private static final Pattern SCRIPT = Pattern.compile(".*\\.(js|mjs|cjs|ts|mts|cts)$");

    private TestDiscovery() {}

    /**
     * Test files under {@code root}, sorted by path; with filters, only those whose path relative to
     * {@code root} contains at least one filter as a substring.
     */
    public static List<Path> find(Path root, List<String> filters) {
        return find(root, filters, TestConfig.NONE);
    }

    /** As above, with the config's testMatch, when it has one, instead of Jest's default. */
    public static List<Path> find(Path root, List<String> filters, TestConfig config) {
        List<Path> found = new ArrayList<>();
        try {
            // a root that is a symbolic link (`llrt test -d link`) is walked where it points; links inside it are not
            // followed, as Jest does not; the files are named under the root as given
            Path walked = Files.isSymbolicLink(root) ? root.toRealPath() : root;
            Files.walkFileTree(walked, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
                    boolean skip = !dir.equals(walked) && (name.equals("node_modules") || name.startsWith("."));
                    return skip ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    Path relative = walked.relativize(file);
                    boolean test = config.testMatch().isEmpty() ? isTestFile(relative) : config.matches(relative);
                    if (attrs.isRegularFile() && test && matchesFilters(relative.toString(), filters)) {
                        found.add(root.resolve(relative));
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

    static boolean isTestFile(Path relative) {
        String name = relative.getFileName().toString();
        if (TEST_FILE.matcher(name).matches()) {
            return true;
        }
        for (Path part : relative) {
            if (part.toString().equals("__tests__")) {
                return SCRIPT.matcher(name).matches() && !name.endsWith(".d.ts");
            }
        }
        return false;
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
