package dev.llrtj.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.llrtj.realm.BuiltinModule;
import dev.llrtj.realm.Builtins;
import dev.llrtj.realm.LazyGlobal;
import dev.llrtj.realm.Room;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The rooms' descriptors tell the truth: their files exist, their globals are theirs, their JS requires what they declare. */
class ModuleRegistryTest {
    private static final Builtins BUILTINS = ModuleRegistry.builtins();
    private static final Pattern REQUIRE = Pattern.compile("\\brequire\\(\\s*['\"]([^'\"]+)['\"]\\s*\\)");
    private static final Map<String, Room> ROOMS =
            BUILTINS.rooms().stream().collect(Collectors.toMap(Room::name, Function.identity()));

    private static String read(String resource) throws IOException {
        try (InputStream in = ModuleRegistryTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertNotNull(in, "no resource " + resource);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Room roomOf(String name) {
        String bare = name.startsWith("node:") ? name.substring(5) : name;
        BuiltinModule module = BUILTINS.find(bare);
        if (module == null) return null;
        return BUILTINS.rooms().stream().filter(r -> r.modules().contains(module) || r.partsPrefix() != null
                && bare.startsWith(r.partsPrefix())).findFirst().orElseThrow();
    }

    @Test
    void everyRoomLivesInItsOwnFolderAndItsFilesExist() throws IOException {
        for (Room room : BUILTINS.rooms()) {
            assertEquals("dev/llrtj/modules/" + room.name() + "/", room.folder());
            for (BuiltinModule module : room.modules()) {
                assertTrue(read(module.resource()).length() > 0, module.name());
            }
        }
    }

    @Test
    void aRoomsJsRequiresOnlyItsOwnModulesAndTheRoomsItDependsOn() throws IOException {
        List<String> undeclared = new ArrayList<>();
        for (Room room : BUILTINS.rooms()) {
            for (BuiltinModule module : room.modules()) {
                if (!module.resource().startsWith(room.folder())) continue; // vendored npm code: its own requires
                Matcher m = REQUIRE.matcher(read(module.resource()));
                while (m.find()) {
                    BuiltinModule required = BUILTINS.find(m.group(1).replaceFirst("^node:", ""));
                    if (required != null && BUILTINS.isRealms(required)) continue; // the realm's own: every room's
                    Room target = roomOf(m.group(1));
                    if (target == null) {
                        undeclared.add(module.resource() + " requires unknown " + m.group(1));
                    } else if (target != room && !room.dependsOn().contains(target.name())) {
                        undeclared.add(module.resource() + " requires " + m.group(1) + " of room " + target.name());
                    }
                }
            }
        }
        assertEquals(List.of(), undeclared, "add the room to dependsOn, or fix the require");
    }

    @Test
    void dependenciesNameRoomsAndGlobalsComeFromTheirOwnRoom() {
        for (Room room : BUILTINS.rooms()) {
            room.dependsOn().forEach(d -> assertTrue(ROOMS.containsKey(d), room.name() + " depends on unknown room " + d));
            for (LazyGlobal global : room.globals()) {
                assertEquals(room, roomOf(global.module()), "global " + global.name());
            }
        }
    }

    @Test
    void globalsAreDeclaredOnce() {
        List<String> names = BUILTINS.globals().stream().map(LazyGlobal::name).toList();
        assertEquals(names.size(), names.stream().distinct().count(), names.toString());
        assertTrue(names.containsAll(List.of("console", "process", "setTimeout", "fetch", "URL", "Buffer", "crypto")), names.toString());
    }
}
