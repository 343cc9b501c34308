package dev.llrtj.sdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

/** Runs one of the service scripts and checks that it went through every step it lists. */
final class ServiceScripts {
    private ServiceScripts() {}

    static void runAndExpect(String script, Map<String, String> endpoints, List<String> steps) throws Exception {
        SdkScript.Result r = SdkScript.run(script, SdkScript.awsEnv(endpoints));
        assertEquals(0, r.code(), r.describe());
        String summary = r.lastLine();
        assertTrue(summary.startsWith("{\"ok\":true,"), r.describe());
        for (String step : steps) {
            assertTrue(summary.contains("\"" + step + "\""), "step " + step + " missing from " + summary);
        }
    }
}
