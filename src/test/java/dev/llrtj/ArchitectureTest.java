package dev.llrtj;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.classfile.ClassFile;
import java.lang.classfile.constantpool.ClassEntry;
import java.lang.classfile.constantpool.PoolEntry;
import java.lang.classfile.constantpool.StringEntry;
import java.lang.classfile.constantpool.Utf8Entry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layering as the compiled main classes have it (read from their constant pools, so imports, signatures and
 * lambdas all count; string literals such as resource paths do not): cli → lambda/testrunner/emulator/image →
 * modules (the registry, then the rooms) → realm → loop/lowering → engine/host, a room never uses another room's classes, only the event loop, the
 * Runtime API client and the emulator touch Vert.x, and no two packages depend on each other.
 */
class ArchitectureTest {
    private static final Path CLASSES = Path.of("target/classes");
    private static final Pattern OWN = Pattern.compile("dev/llrtj/((?:[a-z0-9_]+/)*)[A-Z][A-Za-z0-9_$]*");
    private static final String ROOMS = "dev.llrtj.modules.";

    /** A package may use packages of a lower rank (and its own); sub-packages not listed take their parent's rank. */
    private static final Map<String, Integer> RANK = Map.ofEntries(
            Map.entry("dev.llrtj.engine", 0),
            Map.entry("dev.llrtj.host", 0),
            Map.entry("dev.llrtj.loop", 1),
            Map.entry("dev.llrtj.lowering", 1),
            Map.entry("dev.llrtj.lambda.runtimeapi", 2),
            Map.entry("dev.llrtj.loop.net", 2), // node:net/tls/dgram's sockets, built on loop.http's holds and errors
            Map.entry("dev.llrtj.realm", 2),
            // the rooms (dev.llrtj.modules.ROOM) are ROOM_RANK, the registry listing them one above
            Map.entry("dev.llrtj.modules", 4),
            Map.entry("dev.llrtj.lambda", 5),
            Map.entry("dev.llrtj.testrunner", 5),
            Map.entry("dev.llrtj.emulator", 5),
            Map.entry("dev.llrtj.image", 5),
            Map.entry("dev.llrtj.cli", 6),
            Map.entry("dev.llrtj", 7));
    private static final int ROOM_RANK = 3;

    private static final Set<String> VERTX_USERS = Set.of("dev.llrtj.loop", "dev.llrtj.lambda.runtimeapi", "dev.llrtj.emulator");

    /** package → packages it uses (own packages, plus "io.vertx" for any Vert.x class). */
    private static final Map<String, Set<String>> USES = new TreeMap<>();

    @BeforeAll
    static void readClasses() throws IOException {
        assertTrue(Files.isDirectory(CLASSES.resolve("dev/llrtj")), "compile first: no " + CLASSES);
        List<Path> files;
        try (Stream<Path> walk = Files.walk(CLASSES.resolve("dev/llrtj"))) {
            files = walk.filter(f -> f.toString().endsWith(".class")).toList();
        }
        for (Path file : files) {
            String pkg = CLASSES.relativize(file.getParent()).toString().replace('/', '.');
            USES.computeIfAbsent(pkg, p -> new TreeSet<>()).addAll(referencedPackages(Files.readAllBytes(file)));
        }
        USES.forEach((pkg, used) -> used.remove(pkg));
    }

    private static Set<String> referencedPackages(byte[] classBytes) {
        List<PoolEntry> entries = new ArrayList<>();
        ClassFile.of().parse(classBytes).constantPool().forEach(entries::add);
        Set<Utf8Entry> literals = new HashSet<>();
        entries.stream().filter(e -> e instanceof StringEntry).forEach(e -> literals.add(((StringEntry) e).utf8()));
        Set<String> packages = new TreeSet<>();
        for (PoolEntry entry : entries) {
            if (entry instanceof Utf8Entry utf8 && !literals.contains(utf8)) {
                String text = utf8.stringValue();
                Matcher own = OWN.matcher(text);
                while (own.find()) {
                    String folder = own.group(1);
                    packages.add(("dev/llrtj/" + folder).replaceAll("/$", "").replace('/', '.'));
                }
            }
            // Vert.x counts where a class is named (constructed, called, cast: what an import is for); a Vertx handed
            // through (lambda passes the loop's to the Runtime API client) only shows in method descriptors
            if (entry instanceof ClassEntry type && type.asInternalName().startsWith("io/vertx/")) {
                packages.add("io.vertx");
            }
        }
        return packages;
    }

    private static int rank(String pkg) {
        if (room(pkg) != null) return ROOM_RANK;
        for (String p = pkg; ; p = p.substring(0, p.lastIndexOf('.'))) {
            Integer rank = RANK.get(p);
            if (rank != null) return rank;
            if (!p.contains(".")) throw new AssertionError("no layer for package " + pkg + ": add it to RANK");
        }
    }

    private static String room(String pkg) {
        if (!pkg.startsWith(ROOMS)) return null;
        String rest = pkg.substring(ROOMS.length());
        return rest.contains(".") ? rest.substring(0, rest.indexOf('.')) : rest;
    }

    @Test
    void everyPackageUsesOnlyLowerLayers() {
        List<String> upward = new ArrayList<>();
        USES.forEach((pkg, used) -> used.stream()
                .filter(u -> !u.equals("io.vertx") && !sameLayerFamily(pkg, u) && rank(u) >= rank(pkg))
                .forEach(u -> upward.add(pkg + " -> " + u)));
        assertEquals(List.of(), upward, "uses of a package at the same or a higher layer");
    }

    /** A package and its sub-packages form one unit (loop and loop.http); rooms are checked by the test below. */
    private static boolean sameLayerFamily(String pkg, String used) {
        if (room(pkg) != null || room(used) != null) {
            return room(pkg) != null && pkg.startsWith(ROOMS + room(pkg)) && used.startsWith(ROOMS + room(pkg));
        }
        return used.startsWith(pkg + ".") && rank(used) == rank(pkg) || pkg.startsWith(used + ".") && rank(used) == rank(pkg);
    }

    @Test
    void roomsUseNoOtherRoomNorTheRegistry() {
        List<String> crossings = new ArrayList<>();
        USES.forEach((pkg, used) -> {
            String room = room(pkg);
            if (room == null) return;
            used.stream().filter(u -> u.equals("dev.llrtj.modules") || room(u) != null && !room(u).equals(room))
                    .forEach(u -> crossings.add(pkg + " -> " + u));
        });
        assertEquals(List.of(), crossings, "a room may use engine, loop and realm, never another room");
    }

    @Test
    void onlyTheLoopTheRuntimeApiClientAndTheEmulatorUseVertx() {
        List<String> users = USES.entrySet().stream().filter(e -> e.getValue().contains("io.vertx"))
                .map(Map.Entry::getKey)
                .filter(pkg -> VERTX_USERS.stream().noneMatch(v -> pkg.equals(v) || pkg.startsWith(v + ".")))
                .toList();
        assertEquals(List.of(), users, "packages using io.vertx outside loop, lambda.runtimeapi, emulator");
    }

    @Test
    void noPackageCycles() {
        List<String> cycles = new ArrayList<>();
        for (String start : USES.keySet()) {
            findCycle(start, start, new ArrayList<>(List.of(start)), new HashSet<>(), cycles);
        }
        assertEquals(List.of(), cycles, "package cycles");
    }

    private static void findCycle(String start, String at, List<String> path, Set<String> seen, List<String> cycles) {
        for (String next : USES.getOrDefault(at, Set.of())) {
            if (next.equals(start)) {
                // reported once, from its alphabetically first package
                if (path.stream().allMatch(p -> p.compareTo(start) >= 0)) cycles.add(String.join(" -> ", path) + " -> " + start);
            } else if (USES.containsKey(next) && seen.add(next)) {
                path.add(next);
                findCycle(start, next, path, seen, cycles);
                path.remove(path.size() - 1);
            }
        }
    }

    @Test
    void theScanSeesDependencies() {
        // guards the reader itself: a scan that found nothing would pass every rule above
        assertTrue(USES.get("dev.llrtj.realm").contains("dev.llrtj.engine"), USES.toString());
        assertTrue(USES.get("dev.llrtj.loop").contains("io.vertx"), USES.toString());
        assertTrue(USES.get("dev.llrtj.modules").contains("dev.llrtj.modules.buffer"), USES.toString());
    }
}
