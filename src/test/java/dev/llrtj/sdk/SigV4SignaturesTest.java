package dev.llrtj.sdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * sdk-it/sigv4.mjs signs fixed requests (headers, session token, presigned query, unsigned payload, bodies) with
 * the SDK's SignatureV4 and three SHA-256 implementations: llrt must print exactly what Node.js prints.
 */
@Tag("sdk-it")
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class SigV4SignaturesTest {
    @Test
    void llrtSignsByteForByteLikeNode() throws Exception {
        Map<String, String> env = SdkScript.awsEnv(Map.of());
        SdkScript.Result node = SdkScript.node("sigv4.mjs", env);
        assertEquals(0, node.code(), node.describe());
        assertTrue(node.out().contains("\"get-vanilla\": true"), "the AWS test suite's signature, under Node:\n" + node.out());
        SdkScript.Result llrt = SdkScript.llrt(env, SdkScript.script("sigv4.mjs").toString());
        assertEquals(0, llrt.code(), llrt.describe());
        assertEquals(node.out(), llrt.out());
    }
}
