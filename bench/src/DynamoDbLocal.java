import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * DynamoDB Local (com.amazonaws:DynamoDBLocal, copied into bench/.cache/ by bench/run), in memory, one shared
 * database, on a loopback port; the benchmark's table is created with a raw JSON call so the harness needs no SDK.
 */
final class DynamoDbLocal implements AutoCloseable {
    private final Process process;
    private final int port;

    private DynamoDbLocal(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    static DynamoDbLocal start(Path libDir, int port, Path log) throws IOException, InterruptedException {
        Process p = ServiceProcess.launch(log, List.of("-Dsqlite4java.library.path=" + libDir.toAbsolutePath(),
                "-cp", libDir.toAbsolutePath() + File.separator + "*",
                "com.amazonaws.services.dynamodbv2.local.main.ServerRunner",
                "-inMemory", "-sharedDb", "-disableTelemetry", "-port", Integer.toString(port)));
        DynamoDbLocal db = new DynamoDbLocal(p, port);
        ServiceProcess.await(p, "DynamoDB Local", log, db::answers);
        return db;
    }

    String endpoint() {
        return "http://127.0.0.1:" + port;
    }

    void createTable(String name) throws IOException, InterruptedException {
        String body = "{\"TableName\":\"" + name + "\",\"BillingMode\":\"PAY_PER_REQUEST\","
                + "\"AttributeDefinitions\":[{\"AttributeName\":\"id\",\"AttributeType\":\"S\"}],"
                + "\"KeySchema\":[{\"AttributeName\":\"id\",\"KeyType\":\"HASH\"}]}";
        HttpResponse<String> r = call("CreateTable", body);
        if (r.statusCode() != 200) {
            throw new IOException("CreateTable answered " + r.statusCode() + ": " + r.body());
        }
    }

    private boolean answers() throws IOException, InterruptedException {
        return call("ListTables", "{}").statusCode() == 200;
    }

    private HttpResponse<String> call(String operation, String body) throws IOException, InterruptedException {
        // DynamoDB Local reads the access key from the Authorization header but does not check the signature.
        HttpRequest request = HttpRequest.newBuilder(URI.create(endpoint()))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/x-amz-json-1.0")
                .header("X-Amz-Target", "DynamoDB_20120810." + operation)
                .header("Authorization", "AWS4-HMAC-SHA256 Credential=bench/20260101/us-east-1/dynamodb/aws4_request, "
                        + "SignedHeaders=host, Signature=0")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        }
    }

    @Override
    public void close() {
        ServiceProcess.stop(process);
    }
}
