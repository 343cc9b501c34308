package dev.llrtj.lambda;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A test-resource folder under {@code lambda-npm/} holding a handler, its package.json and package-lock.json: the
 * npm packages it imports are installed with {@code npm ci} into the copy on the test class path (target/), so the
 * source tree never holds node_modules, and `llrt bundle` then bundles them as a user's build would.
 */
final class NpmFixture {
    private static final long NPM_TIMEOUT_SECONDS = 300;

    private NpmFixture() {}

    /** The folder {@code lambda-npm/<name>} on the test class path, its dependencies installed. */
    static synchronized Path installed(String name) throws IOException, InterruptedException {
        Path dir = RuntimeProcess.resource("../lambda-npm/" + name).normalize();
        if (Files.isRegularFile(dir.resolve("node_modules/.package-lock.json"))) return dir;
        Path log = dir.resolve("npm-ci.log");
        // no install scripts: the packages are plain JavaScript, and scripts are a needless risk
        Process npm = new ProcessBuilder(List.of("npm", "ci", "--ignore-scripts", "--no-audit", "--no-fund"))
                .directory(dir.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!npm.waitFor(NPM_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            npm.destroyForcibly();
            throw new IOException("npm ci in " + dir + " did not finish in " + NPM_TIMEOUT_SECONDS + " s; see " + log);
        }
        if (npm.exitValue() != 0) {
            throw new IOException("npm ci in " + dir + " failed (exit " + npm.exitValue() + "):\n" + Files.readString(log));
        }
        return dir;
    }
}
