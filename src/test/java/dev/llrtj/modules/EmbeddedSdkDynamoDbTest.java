package dev.llrtj.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
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
 * node_modules of its own, against DynamoDB Local (com.amazonaws:DynamoDBLocal, fetched like bench/run does it:
 * bench/dynamodb-local.pom.xml into target/dynamodb-local) started by the test.
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

    private static Path dynamoDbLocalJars() throws Exception {
        Path jars = home().resolve("target/dynamodb-local");
        if (!Files.isDirectory(jars) || Files.list(jars).noneMatch(p -> p.getFileName().toString().startsWith("DynamoDBLocal"))) {
            Process mvn = new ProcessBuilder("mvn", "-q", "-B", "-f", home().resolve("bench/dynamodb-local.pom.xml").toString(),
                    "dependency:copy-dependencies", "-DoutputDirectory=" + jars)
                    .redirectErrorStream(true).redirectOutput(home().resolve("target/dynamodb-local-fetch.log").toFile()).start();
            assertTrue(mvn.waitFor(300, TimeUnit.SECONDS) && mvn.exitValue() == 0, "fetching DynamoDB Local failed");
        }
        return jars;
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    private static boolean listening(int port) {
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    @Test
    void putItemThenGetItemThroughTheEmbeddedClient() throws Exception {
        Path flavour = home().resolve("target/sdk/std-sdk");
        assertTrue(Files.isRegularFile(flavour.resolve("manifest.json")), "target/sdk/std-sdk is built by Maven");
        Path jars = dynamoDbLocalJars();
        int port = freePort();
        Process db = new ProcessBuilder(java(), "-Xmx256m", "-XX:+UseSerialGC", "-Dsqlite4java.library.path=" + jars,
                "-cp", jars + File.separator + "*", "com.amazonaws.services.dynamodbv2.local.main.ServerRunner",
                "-inMemory", "-disableTelemetry", "-port", Integer.toString(port))
                .directory(dir.toFile()).redirectErrorStream(true).redirectOutput(dir.resolve("dynamodb.log").toFile()).start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (!listening(port)) {
                assertTrue(db.isAlive() && System.nanoTime() < deadline, "DynamoDB Local did not start: "
                        + Files.readString(dir.resolve("dynamodb.log")));
                Thread.sleep(200);
            }
            Path script = dir.resolve("put-get.mjs");
            Files.copy(Path.of(getClass().getResource("/sdk/dynamodb-put-get.mjs").toURI()), script);
            List<String> cmd = new ArrayList<>(List.of(java(), "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                    "-Dvertx.disableDnsResolver=true", "-Dllrt.home=" + home(), "-D" + EmbeddedSdk.PROPERTY + "=" + flavour,
                    "-cp", System.getProperty("java.class.path"), "dev.llrtj.Main", script.toString()));
            ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile());
            pb.environment().put("AWS_ENDPOINT_URL_DYNAMODB", "http://127.0.0.1:" + port);
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
        } finally {
            db.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static JsonNode sorted(JsonNode item) throws IOException {
        return JSON.readTree(JSON.writer().with(com.fasterxml.jackson.databind.SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                .writeValueAsString(JSON.treeToValue(item, java.util.Map.class)));
    }
}
