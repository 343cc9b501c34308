/**
 * The built-in modules, one room each: package dev.llrtj.modules.ROOM holds the room's descriptor (ROOMRoom: the
 * names it answers to, JS files, binding, globals, the rooms it requires), its Java, and, under the same path in
 * src/main/resources, its JS. {@link dev.llrtj.modules.ModuleRegistry} lists the rooms. A room may use engine, loop
 * and realm, never another room's classes (ArchitectureTest); built-ins load lazily, on first require.
 */
package dev.llrtj.modules;
