package dev.llrtj.lambda.thirdparty;

import dev.llrtj.testsupport.NpmCi;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

/**
 * Finds the Node side of the harness (test resource folder {@code thirdparty-runtime-api}) and installs its
 * pinned npm dependency, @vercel/fun, with {@code npm ci} the first time a test needs it.
 *
 * <p>The install lands beside the copied resources under target/test-classes, so a clean build re-installs and
 * the source tree never holds node_modules.
 */
final class FunDriverInstall {
    static final String RESOURCE_DIR = "thirdparty-runtime-api";
    private static Path installed;

    private FunDriverInstall() {}

    /** The folder holding fun-driver.js and node_modules, installing on first use. */
    static synchronized Path ensureInstalled() throws IOException {
        if (installed != null) {
            return installed;
        }
        Path dir = resourceDir();
        NpmCi.ensure(dir, "node_modules/@vercel/fun/package.json");
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
}
