package dev.llrtj.sdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * sdk-it/send-caches.mjs changes, between sends, everything the embedded SDK's kept results depend on (the middleware
 * order per stack shape, known endpoint parameters: bundles/sdk/shims) and prints which middleware ran in which order
 * and the requests sent: llrt must print exactly what Node.js prints.
 */
@Tag("sdk-it")
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class SendCachesTest {
    @Test
    void llrtSendsWhatNodeSendsWhateverChangedBetweenSends() throws Exception {
        Map<String, String> env = SdkScript.awsEnv(Map.of());
        SdkScript.Result node = SdkScript.node("send-caches.mjs", env);
        assertEquals(0, node.code(), node.describe());
        assertTrue(node.out().contains("# F added to the client: ok\n  A init high"), "the script under Node:\n" + node.out());
        SdkScript.Result llrt = SdkScript.llrt(env, SdkScript.script("send-caches.mjs").toString());
        assertEquals(0, llrt.code(), llrt.describe());
        assertEquals(node.out(), llrt.out());
    }
}
