package dev.llrtj.realm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bare @aws-sdk/@smithy/@aws-crypto specifiers: the handler's own node_modules first, the embedded flavour (a
 * fixture laid out as bundles/sdk/build.mjs writes one) only when the handler ships no copy.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class EmbeddedSdkResolutionTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private String saved;

    @BeforeEach
    void embeddedFlavour() throws Exception {
        Path sdk = Files.createDirectories(dir.resolve("sdk/@aws-sdk"));
        Files.createDirectories(dir.resolve("sdk/chunks"));
        Files.writeString(dir.resolve("sdk/manifest.json"), """
                {"flavour": "std-sdk", "version": "3.999.0",
                 "packages": {"@aws-sdk/client-fake": "@aws-sdk/client-fake.js", "@smithy/fake/sub": "@aws-sdk/sub.js"},
                 "clients": {}}
                """);
        Files.writeString(dir.resolve("sdk/VERSION"), "3.999.0\n");
        // lowered ES modules as the build writes them: an entry importing a shared chunk by relative path
        Files.writeString(sdk.resolve("client-fake.js"), """
                /*llrt:system*/
                System.register(["../chunks/shared.js"], function (_export) {
                  var shared;
                  return { setters: [function (m) { shared = m.shared; }],
                           execute: function () { _export("from", "embedded:" + shared); } };
                });
                """);
        Files.writeString(dir.resolve("sdk/chunks/shared.js"), """
                /*llrt:system*/
                System.register([], function (_export) {
                  return { setters: [], execute: function () { _export("shared", "chunk"); } };
                });
                """);
        Files.writeString(sdk.resolve("sub.js"), "/*llrt:cjs*/\nmodule.exports = { from: 'embedded subpath' };\n");
        Path own = Files.createDirectories(dir.resolve("app-with-copy/node_modules/@aws-sdk/client-fake"));
        Files.writeString(own.resolve("package.json"), "{\"name\": \"@aws-sdk/client-fake\", \"main\": \"index.js\"}");
        Files.writeString(own.resolve("index.js"), "exports.from = 'own copy';\n");
        Files.createDirectories(dir.resolve("app-bare"));
        saved = System.getProperty(EmbeddedSdk.PROPERTY);
        System.setProperty(EmbeddedSdk.PROPERTY, dir.resolve("sdk").toString());
    }

    @AfterEach
    void restore() {
        if (saved == null) {
            System.clearProperty(EmbeddedSdk.PROPERTY);
        } else {
            System.setProperty(EmbeddedSdk.PROPERTY, saved);
        }
    }

    private JsonNode run(String body) throws Exception {
        try (RealmHarness realm = RealmHarness.start(List.of("llrt"))) {
            return JSON.readTree(realm.run(body));
        }
    }

    @Test
    void handlerCopyWinsAndEmbeddedFlavourAnswersOtherwise() throws Exception {
        JsonNode out = run(String.join("\n",
                "const { createRequire } = require('module');",
                "const own = createRequire('" + dir.resolve("app-with-copy/main.js") + "');",
                "const bare = createRequire('" + dir.resolve("app-bare/main.js") + "');",
                "const code = f => { try { f(); return 'none'; } catch (e) { return e.code; } };",
                "const result = { own: own('@aws-sdk/client-fake').from, required: bare('@aws-sdk/client-fake').from,",
                "  subpath: bare('@smithy/fake/sub').from, resolved: bare.resolve('@aws-sdk/client-fake'),",
                "  absent: code(() => bare('@aws-sdk/client-absent')), other: code(() => bare('left-pad')),",
                "  version: process.versions['@aws-sdk'] };",
                "Promise.all([bare.import('@aws-sdk/client-fake'), own.import('@aws-sdk/client-fake')]).then(([e, o]) => {",
                "  result.imported = e.from; result.ownImported = o.from; report(JSON.stringify(result));",
                "}, e => report('failed: ' + e.stack));"));
        assertEquals("own copy", out.get("own").asText());
        assertEquals("embedded:chunk", out.get("required").asText());
        assertEquals("embedded subpath", out.get("subpath").asText());
        assertEquals(dir.resolve("sdk/@aws-sdk/client-fake.js").toRealPath().toString(), out.get("resolved").asText());
        assertEquals("MODULE_NOT_FOUND", out.get("absent").asText(), "a package the flavour lacks is still not found");
        assertEquals("MODULE_NOT_FOUND", out.get("other").asText(), "only SDK scopes fall back");
        assertEquals("embedded:chunk", out.get("imported").asText());
        assertEquals("own copy", out.get("ownImported").asText());
        assertEquals("3.999.0", out.get("version").asText());
    }

    @Test
    void withoutFlavourTheSdkIsNotFoundAndNoVersionIsClaimed() throws Exception {
        System.clearProperty(EmbeddedSdk.PROPERTY);
        JsonNode out = run(String.join("\n",
                "const bare = require('module').createRequire('" + dir.resolve("app-bare/main.js") + "');",
                "let code = 'none';",
                "try { bare('@aws-sdk/client-fake'); } catch (e) { code = e.code; }",
                "report(JSON.stringify({ code, listed: '@aws-sdk' in process.versions }));"));
        assertEquals("MODULE_NOT_FOUND", out.get("code").asText());
        assertEquals(false, out.get("listed").asBoolean());
    }
}
