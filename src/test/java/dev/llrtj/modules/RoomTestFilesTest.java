package dev.llrtj.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.llrtj.realm.BuiltinModule;
import dev.llrtj.realm.Room;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A reader of a room finds its JS tests by name: every room in ModuleRegistry has a test file under src/test/js named
 * after the room or one of the modules it answers to ("assert.test.js" for the asserts room, "child_process-x.test.js"
 * for childprocess), so a room added without tests fails here.
 */
class RoomTestFilesTest {
    private static final Path JS_TESTS = Path.of("src/test/js");

    /** What a test file is named after: its name up to ".test.", e.g. "net-sockets" for net-sockets.test.js. */
    private static Set<String> testedNames() throws IOException {
        try (Stream<Path> files = Files.walk(JS_TESTS)) {
            return files.filter(p -> !p.toString().contains("/fixtures/"))
                    .map(p -> p.getFileName().toString())
                    .filter(n -> n.contains(".test."))
                    .map(n -> n.substring(0, n.indexOf(".test.")))
                    .collect(Collectors.toSet());
        }
    }

    /** The names a room's test file may carry: the room's own and its modules' ("llrt:x/y" as "x-y"). */
    private static Set<String> namesOf(Room room) {
        Set<String> names = new HashSet<>();
        names.add(room.name());
        for (BuiltinModule module : room.modules()) {
            names.add(module.name().replaceFirst("^(node|llrt):", "").replace('/', '-'));
        }
        return names;
    }

    @Test
    void everyRegisteredRoomHasATestFileNamedAfterIt() throws IOException {
        Set<String> tested = testedNames();
        List<String> untested = new ArrayList<>();
        for (Room room : ModuleRegistry.builtins().rooms()) {
            boolean found = namesOf(room).stream().anyMatch(name ->
                    tested.stream().anyMatch(t -> t.equals(name) || t.startsWith(name + "-")));
            if (!found) {
                untested.add(room.name() + " " + namesOf(room));
            }
        }
        assertEquals(List.of(), untested, "rooms with no src/test/js/**/<name>.test.js");
    }
}
