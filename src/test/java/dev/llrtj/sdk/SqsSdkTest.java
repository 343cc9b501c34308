package dev.llrtj.sdk;

import dev.llrtj.testsupport.services.TestServices;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** sdk-it/sqs.mjs: client-sqs (JSON protocol) against ElasticMQ. */
@Tag("sdk-it")
@Timeout(value = 420, unit = TimeUnit.SECONDS)
class SqsSdkTest {
    @Test
    void queueMessagesAndBatchesAgainstElasticMq() throws Exception {
        ServiceScripts.runAndExpect("sqs.mjs",
                Map.of("AWS_ENDPOINT_URL_SQS", TestServices.sqs().endpoint()),
                List.of("CreateQueue", "GetQueueUrl", "SendMessage", "ReceiveMessage", "DeleteMessage",
                        "SendMessageBatch", "DeleteMessageBatch", "GetQueueAttributes", "QueueDoesNotExist"));
    }
}
