package dev.llrtj.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/** `llrt generate-event` (issue 14 item 5): every sample is JSON, and the values derived from options agree with them. */
class GenerateEventCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static CliOutcome run(String... args) throws Exception {
        return CliOutcome.of(() -> new GenerateEventCommand().run(args));
    }

    private static JsonNode event(String... args) throws Exception {
        CliOutcome out = run(args);
        assertEquals(0, out.code(), out.err());
        return JSON.readTree(out.out());
    }

    @Test
    void everySourceAndTypeIsJson() throws Exception {
        JsonNode index = JSON.readTree(EventTemplates.text("index.json"));
        List<String> made = new ArrayList<>();
        for (var source = index.fields(); source.hasNext(); ) {
            var s = source.next();
            for (var type = s.getValue().fieldNames(); type.hasNext(); ) {
                String t = type.next();
                assertTrue(event(s.getKey(), t).isObject(), s.getKey() + " " + t);
                made.add(s.getKey() + " " + t);
            }
        }
        assertEquals(10, made.size(), made.toString());
    }

    @Test
    void optionsAndWhatFollowsFromThem() throws Exception {
        JsonNode s3 = event("s3", "put", "--bucket", "photos", "--key", "a dir/c\"at+1.jpg", "--size", "42").get("Records").get(0);
        assertEquals("photos", s3.at("/s3/bucket/name").asText());
        assertEquals("arn:aws:s3:::photos", s3.at("/s3/bucket/arn").asText());
        assertEquals("a+dir/c%22at%2B1.jpg", s3.at("/s3/object/key").asText(), "form-encoded, '/' kept, as S3 sends it");
        assertEquals(42, s3.at("/s3/object/size").asLong());
        assertEquals("ObjectCreated:Put", s3.get("eventName").asText());
        assertEquals("ObjectRemoved:Delete", event("s3", "delete").at("/Records/0/eventName").asText());

        String body = "héllo \"sqs\"\n";
        JsonNode sqs = event("sqs", "receive-message", "--body", body, "--queue", "jobs").at("/Records/0");
        assertEquals(body, sqs.get("body").asText());
        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(body.getBytes(StandardCharsets.UTF_8))),
                sqs.get("md5OfBody").asText());
        assertEquals("arn:aws:sqs:us-east-1:123456789012:jobs", sqs.get("eventSourceARN").asText());

        JsonNode http = event("apigateway", "http-api-proxy", "--method", "POST", "--path", "/items/1", "--body", "é");
        assertEquals("/items/1", http.get("rawPath").asText());
        assertEquals("POST", http.at("/requestContext/http/method").asText());
        assertEquals("2", http.at("/headers/content-length").asText(), "bytes, not characters");
        assertTrue(http.at("/requestContext/timeEpoch").isNumber());
        assertEquals("items/1", event("apigateway", "aws-proxy", "--path", "/items/1").at("/pathParameters/proxy").asText());

        JsonNode kinesis = event("kinesis", "get-records", "--data", "{\"n\":1}").at("/Records/0/kinesis");
        assertEquals("{\"n\":1}", new String(Base64.getDecoder().decode(kinesis.get("data").asText()), StandardCharsets.UTF_8));
    }

    @Test
    void theLogsSubscriptionIsBase64OfGzipAsLambdaGetsIt() throws Exception {
        String data = event("cloudwatch", "logs", "--message", "boom", "--group", "/aws/lambda/f").at("/awslogs/data").asText();
        byte[] json = new GZIPInputStream(new ByteArrayInputStream(Base64.getDecoder().decode(data))).readAllBytes();
        JsonNode document = JSON.readTree(json);
        assertEquals("DATA_MESSAGE", document.get("messageType").asText());
        assertEquals("/aws/lambda/f", document.get("logGroup").asText());
        assertEquals("boom", document.at("/logEvents/0/message").asText());
    }

    @Test
    void badInputIsNamed() throws Exception {
        CliOutcome type = run("s3", "get");
        assertEquals(2, type.code());
        assertEquals("llrt generate-event: s3 has no type get; types: put, delete\n", type.err());
        CliOutcome option = run("sqs", "receive-message", "--bucket", "x");
        assertEquals(2, option.code());
        assertTrue(option.err().contains("unknown option --bucket; options of sqs receive-message: --body,"), option.err());
        assertEquals(2, run("nope").code());
        assertEquals(2, run("s3", "put", "--size", "big").code());
        assertEquals(2, run("s3", "put", "--key").code(), "an option without its value");
        CliOutcome help = run("s3", "put", "--help");
        assertEquals(0, help.code());
        assertTrue(help.out().contains("--bucket       example-bucket"), help.out());
    }
}
