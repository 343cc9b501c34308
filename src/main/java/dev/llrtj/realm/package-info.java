/**
 * A realm: one JS global scope with its module loader ({@link dev.llrtj.realm.Realm}), the loader's Java side, the
 * runtime's own JS (resources dev/llrtj/realm/*.js: bootstrap, loader, resolution, Lambda glue), stdio and the
 * embedded SDK's location, and the native image's prepared realm (PreparedRealm, ImageSnapshot) with the per-process
 * values it defers to the start (PerProcess; llrt:per-process, the realm's one module of its own). It knows built-in modules only through their descriptors ({@link dev.llrtj.realm.Room},
 * {@link dev.llrtj.realm.Builtins}), handed in by the layer above (dev.llrtj.modules.ModuleRegistry), so built-ins
 * depend on the realm and never the other way round.
 */
package dev.llrtj.realm;
