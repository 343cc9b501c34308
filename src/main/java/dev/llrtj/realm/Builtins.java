package dev.llrtj.realm;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The built-in modules a realm offers, indexed from their rooms' descriptors (dev.llrtj.modules.ModuleRegistry
 * lists the rooms). The loader's names, the lazy globals bootstrap.js installs and the externals `llrt bundle`
 * keeps are all read from here.
 */
public final class Builtins {
    private final List<Room> rooms;
    private final List<BuiltinModule> modules;
    private final Map<String, BuiltinModule> byName = new HashMap<>();

    /**
     * The realm's own modules, which every room may require (the layer below the rooms): llrt:per-process defers a
     * module's per-process values to the start (PerProcess); llrt:stack turns Rhino's frames into Node's, mapped to the
     * user's sources (engine.StackFrames), for every stack the runtime shows.
     */
    static final List<BuiltinModule> REALM_MODULES = List.of(
            new BuiltinModule("llrt:per-process", InternalScripts.OWN + "per-process.js",
                    realm -> realm.perProcess().binding(realm.global())),
            new BuiltinModule("llrt:stack", InternalScripts.OWN + "stack.js", realm -> LoaderBinding.stackBinding(realm)));

    private Builtins(List<Room> rooms) {
        this.rooms = List.copyOf(rooms);
        List<BuiltinModule> all = new ArrayList<>(REALM_MODULES);
        rooms.forEach(r -> all.addAll(r.modules()));
        this.modules = List.copyOf(all);
        for (BuiltinModule module : modules) {
            if (byName.putIfAbsent(module.name(), module) != null) {
                throw new IllegalStateException("built-in " + module.name() + " is declared by two rooms");
            }
        }
    }

    public static Builtins of(Room... rooms) {
        return new Builtins(List.of(rooms));
    }

    /** The module {@code name} answers with (without `node:`), or null. */
    public BuiltinModule find(String name) {
        BuiltinModule module = byName.get(name);
        if (module == null) {
            for (Room room : rooms) {
                module = room.part(name);
                if (module != null) break;
            }
        }
        return module;
    }

    /** Whether {@code module} is the realm's own, in no room. */
    public boolean isRealms(BuiltinModule module) {
        return REALM_MODULES.contains(module);
    }

    public List<Room> rooms() {
        return rooms;
    }

    public List<BuiltinModule> all() {
        return modules;
    }

    /** Names of Node's modules the runtime answers to (no `llrt:` internals), as `require` sees them. */
    public List<String> nodeNames() {
        return modules.stream().map(BuiltinModule::name).filter(n -> !n.contains(":")).sorted().toList();
    }

    /** The built-in module an npm package name stands for (vitest → llrt:test), or null. */
    public String aliasOf(String packageName) {
        for (Room room : rooms) {
            String module = room.aliases().get(packageName);
            if (module != null) return module;
        }
        return null;
    }

    /** Every name an import may use for a built-in: Node's names with and without `node:`, and the aliases. */
    public List<String> importNames() {
        List<String> names = new ArrayList<>();
        for (String name : nodeNames()) {
            names.add(name);
            names.add("node:" + name);
        }
        rooms.forEach(r -> names.addAll(r.aliases().keySet().stream().sorted().toList()));
        return names;
    }

    public List<LazyGlobal> globals() {
        return rooms.stream().flatMap(r -> r.globals().stream()).toList();
    }
}
