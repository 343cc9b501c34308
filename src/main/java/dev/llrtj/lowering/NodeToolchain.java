package dev.llrtj.lowering;

import dev.llrtj.host.Executable;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where Node.js and the lowering scripts ({@code bundles/}) are. Node: {@code LLRT_NODE}, else {@code node} on
 * PATH. Scripts: system property {@code llrt.home}, else env {@code LLRT_HOME}, else the directory above the
 * jar (target/llrt.jar in a checkout) or the native executable (target/native/llrt). Either may be absent: callers
 * turn that into a message saying what to do.
 */
public record NodeToolchain(Optional<Path> node, Optional<Path> bundles, String problem) {
    /** Files whose content decides the lowered output: a change to any invalidates cached results. */
    private static final List<String> SCRIPT_FILES = List.of("lower.mjs", "rhino-babel.mjs", "jest-hoist.mjs", "package-lock.json");
    private static final Object NPM_LOCK = new Object();

    public static NodeToolchain discover() {
        return discover(System.getenv(), System.getProperty("llrt.home"));
    }

    public static NodeToolchain discover(Map<String, String> env, String llrtHomeProperty) {
        Optional<Path> bundles = findBundles(env, llrtHomeProperty);
        String explicit = env.get("LLRT_NODE");
        if (explicit != null && !explicit.isBlank()) {
            Path p = Path.of(explicit);
            if (Files.isExecutable(p) && !Files.isDirectory(p)) {
                return new NodeToolchain(Optional.of(p), bundles, null);
            }
            return new NodeToolchain(Optional.empty(), bundles, "LLRT_NODE is set to " + explicit
                    + ", which is not an executable file");
        }
        Optional<Path> onPath = onPath(env.get("PATH"), "node");
        return new NodeToolchain(onPath, bundles, onPath.isEmpty() ? "node is not on PATH" : null);
    }

    private static Optional<Path> findBundles(Map<String, String> env, String property) {
        for (String home : new String[] {property, env.get("LLRT_HOME")}) {
            if (home != null && !home.isBlank() && Files.isRegularFile(Path.of(home, "bundles", "lower.mjs"))) {
                return Optional.of(Path.of(home, "bundles").toAbsolutePath());
            }
        }
        try {
            // the native executable has no jar: in a checkout it is target/native/llrt
            Path jar = Executable.isNative() ? Executable.path().orElseThrow()
                    : Path.of(NodeToolchain.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            for (Path dir = jar.getParent(); dir != null; dir = dir.getParent()) {
                if (Files.isRegularFile(dir.resolve("bundles/lower.mjs"))) {
                    return Optional.of(dir.resolve("bundles").toAbsolutePath());
                }
            }
        } catch (URISyntaxException | RuntimeException e) {
            // no usable code source (e.g. a custom class loader): only the explicit settings count
        }
        return Optional.empty();
    }

    static Optional<Path> onPath(String path, String name) {
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (dir.isEmpty()) {
                continue;
            }
            Path candidate = Path.of(dir, name);
            if (Files.isExecutable(candidate) && !Files.isDirectory(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** Why lowering cannot run here, phrased for someone who has to fix it; empty when it can. */
    public Optional<String> unavailableReason(Path file) {
        String subject = file == null ? "This code" : file.toString();
        if (node.isEmpty()) {
            return Optional.of(subject + " uses syntax Rhino cannot run (ES modules/classes/async...) and needs "
                    + "lowering, but Node.js was not found (" + problem + "). Install Node.js 18+ (or set "
                    + "LLRT_NODE), or pre-bundle with `llrt bundle " + (file == null ? "<file>" : file) + "`.");
        }
        if (bundles.isEmpty()) {
            return Optional.of(subject + " needs lowering, but the lowering scripts (bundles/lower.mjs) were not "
                    + "found. Set -Dllrt.home or LLRT_HOME to the llrt-java directory that contains bundles/, or "
                    + "pre-bundle with `llrt bundle " + (file == null ? "<file>" : file) + "`.");
        }
        return Optional.empty();
    }

    /** Why `llrt bundle` cannot run here; empty when it can. */
    public Optional<String> bundleUnavailableReason() {
        if (node.isEmpty()) {
            return Optional.of("bundling needs Node.js 18+ at build time, but it was not found (" + problem
                    + "). Install Node.js (or set LLRT_NODE to its path) and run this again; the bundle it "
                    + "writes then runs without Node.js.");
        }
        if (bundles.isEmpty()) {
            return Optional.of("the lowering scripts (bundles/lower.mjs) were not found. Set -Dllrt.home or "
                    + "LLRT_HOME to the llrt-java directory that contains bundles/.");
        }
        return Optional.empty();
    }

    /** Identifies the lowering scripts' version: part of every cache key. */
    public String scriptVersion() {
        if (bundles.isEmpty()) {
            return "no-scripts";
        }
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String name : SCRIPT_FILES) {
                Path p = bundles.get().resolve(name);
                sha.update(name.getBytes());
                if (Files.isRegularFile(p)) {
                    sha.update(Files.readAllBytes(p));
                }
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (IOException | NoSuchAlgorithmException e) {
            return "unreadable-scripts";
        }
    }

    /** Runs {@code npm ci} once when bundles/node_modules is missing; npm's output goes to stderr. */
    public void ensureInstalled() throws LoweringException {
        Path dir = bundles.orElseThrow();
        synchronized (NPM_LOCK) {
            if (Files.isDirectory(dir.resolve("node_modules/esbuild"))
                    && Files.isDirectory(dir.resolve("node_modules/@babel/core"))) {
                return;
            }
            Path npm = node.map(Path::getParent).map(d -> d.resolve("npm")).filter(Files::isExecutable)
                    .or(() -> onPath(System.getenv("PATH"), "npm"))
                    .orElseThrow(() -> new LoweringException("npm was not found next to " + node.orElse(null)
                            + " or on PATH; run `npm ci --prefix " + dir + "` by hand"));
            System.err.println("llrt: installing the lowering tools (npm ci --prefix " + dir + ")");
            try {
                Process p = new ProcessBuilder(npm.toString(), "ci", "--prefix", dir.toString(), "--no-audit",
                        "--no-fund").redirectErrorStream(true).start();
                p.getOutputStream().close();
                try (InputStream out = p.getInputStream()) {
                    out.transferTo(System.err);
                }
                int code = p.waitFor();
                if (code != 0) {
                    throw new LoweringException("`npm ci --prefix " + dir + "` failed with exit code " + code);
                }
            } catch (IOException e) {
                throw new LoweringException("could not run npm ci in " + dir + ": " + e.getMessage(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new LoweringException("interrupted while running npm ci in " + dir, e);
            }
        }
    }

    /** The command that runs a lower.mjs mode. */
    public List<String> command(String... args) {
        List<String> cmd = new java.util.ArrayList<>();
        cmd.add(node.orElseThrow().toString());
        cmd.add(bundles.orElseThrow().resolve("lower.mjs").toString());
        cmd.addAll(List.of(args));
        return cmd;
    }
}
