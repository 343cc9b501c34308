package dev.llrtj.testrunner;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.llrtj.engine.JsErrors;
import dev.llrtj.loop.EventLoop;
import dev.llrtj.modules.ModuleRegistry;
import dev.llrtj.realm.Realm;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.Function;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptableObject;

/**
 * What a Jest or Vitest config file in the test directory says, of what llrt test honours: testMatch (vitest:
 * test.include) globs, setupFiles and setupFilesAfterEnv (vitest: test.setupFiles), run in each file's realm before
 * it, and testTimeout. Read from jest.config.{js,cjs,mjs,ts,json}, vitest.config.{js,mjs,ts,mts} or package.json's
 * "jest"; a JS config is evaluated by the runtime itself (its default export, or what its exported function returns).
 */
public record TestConfig(Path file, List<Pattern> testMatch, List<Path> setupFiles, long testTimeoutMs) {
    static final TestConfig NONE = new TestConfig(null, List.of(), List.of(), 0);
    private static final String[] NAMES = {"jest.config.js", "jest.config.cjs", "jest.config.mjs", "jest.config.ts",
        "jest.config.json", "vitest.config.js", "vitest.config.mjs", "vitest.config.ts", "vitest.config.mts"};
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The config of {@code dir}, NONE when it has none; a config that cannot be read is an error naming it. */
    public static TestConfig load(Path dir) {
        for (String name : NAMES) {
            Path f = dir.resolve(name);
            if (Files.isRegularFile(f)) {
                JsonNode root = name.endsWith(".json") ? readJson(f) : evaluate(f);
                return of(f, name.startsWith("vitest") ? root.path("test") : root, dir);
            }
        }
        Path pkg = dir.resolve("package.json");
        if (Files.isRegularFile(pkg)) {
            JsonNode jest = readJson(pkg).path("jest");
            if (jest.isObject()) {
                return of(pkg, jest, dir);
            }
        }
        return NONE;
    }

    /** Whether {@code relative} (to the test directory) is a test file by the config's testMatch. */
    public boolean matches(Path relative) {
        String p = relative.toString();
        return testMatch.stream().anyMatch(g -> g.matcher(p).matches());
    }

    private static TestConfig of(Path file, JsonNode c, Path dir) {
        List<Pattern> match = new ArrayList<>();
        JsonNode globs = c.has("testMatch") ? c.path("testMatch") : c.path("include");
        globs.forEach(g -> match.add(glob(g.asText().replace("<rootDir>/", ""))));
        List<Path> setup = new ArrayList<>();
        for (String key : new String[] {"setupFiles", "setupFilesAfterEnv"}) {
            JsonNode files = c.path(key);
            (files.isTextual() ? JSON.createArrayNode().add(files) : files)
                    .forEach(s -> setup.add(dir.resolve(s.asText().replace("<rootDir>/", "")).normalize()));
        }
        return new TestConfig(file, List.copyOf(match), List.copyOf(setup), c.path("testTimeout").asLong(0));
    }

    /** A glob as Jest's micromatch reads the common ones: **, *, ?, [ab], {a,b}, ?(x), +(x), *(x), @(x). */
    static Pattern glob(String glob) {
        String g = glob.startsWith("**/") ? glob.substring(3) : glob;
        StringBuilder re = new StringBuilder(glob.startsWith("**/") ? "(?:.*/)?" : "");
        for (int i = 0; i < g.length(); i++) {
            char ch = g.charAt(i);
            boolean ext = i + 1 < g.length() && g.charAt(i + 1) == '(' && "?+*@!".indexOf(ch) >= 0;
            if (ext) {
                int close = g.indexOf(')', i);
                String alts = g.substring(i + 2, close).replace("*", "[^/]*").replace(".", "\\.");
                re.append("(?:").append(alts).append(')').append(ch == '@' ? "" : String.valueOf(ch));
                i = close;
            } else if (g.startsWith("**/", i)) {
                re.append("(?:.*/)?");
                i += 2;
            } else if (ch == '*') {
                re.append("[^/]*");
            } else if (ch == '?') {
                re.append("[^/]");
            } else if (ch == '[' && g.indexOf(']', i) > i) {
                int close = g.indexOf(']', i);
                re.append(g, i, close + 1);
                i = close;
            } else if (ch == '{') {
                int close = g.indexOf('}', i);
                re.append("(?:").append(g.substring(i + 1, close).replace(".", "\\.").replace(',', '|')).append(')');
                i = close;
            } else {
                re.append(Pattern.quote(String.valueOf(ch)));
            }
        }
        return Pattern.compile(re.toString());
    }

    private static JsonNode readJson(Path f) {
        try {
            return JSON.readTree(f.toFile());
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + f + ": " + e.getMessage());
        }
    }

    private static JsonNode evaluate(Path f) {
        CompletableFuture<String> out = new CompletableFuture<>();
        EventLoop loop = EventLoop.start();
        try {
            loop.execute(() -> {
                try {
                    Realm realm = Realm.create(loop, List.of("llrt", f.toString()), ModuleRegistry.builtins());
                    realm.settle(realm.importFile(f)).thenCompose(ns -> {
                        Object config = ScriptableObject.getProperty((Scriptable) ns, "default");
                        if (config instanceof Function fn) {
                            config = realm.call(fn, realm.global());
                        }
                        return realm.settle(config);
                    }).whenComplete((config, failure) -> {
                        if (failure != null) {
                            Object reason = failure instanceof Realm.JsRejection r ? r.reason() : realm.toJs(failure);
                            out.completeExceptionally(new IllegalArgumentException(JsErrors.describe(reason).headline()));
                            return;
                        }
                        Scriptable json = (Scriptable) ScriptableObject.getProperty(realm.global(), "JSON");
                        Function stringify = (Function) ScriptableObject.getProperty(json, "stringify");
                        out.complete(Context.toString(realm.call(stringify, json, config)));
                    });
                } catch (Throwable t) {
                    out.completeExceptionally(new IllegalArgumentException(JsErrors.describe(t).headline()));
                }
            });
            return JSON.readTree(out.get(60, TimeUnit.SECONDS));
        } catch (Exception e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw new IllegalArgumentException("cannot load " + f + ": " + cause.getMessage());
        } finally {
            loop.close();
        }
    }
}
