package dev.llrtj.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maps generated file:line positions in stack traces back to the user's original files. Maps are registered
 * cheaply at load time and decoded only when a stack is actually printed. Rhino reports lines, not columns,
 * so each generated line maps to its first mapped segment.
 */
public final class SourceMaps {
    private static final Map<String, Supplier<String>> PENDING = new ConcurrentHashMap<>();
    private static final Map<String, LineMap> DECODED = new ConcurrentHashMap<>();
    private static final Pattern FRAME_POSITION = Pattern.compile("((?:file://)?/[^()\\s:]+):(\\d+)(?::(\\d+))?");
    private static final String BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

    private SourceMaps() {}

    /** Registers the map for a generated file; {@code mapJson} is read only if a stack needs it. */
    public static void register(String generatedFile, Supplier<String> mapJson) {
        PENDING.put(generatedFile, mapJson);
        DECODED.remove(generatedFile);
    }

    /** Registers a map stored in a file beside the generated one (a `//# sourceMappingURL=` reference). */
    public static void registerFile(String generatedFile, Path mapFile) {
        register(generatedFile, () -> {
            try {
                return Files.readString(mapFile);
            } catch (IOException e) {
                return null;
            }
        });
    }

    public static String mapStack(String stack) {
        if (stack == null || stack.isEmpty() || PENDING.isEmpty()) {
            return stack == null ? "" : stack;
        }
        Matcher m = FRAME_POSITION.matcher(stack);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String file = m.group(1).startsWith("file://") ? m.group(1).substring(7) : m.group(1);
            LineMap map = lineMap(file);
            String original = map == null ? null : map.original(Integer.parseInt(m.group(2)));
            m.appendReplacement(out, Matcher.quoteReplacement(original == null ? m.group() : original));
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * Where generated {@code file:line} came from: "original:line:column"; "" when the file has a map but that line
     * maps to nothing (code the lowering added: Babel's and esbuild's helpers, module wrappers); null when the file
     * has no (usable) map.
     */
    public static String original(String file, int line) {
        if (PENDING.isEmpty() || file == null) {
            return null;
        }
        LineMap map = lineMap(file.startsWith("file://") ? file.substring(7) : file);
        if (map == null || map.originals.length == 0) {
            return null;
        }
        String original = map.original(line);
        return original == null ? "" : original;
    }

    private static LineMap lineMap(String file) {
        Supplier<String> source = PENDING.get(file);
        if (source == null) {
            return null;
        }
        return DECODED.computeIfAbsent(file, f -> LineMap.decode(source.get(), Path.of(f).getParent()));
    }

    /** For each generated line (1-based): the original "file:line:column" of its first segment. */
    private record LineMap(String[] originals) {
        String original(int generatedLine) {
            return generatedLine >= 1 && generatedLine <= originals.length ? originals[generatedLine - 1] : null;
        }

        static LineMap decode(String json, Path baseDir) {
            if (json == null) {
                return new LineMap(new String[0]);
            }
            try {
                JsonNode root = new ObjectMapper().readTree(json);
                String sourceRoot = root.path("sourceRoot").asText("");
                JsonNode sources = root.path("sources");
                String[] files = new String[sources.size()];
                for (int i = 0; i < files.length; i++) {
                    String s = sourceRoot + sources.get(i).asText();
                    if (s.startsWith("file://")) {
                        s = s.substring(7);
                    }
                    files[i] = baseDir == null || s.startsWith("/") ? s : baseDir.resolve(s).normalize().toString();
                }
                return new LineMap(decodeMappings(root.path("mappings").asText(""), files));
            } catch (IOException | RuntimeException e) {
                return new LineMap(new String[0]);
            }
        }

        private static String[] decodeMappings(String mappings, String[] files) {
            String[] lines = mappings.split(";", -1);
            String[] out = new String[lines.length];
            int source = 0, origLine = 0, origCol = 0;
            int[] pos = new int[1];
            for (int i = 0; i < lines.length; i++) {
                boolean first = true;
                for (String segment : lines[i].split(",")) {
                    if (segment.isEmpty()) {
                        continue;
                    }
                    pos[0] = 0;
                    vlq(segment, pos); // generated column: unused, Rhino gives no columns
                    if (pos[0] >= segment.length()) {
                        continue;
                    }
                    source += vlq(segment, pos);
                    origLine += vlq(segment, pos);
                    origCol += vlq(segment, pos);
                    if (first && source >= 0 && source < files.length) {
                        out[i] = files[source] + ":" + (origLine + 1) + ":" + (origCol + 1);
                        first = false;
                    }
                }
            }
            return out;
        }

        private static int vlq(String s, int[] pos) {
            int result = 0, shift = 0, digit;
            do {
                digit = BASE64.indexOf(s.charAt(pos[0]++));
                result += (digit & 31) << shift;
                shift += 5;
            } while ((digit & 32) != 0 && pos[0] < s.length());
            return (result & 1) == 1 ? -(result >>> 1) : result >>> 1;
        }
    }
}
