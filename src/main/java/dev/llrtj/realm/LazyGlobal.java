package dev.llrtj.realm;

/**
 * A global the realm's bootstrap installs as a getter that loads {@code module} on first read: the module's export
 * {@code export}, or the module itself when {@code export} is null (console, process).
 */
public record LazyGlobal(String name, String module, String export) {}
