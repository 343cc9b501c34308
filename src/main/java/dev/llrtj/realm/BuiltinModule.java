package dev.llrtj.modules;

import org.mozilla.javascript.Scriptable;

/**
 * A built-in module: its JS source on the classpath and, optionally, the Java binding handed to that source as
 * {@code native}.
 */
public record BuiltinModule(String name, String resource, Binding binding) {
    @FunctionalInterface
    public interface Binding {
        Scriptable create(Realm realm);
    }

    public static BuiltinModule js(String name) {
        return new BuiltinModule(name, "js/node/" + name + ".js", null);
    }

    public static BuiltinModule withBinding(String name, Binding binding) {
        return new BuiltinModule(name, "js/node/" + name + ".js", binding);
    }
}
