package dev.llrtj.realm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * process.versions['@aws-sdk'] of the std-sdk flavour Maven builds into target/sdk/ is the SDK release pinned by
 * bundles/sdk/package-lock.json: the newest version among its direct @aws-sdk dependencies.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class EmbeddedSdkVersionTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Path home() {
        String home = System.getProperty("llrt.home");
        assertNotNull(home, "llrt.home is set by the surefire configuration");
        return Path.of(home);
    }

    static String lockedVersion() throws Exception {
        JsonNode lock = JSON.readTree(home().resolve("bundles/sdk/package-lock.json").toFile());
        JsonNode packages = lock.get("packages");
        Iterable<Map.Entry<String, JsonNode>> direct = () -> packages.get("").get("dependencies").properties().iterator();
        return StreamSupport.stream(direct.spliterator(), false)
                .map(Map.Entry::getKey)
                .filter(name -> name.startsWith("@aws-sdk/"))
                .map(name -> packages.get("node_modules/" + name).get("version").asText())
                .max(Comparator.comparing(EmbeddedSdkVersionTest::numeric, EmbeddedSdkVersionTest::compare))
                .orElseThrow();
    }

    private static int[] numeric(String version) {
        String[] parts = version.split("\\.");
        return new int[] {Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2])};
    }

    private static int compare(int[] a, int[] b) {
        for (int i = 0; i < 3; i++) {
            if (a[i] != b[i]) {
                return Integer.compare(a[i], b[i]);
            }
        }
        return 0;
    }

    @Test
    void versionsMatchTheLockfile() throws Exception {
        Path flavour = home().resolve("target/sdk/std-sdk");
        assertTrue(Files.isRegularFile(flavour.resolve("manifest.json")),
                "target/sdk/std-sdk is built by Maven's generate-resources (bundles/sdk/build.sh)");
        String expected = lockedVersion();
        assertTrue(expected.matches("3\\.\\d+\\.\\d+"), expected);
        assertEquals(expected, JSON.readTree(flavour.resolve("manifest.json").toFile()).get("version").asText());
        String saved = System.getProperty(EmbeddedSdk.PROPERTY);
        System.setProperty(EmbeddedSdk.PROPERTY, flavour.toString());
        try (RealmHarness realm = RealmHarness.start(List.of("llrt"))) {
            assertEquals(expected, realm.run("report(process.versions['@aws-sdk'])"));
        } finally {
            if (saved == null) {
                System.clearProperty(EmbeddedSdk.PROPERTY);
            } else {
                System.setProperty(EmbeddedSdk.PROPERTY, saved);
            }
        }
    }
}
