package dev.llrtj.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The texts of `llrt generate-event`'s sample events (resources dev/llrtj/cli/events/: index.json and the files it
 * names), read once. The native build initialises this class at build time, so the texts are in the image heap and
 * the executable needs no resource registration for them.
 */
final class EventTemplates {
    private static final String FOLDER = "/dev/llrtj/cli/events/";
    private static final Pattern FILE = Pattern.compile("\"file\"\\s*:\\s*\"([^\"]+)\"");
    private static final Map<String, String> TEXTS = load();

    private EventTemplates() {}

    static String text(String name) {
        String text = TEXTS.get(name);
        if (text == null) {
            throw new IllegalStateException("generate-event: no event file " + name);
        }
        return text;
    }

    private static Map<String, String> load() {
        Map<String, String> texts = new HashMap<>();
        String index = read("index.json");
        texts.put("index.json", index);
        Matcher m = FILE.matcher(index);
        while (m.find()) {
            texts.computeIfAbsent(m.group(1), EventTemplates::read);
        }
        return Map.copyOf(texts);
    }

    private static String read(String name) {
        try (InputStream in = EventTemplates.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IllegalStateException("generate-event: missing resource " + FOLDER + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
