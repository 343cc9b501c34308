package dev.llrtj.modules.test;

import dev.llrtj.realm.Room;

/** The room's descriptor: the names it answers to, its JS and binding, the globals it installs, what it requires. */
public final class TestRoom {
    public static final Room ROOM = Room.of(TestRoom.class)
            .js("llrt:test", "test.js")
            .parts("llrt:test/")
            // jest.spyOn on an ES module namespace rebinds the export through the loader (mock.js)
            .module("llrt:test/namespaces", "namespaces.js", realm -> realm.loaderExports())
            // jest.mock / vi.mock: the loader's mock registry answers every import in the test realm (modules.js)
            .module("llrt:test/modules", "modules.js", realm -> realm.loaderExports())
            .alias("vitest", "llrt:test")
            .alias("vitest/config", "llrt:test")
            .alias("@jest/globals", "llrt:test")
            .dependsOn("util", "fs")
            .build();

    private TestRoom() {}
}
