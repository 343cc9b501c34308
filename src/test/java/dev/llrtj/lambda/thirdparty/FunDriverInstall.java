package dev.llrtj.lambda.thirdparty;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Finds the Node side of the harness (test resource folder {@code thirdparty-runtime-api}) and installs its
 * pinned npm dependency, @vercel/fun, with {@code npm ci} the first time a test needs it.
 *
 * <p>The install lands beside the copied resources under target/test-classes, so a clean build re-installs and
 * the source tree never holds node_modules.
 */
final class FunDriverInstall {
    static final String RESOURCE_DIR = "thirdparty-runtime-api";
    private static final long NPM_TIMEOUT_SECONDS = 300;
    private static Path installed;

    private FunDriverInstall() {}

    /** The folder holding fun-driver.js and node_modules, installing on first use. */
    static synchronized Path ensureInstalled() throws IOException {
        if (installed != null) {
            return installed;
        }
        Path dir = resourceDir();
        if (!Files.isRegularFile(dir.resolve("node_modules/@vercel/fun/package.json"))) {
            runNpmCi(dir);
        }
        installed = dir;
        return dir;
    }

    static Path resourceDir() throws IOException {
        URL url = FunDriverInstall.class.getResource("/" + RESOURCE_DIR + "/fun-driver.js");
        if (url == null || !"file".equals(url.getProtocol())) {
            throw new IOException("test resource " + RESOURCE_DIR + "/fun-driver.js is not on the classpath as a file: " + url);
        }
        try {
            return Path.of(url.toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IOException(e);
        }
    }

    private static void runNpmCi(Path dir) throws IOException {
        Path log = dir.resolve("npm-ci.log");
        // No install scripts: fun and its dependencies are plain JavaScript, and scripts are a needless risk.
        ProcessBuilder pb = new ProcessBuilder(List.of("npm", "ci", "--ignore-scripts", "--no-audit", "--no-fund"))
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        Process npm;
        try {
            npm = pb.start();
        } catch (IOException e) {
            throw new IOException("npm is needed to install @vercel/fun (the third-party Runtime API server)", e);
        }
        try {
            if (!npm.waitFor(NPM_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                npm.destroyForcibly();
                throw new IOException("npm ci did not finish in " + NPM_TIMEOUT_SECONDS + " s; see " + log);
            }
        } catch (InterruptedException e) {
            npm.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while installing @vercel/fun", e);
        }
        if (npm.exitValue() != 0) {
            throw new IOException("npm ci failed (exit " + npm.exitValue() + "):\n" + Files.readString(log));
        }
    }
}
