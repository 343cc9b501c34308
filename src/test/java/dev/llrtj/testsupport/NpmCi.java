package dev.llrtj.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Installs a test fixture's pinned npm dependencies (its package-lock.json) with {@code npm ci}, in the copy under
 * target/test-classes, so the source tree never holds node_modules. No install scripts: the fixtures' packages are
 * plain JavaScript, and scripts are a needless risk.
 */
public final class NpmCi {
    private static final long NPM_TIMEOUT_SECONDS = 300;

    private NpmCi() {}

    /** Runs {@code npm ci} in {@code dir} unless {@code marker} (a file of the installed tree) is already there. */
    public static synchronized void ensure(Path dir, String marker) throws IOException {
        if (Files.isRegularFile(dir.resolve(marker))) {
            return;
        }
        Path log = dir.resolve("npm-ci.log");
        ProcessBuilder pb = new ProcessBuilder(List.of("npm", "ci", "--ignore-scripts", "--no-audit", "--no-fund"))
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        Process npm;
        try {
            npm = pb.start();
        } catch (IOException e) {
            throw new IOException("npm is needed to install the test fixture in " + dir, e);
        }
        try {
            if (!npm.waitFor(NPM_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                npm.destroyForcibly();
                throw new IOException("npm ci did not finish in " + NPM_TIMEOUT_SECONDS + " s; see " + log);
            }
        } catch (InterruptedException e) {
            npm.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while installing " + dir, e);
        }
        if (npm.exitValue() != 0) {
            throw new IOException("npm ci failed (exit " + npm.exitValue() + "):\n" + Files.readString(log));
        }
    }
}
