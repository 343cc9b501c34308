package dev.llrtj.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.llrtj.realm.Builtins;
import dev.llrtj.realm.LazyGlobal;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * docs/compat.md stays true to the registry: every Node module the runtime answers to has a section, every section
 * names a module the registry has, the "Not available" table names only modules it does not have, and the "Globals"
 * table names every lazy global the rooms install.
 */
class CompatDocTest {
    private static final Path DOC = Path.of("docs", "compat.md");
    private static final Builtins BUILTINS = ModuleRegistry.builtins();
    private static final Pattern NAME = Pattern.compile("`([^`]+)`");
    private static final String NOT_AVAILABLE = "Not available";
    private static final String GLOBALS = "Globals";

    /** Level-2 headings and the lines under each, in order. */
    private static Map<String, List<String>> sections() throws IOException {
        Map<String, List<String>> sections = new LinkedHashMap<>();
        List<String> current = null;
        for (String line : Files.readAllLines(DOC)) {
            if (line.startsWith("## ")) {
                current = new ArrayList<>();
                sections.put(line.substring(3).strip(), current);
            } else if (current != null) {
                current.add(line);
            }
        }
        return sections;
    }

    private static List<String> names(String text) {
        List<String> names = new ArrayList<>();
        Matcher m = NAME.matcher(text);
        while (m.find()) names.add(m.group(1));
        return names;
    }

    /** The backticked names in the first column of a section's table rows (header and rule rows left out). */
    private static Set<String> firstColumn(List<String> lines) {
        Set<String> names = new TreeSet<>();
        for (String line : lines) {
            if (!line.startsWith("|") || line.startsWith("|---") || line.startsWith("| ---")) continue;
            String[] cells = line.split("\\|");
            if (cells.length > 1) names.addAll(names(cells[1]));
        }
        return names;
    }

    private static Set<String> documentedModules() throws IOException {
        Set<String> names = new TreeSet<>();
        sections().keySet().stream().filter(h -> !h.equals(NOT_AVAILABLE) && !h.equals(GLOBALS))
                .forEach(h -> names.addAll(names(h)));
        return names;
    }

    @Test
    void everyNodeModuleOfTheRegistryHasASection() throws IOException {
        Set<String> documented = documentedModules();
        List<String> missing = BUILTINS.nodeNames().stream().filter(n -> !documented.contains(n)).toList();
        assertEquals(List.of(), missing, "add a section `## \\`name\\`` to docs/compat.md for each");
    }

    @Test
    void everySectionNamesAModuleTheRegistryHas() throws IOException {
        List<String> unknown = documentedModules().stream()
                .filter(n -> BUILTINS.find(n.replaceFirst("^node:", "")) == null).toList();
        assertEquals(List.of(), unknown, "docs/compat.md documents modules the registry does not have");
    }

    @Test
    void theNotAvailableTableNamesOnlyModulesTheRegistryLacks() throws IOException {
        List<String> lines = sections().get(NOT_AVAILABLE);
        assertTrue(lines != null, "docs/compat.md has no `## Not available` section");
        Set<String> listed = firstColumn(lines);
        assertFalse(listed.isEmpty(), "the Not available table is empty");
        List<String> present = listed.stream().filter(n -> BUILTINS.find(n) != null).toList();
        assertEquals(List.of(), present, "listed as not available, but the registry has them: give them a section");
    }

    @Test
    void theGlobalsTableNamesEveryLazyGlobal() throws IOException {
        List<String> lines = sections().get(GLOBALS);
        assertTrue(lines != null, "docs/compat.md has no `## Globals` section");
        Set<String> listed = firstColumn(lines);
        List<String> missing = BUILTINS.globals().stream().map(LazyGlobal::name).filter(n -> !listed.contains(n))
                .sorted().toList();
        assertEquals(List.of(), missing, "lazy globals missing from the Globals table of docs/compat.md");
    }
}
