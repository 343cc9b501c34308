package dev.llrtj.sdk;

import dev.llrtj.testsupport.services.TestServices;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** sdk-it/dynamodb.mjs: @aws-sdk/lib-dynamodb against DynamoDB Local. */
@Tag("sdk-it")
@Timeout(value = 420, unit = TimeUnit.SECONDS)
class DynamoDbSdkTest {
    @Test
    void documentClientOperationsAgainstDynamoDbLocal() throws Exception {
        ServiceScripts.runAndExpect("dynamodb.mjs",
                Map.of("AWS_ENDPOINT_URL_DYNAMODB", TestServices.dynamoDb().endpoint()),
                List.of("CreateTable", "PutItem", "GetItem", "Logger", "BatchWrite", "Query", "Scan", "UpdateItem",
                        "ConditionalCheckFailedException", "TransactWrite", "TransactionCanceledException"));
    }
}
