package dev.llrtj.realm;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The descriptor of one built-in module's room (a package {@code dev.llrtj.modules.<room>} with its Java, and its JS
 * as resources under the same path): the names it answers to with their JS file and binding, the globals it
 * installs, the rooms its JS requires. The JS of a room is found beside the descriptor's class.
 *
 * @param aliases npm package names answered by one of the room's modules (vitest → llrt:test)
 * @param partsPrefix names starting with it resolve to {@code <room>/<rest>.js} without being listed (the test
 *     runner's parts, {@code llrt:test/expect}); null when the room has none
 * @param descriptor the descriptor's class: its binding lambdas are its own, so the native image initialises it
 *     with the realm it prepares (dev.llrtj.image.ImageHeapFeature registers every room's from the registry)
 */
public record Room(String name, String folder, List<BuiltinModule> modules, List<LazyGlobal> globals,
        List<String> dependsOn, String partsPrefix, Map<String, String> aliases, Class<?> descriptor) {

    /** A room whose files sit beside {@code descriptor}, named after its package's last segment. */
    public static Builder of(Class<?> descriptor) {
        String pkg = descriptor.getPackageName();
        return new Builder(pkg.substring(pkg.lastIndexOf('.') + 1), pkg.replace('.', '/') + "/", descriptor);
    }

    /** A part of the room reached by prefix (see {@code partsPrefix}), or null. */
    BuiltinModule part(String name) {
        if (partsPrefix == null || !name.startsWith(partsPrefix)) return null;
        String rest = name.substring(partsPrefix.length());
        // a name with no such file is no built-in (require then fails as for any missing module)
        String resource = folder + rest + ".js";
        return rest.matches("[a-z-]+") && InternalScripts.exists(resource) ? new BuiltinModule(name, resource, null) : null;
    }

    public static final class Builder {
        private final String name;
        private final String folder;
        private final List<BuiltinModule> modules = new ArrayList<>();
        private final List<LazyGlobal> globals = new ArrayList<>();
        private final List<String> dependsOn = new ArrayList<>();
        private String partsPrefix;
        private final Map<String, String> aliases = new LinkedHashMap<>();
        private final Class<?> descriptor;

        private Builder(String name, String folder, Class<?> descriptor) {
            this.name = name;
            this.folder = folder;
            this.descriptor = descriptor;
        }

        /** {@code name} answers with the room's file {@code file}, no binding. */
        public Builder js(String moduleName, String file) {
            return module(moduleName, file, null);
        }

        /** {@code name} answers with the room's file {@code file} and {@code binding} as its {@code native}. */
        public Builder module(String moduleName, String file, BuiltinModule.Binding binding) {
            modules.add(new BuiltinModule(moduleName, folder + file, binding));
            return this;
        }

        /** {@code name} answers with a class-path resource outside the room (built by bundles/vendor.mjs). */
        public Builder resource(String moduleName, String resource) {
            modules.add(new BuiltinModule(moduleName, resource, null));
            return this;
        }

        /** Globals named as the exports of {@code module} they stand for. */
        public Builder globals(String module, String... names) {
            for (String global : names) {
                globals.add(new LazyGlobal(global, module, global));
            }
            return this;
        }

        /** A global standing for the export {@code export} of {@code module}. */
        public Builder global(String global, String module, String export) {
            globals.add(new LazyGlobal(global, module, export));
            return this;
        }

        /** A global whose value is {@code module} itself. */
        public Builder globalModule(String global, String module) {
            globals.add(new LazyGlobal(global, module, null));
            return this;
        }

        public Builder dependsOn(String... rooms) {
            dependsOn.addAll(List.of(rooms));
            return this;
        }

        /** `require(packageName)` answers with the room's {@code module}, and `llrt bundle` leaves it external. */
        public Builder alias(String packageName, String module) {
            aliases.put(packageName, module);
            return this;
        }

        public Builder parts(String prefix) {
            partsPrefix = prefix;
            return this;
        }

        public Room build() {
            return new Room(name, folder, List.copyOf(modules), List.copyOf(globals), List.copyOf(dependsOn), partsPrefix,
                    Map.copyOf(aliases), descriptor);
        }
    }
}
