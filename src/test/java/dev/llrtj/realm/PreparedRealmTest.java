package dev.llrtj.realm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.llrtj.engine.Engine;
import dev.llrtj.modules.ModuleRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mozilla.javascript.Context;

/**
 * The native image's prepared realm, made and taken in one JVM as the image builder and the executable's first start
 * would: the SDK imported with no per-process value read, then the process's own values seen after the start.
 */
class PreparedRealmTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path FLAVOUR = Path.of(System.getProperty("llrt.home"), "target/sdk/std-sdk");

    @AfterEach
    void forgetTheImageBuild() {
        EmbeddedSdk.buildingImageWith(null);
        PreparedRealm.take(ModuleRegistry.builtins()); // whatever a failed test left
    }

    private static void prepare(List<String> packages) throws Exception {
        assertTrue(Files.isRegularFile(FLAVOUR.resolve("manifest.json")), "target/sdk/std-sdk is built by Maven");
        prepare(FLAVOUR, packages);
    }

    private static void prepare(Path flavour, List<String> packages) throws Exception {
        Thread builder = new Thread(() -> {
            Context cx = Engine.enter();
            try {
                PreparedRealm.prepare(cx, flavour, packages, ModuleRegistry.builtins());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            } finally {
                Context.exit();
            }
        });
        Throwable[] failure = new Throwable[1];
        builder.setUncaughtExceptionHandler((t, e) -> failure[0] = e);
        builder.start();
        builder.join();
        if (failure[0] != null) {
            throw new AssertionError("preparing the realm failed", failure[0]);
        }
    }

    @Test
    void aRealmPreparedWithNoFlavourIsTakenOnlyWhereNoFlavourIs() throws Exception {
        prepare(null, List.of()); // the no-sdk layer's executable
        String before = System.getProperty(EmbeddedSdk.PROPERTY);
        try {
            System.clearProperty(EmbeddedSdk.PROPERTY);
            org.junit.jupiter.api.Assumptions.assumeTrue(EmbeddedSdk.home().isEmpty(), "this JVM finds no flavour");
            assertTrue(PreparedRealm.available(ModuleRegistry.builtins()), "no flavour here, none in the realm");
            System.setProperty(EmbeddedSdk.PROPERTY, FLAVOUR.toString());
            assertTrue(!PreparedRealm.available(ModuleRegistry.builtins()),
                    "a flavour beside it: its packages were never loaded into that realm, so a fresh one is built");
        } finally {
            if (before == null) {
                System.clearProperty(EmbeddedSdk.PROPERTY);
            } else {
                System.setProperty(EmbeddedSdk.PROPERTY, before);
            }
        }
    }

    @Test
    void theSdkIsImportedAtBuildAndTheProcessIsReadAtTheStart() throws Exception {
        prepare(ImageSnapshot.defaultPreload(FLAVOUR));
        assertTrue(PreparedRealm.available(ModuleRegistry.builtins()));
        assertEquals(java.util.Set.of("AWS_LAMBDA_BENCHMARK_MODE", "AWS_LAMBDA_NODEJS_NO_GLOBAL_AWSLAMBDA"),
                PreparedRealm.assumedUnset(), "the variables the SDK's module bodies read (docs/native-image.md names them)");
        try (RealmHarness h = RealmHarness.start(List.of("llrt", "/app/case.js"))) {
            assertTrue(!PreparedRealm.available(ModuleRegistry.builtins()), "the first realm took the prepared one");
            String out = h.run("""
                    const before = Object.getOwnPropertyNames(globalThis).includes('awslambda');
                    const ddb = require('@aws-sdk/client-dynamodb');
                    const client = new ddb.DynamoDBClient({ region: 'eu-west-1' });
                    report(JSON.stringify({
                      path: process.env.PATH === undefined ? null : process.env.PATH,
                      argv: process.argv,
                      pid: process.pid,
                      random: typeof Math.random(),
                      now: Date.now(),
                      resolved: require.resolve('@aws-sdk/client-dynamodb'),
                      region: typeof client.config.region,
                      command: typeof ddb.PutItemCommand,
                      awslambda: [before, typeof globalThis.awslambda],
                    }));
                    """);
            JsonNode r = JSON.readTree(out);
            assertEquals(System.getenv("PATH"), r.get("path").asText(), out);
            assertEquals("[\"llrt\",\"/app/case.js\"]", r.get("argv").toString());
            assertEquals(ProcessHandle.current().pid(), r.get("pid").asLong());
            assertEquals("number", r.get("random").asText());
            assertTrue(Math.abs(System.currentTimeMillis() - r.get("now").asLong()) < 60_000, out);
            assertEquals(EmbeddedSdk.SHIPPED_HOME + "/@aws-sdk/client-dynamodb.js", r.get("resolved").asText());
            assertEquals("function", r.get("region").asText());
            assertEquals("function", r.get("command").asText());
            // the SDK's invoke store sets globalThis.awslambda as its module body runs: not there before the import
            // (Node has it in Lambda only, where the loop defines it), there after it, as Node's import creates it
            assertEquals("[false,\"object\"]", r.get("awslambda").toString(), out);
        }
    }
}
