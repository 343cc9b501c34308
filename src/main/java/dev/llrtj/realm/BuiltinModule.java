package dev.llrtj.realm;

import org.mozilla.javascript.Scriptable;

/**
 * A built-in module: the name `require` knows it by (without `node:`), its JS source on the class path and,
 * optionally, the Java binding handed to that source as {@code native}.
 */
public record BuiltinModule(String name, String resource, Binding binding) {
    /**
     * Creates the binding object in a realm. Rooms write it as a lambda, not a method reference: a method reference
     * loads the binding's class when the registry is built, at every start; a lambda only on the first require.
     */
    @FunctionalInterface
    public interface Binding {
        Scriptable create(Realm realm);
    }
}
