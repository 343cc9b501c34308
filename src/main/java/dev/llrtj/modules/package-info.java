/**
 * Built-in modules and the module loader. {@link dev.llrtj.modules.ModuleRegistry} is the one list of built-in
 * modules: each is a short JS file under src/main/resources/js/node/ (or js/llrt/) plus, where Java is faster
 * or JS cannot do it, a binding object. A {@link dev.llrtj.modules.Realm} is one global scope with its own loader
 * and module caches; built-ins load lazily, on first require.
 */
package dev.llrtj.modules;
