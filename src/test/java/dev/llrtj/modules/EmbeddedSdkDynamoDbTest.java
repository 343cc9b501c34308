package dev.llrtj.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.llrtj.testsupport.services.TestServices;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded std-sdk flavour end to end: `llrt` runs a script importing @aws-sdk/client-dynamodb with no
 * node_modules of its own, against the DynamoDB Local the test services start (testsupport.services), from the JVM's
 * own classpath rather than the launcher.
 */
@Timeout(value = 600, unit = TimeUnit.SECONDS)
class EmbeddedSdkDynamoDbTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private static Path home() {
        return Path.of(System.getProperty("llrt.home"));
    }

    private static String java() {
        return ProcessHandle.current().info().command().orElseThrow();
    }

    @Test
    void putItemThenGetItemThroughTheEmbeddedClient() throws Exception {
        Path flavour = home().resolve("target/sdk/std-sdk");
        assertTrue(Files.isRegularFile(flavour.resolve("manifest.json")), "target/sdk/std-sdk is built by Maven");
        String endpoint = TestServices.dynamoDb().endpoint();
        {
            Path script = dir.resolve("put-get.mjs");
            Files.copy(Path.of(getClass().getResource("/sdk/dynamodb-put-get.mjs").toURI()), script);
            List<String> cmd = new ArrayList<>(List.of(java(), "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                    "-Dvertx.disableDnsResolver=true", "-Dllrt.home=" + home(), "-D" + EmbeddedSdk.PROPERTY + "=" + flavour,
                    "-cp", System.getProperty("java.class.path"), "dev.llrtj.Main", script.toString()));
            ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile());
            pb.environment().put("AWS_ENDPOINT_URL_DYNAMODB", endpoint);
            pb.environment().put("AWS_REGION", "us-east-1");
            pb.environment().put("AWS_ACCESS_KEY_ID", "llrtlocal");
            pb.environment().put("AWS_SECRET_ACCESS_KEY", "llrtlocal");
            pb.environment().remove("AWS_PROFILE");
            Process run = pb.redirectErrorStream(false).redirectError(dir.resolve("llrt.err").toFile()).start();
            String out = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(run.waitFor(120, TimeUnit.SECONDS), "llrt did not finish");
            String err = Files.readString(dir.resolve("llrt.err"));
            assertEquals(0, run.exitValue(), out + err);
            JsonNode result = JSON.readTree(out.strip());
            assertEquals("{\"id\":{\"S\":\"k1\"},\"n\":{\"N\":\"42\"},\"tags\":{\"SS\":[\"a\",\"b\"]}}",
                    JSON.writeValueAsString(sorted(result.get("item"))), out);
            assertEquals(200, result.get("status").asInt());
            assertEquals(EmbeddedSdkVersionTest.lockedVersion(), result.get("sdk").asText());
        }
    }

    private static JsonNode sorted(JsonNode item) throws IOException {
        return JSON.readTree(JSON.writer().with(com.fasterxml.jackson.databind.SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                .writeValueAsString(JSON.treeToValue(item, java.util.Map.class)));
    }
}
