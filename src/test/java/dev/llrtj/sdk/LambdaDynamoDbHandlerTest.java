package dev.llrtj.sdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.llrtj.testsupport.services.TestServices;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A handler doing put + get on DynamoDB Local, through the Lambda loop (`llrt invoke`: emulator + runtime). */
@Tag("sdk-it")
@Timeout(value = 420, unit = TimeUnit.SECONDS)
class LambdaDynamoDbHandlerTest {
    @Test
    void handlerPutsAndGetsThroughTheLambdaLoop() throws Exception {
        String table = "sdk-it-lambda-" + System.nanoTime();
        SdkScript.Result r = LambdaInvoke.invoke("lambda-dynamodb", "{\"id\":\"k1\",\"value\":{\"n\":42,\"s\":\"é\"}}",
                SdkScript.awsEnv(Map.of("AWS_ENDPOINT_URL_DYNAMODB", TestServices.dynamoDb().endpoint(),
                        "TABLE_NAME", table)));
        assertEquals(0, r.code(), r.describe());
        String result = r.out().strip();
        assertTrue(result.contains("\"stored\":{"), r.describe());
        assertTrue(result.contains("\"value\":{\"n\":42,\"s\":\"é\"}") || result.contains("\"value\":{\"s\":\"é\",\"n\":42}"),
                r.describe());
        assertTrue(result.contains("\"id\":\"k1\""), r.describe());
        assertTrue(result.contains("\"sameRequest\":true"), r.describe());
        assertTrue(r.err().contains("REPORT RequestId: "), r.describe());
    }
}
