package dev.llrtj.sdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import dev.llrtj.testsupport.services.TestServices;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * sdk-it/credentials.mjs: the embedded SDK's credential providers. The container endpoint is served here by a JDK
 * HttpServer answering what Lambda's and ECS's credential endpoints answer (a JSON document; not an AWS service
 * protocol), and it checks the authorization token the SDK must send.
 */
@Tag("sdk-it")
@Timeout(value = 420, unit = TimeUnit.SECONDS)
class CredentialsSdkTest {
    private static final String TOKEN = "container-auth-token";

    @Test
    void environmentSharedFilesAndTheContainerEndpoint(@TempDir Path dir) throws Exception {
        Path credentials = Files.writeString(dir.resolve("credentials"), """
                [dev]
                aws_access_key_id = INIKEY
                aws_secret_access_key = inisecret
                """);
        Path config = Files.writeString(dir.resolve("config"), """
                [profile from-config]
                aws_access_key_id = CONFIGKEY
                aws_secret_access_key = configsecret
                """);
        AtomicInteger served = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        HttpServer endpoint = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        endpoint.createContext("/creds", exchange -> {
            boolean authorized = TOKEN.equals(exchange.getRequestHeaders().getFirst("Authorization"));
            String expiration = Instant.now().plus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS).toString();
            byte[] body = (authorized
                    ? "{\"AccessKeyId\":\"CONTAINERKEY\",\"SecretAccessKey\":\"containersecret\",\"Token\":\"container-token\","
                            + "\"Expiration\":\"" + expiration + "\"}"
                    : "{\"message\":\"missing token\"}").getBytes(StandardCharsets.UTF_8);
            (authorized ? served : refused).incrementAndGet();
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(authorized ? 200 : 403, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        endpoint.start();
        try {
            Map<String, String> env = SdkScript.awsEnv(Map.of(
                    "AWS_ENDPOINT_URL_DYNAMODB", TestServices.dynamoDb().endpoint(),
                    "AWS_SHARED_CREDENTIALS_FILE", credentials.toString(),
                    "AWS_CONFIG_FILE", config.toString(),
                    "AWS_CONTAINER_CREDENTIALS_FULL_URI", "http://127.0.0.1:" + endpoint.getAddress().getPort() + "/creds",
                    "AWS_CONTAINER_AUTHORIZATION_TOKEN", TOKEN,
                    "SDK_IT_EXPECT", """
                            {"ini":{"accessKeyId":"INIKEY","secretAccessKey":"inisecret"},
                             "config":{"accessKeyId":"CONFIGKEY"},
                             "container":{"accessKeyId":"CONTAINERKEY","token":"container-token"}}"""));
            // the chain must reach the files and the container endpoint, not stop at the environment
            env.remove("AWS_ACCESS_KEY_ID");
            env.remove("AWS_SECRET_ACCESS_KEY");
            SdkScript.Result r = SdkScript.run("credentials.mjs", env);
            assertEquals(0, r.code(), r.describe());
            for (String step : List.of("fromIni", "fromIni(config file)", "fromHttp", "chain->container",
                    "ListTables(container credentials)", "fromEnv", "chain->env")) {
                assertTrue(r.lastLine().contains("\"" + step + "\""), "step " + step + " missing: " + r.describe());
            }
            assertTrue(served.get() >= 2, "the container endpoint was asked " + served.get() + " times");
            assertEquals(0, refused.get(), "a request came without the authorization token");
        } finally {
            endpoint.stop(0);
        }
    }
}
