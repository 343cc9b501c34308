package dev.llrtj.realm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import dev.llrtj.testsupport.LlrtProcesses;
import dev.llrtj.testsupport.services.TestServices;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded std-sdk flavour end to end: `llrt` runs a script importing @aws-sdk/client-dynamodb with no
 * node_modules of its own, against DynamoDB Local (the tests' shared one, {@link TestServices}).
 */
@Timeout(value = 600, unit = TimeUnit.SECONDS)
class EmbeddedSdkDynamoDbTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private static Path home() {
        return Path.of(System.getProperty("llrt.home"));
    }

    @Test
    void putItemThenGetItemThroughTheEmbeddedClient() throws Exception {
        Path flavour = home().resolve("target/sdk/std-sdk");
        assertTrue(Files.isRegularFile(flavour.resolve("manifest.json")), "target/sdk/std-sdk is built by Maven");
        String endpoint = TestServices.dynamoDb().endpoint();
        Path script = dir.resolve("put-get.mjs");
        Files.copy(Path.of(getClass().getResource("/sdk/dynamodb-put-get.mjs").toURI()), script);
        List<String> cmd = LlrtProcesses.command(LlrtProcesses.embeddedSdk(flavour), List.of(), script.toString());
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

    private static JsonNode sorted(JsonNode item) throws IOException {
        return JSON.readTree(JSON.writer().with(com.fasterxml.jackson.databind.SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                .writeValueAsString(JSON.treeToValue(item, java.util.Map.class)));
    }
}
