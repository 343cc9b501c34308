package dev.llrtj.host;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * llrt's version, from the build (pom.xml's version, written into llrt-version.properties by Maven's resource
 * filtering): what `llrt --version` prints and process.versions.llrt holds. Initialised when the native image is
 * built (native-image.properties), so the executable carries the constant and needs no resource.
 */
public final class LlrtVersion {
    public static final String VERSION = read();

    private LlrtVersion() {}

    private static String read() {
        try (InputStream in = LlrtVersion.class.getResourceAsStream("llrt-version.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties p = new Properties();
            p.load(in);
            String v = p.getProperty("version", "unknown");
            return v.startsWith("${") ? "unknown" : v; // an unfiltered copy (an IDE's own build)
        } catch (IOException e) {
            return "unknown";
        }
    }
}
