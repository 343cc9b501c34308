package dev.llrtj.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The byte globals (Buffer, TextEncoder, crypto...) stay unloaded getters until code touches them. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class BytesGlobalsInRealmTest {
    private static final String UNLOADED = "['Buffer', 'atob', 'btoa', 'TextEncoder', 'TextDecoder', 'crypto']"
            + ".filter((n) => typeof Object.getOwnPropertyDescriptor(globalThis, n).get !== 'function').join() || 'none'";
    private RealmHarness realm;

    @BeforeEach
    void start() throws Exception {
        realm = RealmHarness.start(List.of("llrt", RealmHarness.FILE));
    }

    @AfterEach
    void stop() {
        realm.close();
    }

    @Test
    void aBareRealmAndUtilLeaveThemUnloaded() throws Exception {
        // util and console once read globalThis.TextEncoder when they loaded
        assertEquals("none", realm.run("require('util'); console.log; report(" + UNLOADED + ");"));
    }

    @Test
    void touchingOneLoadsThatOneOnly() throws Exception {
        assertEquals("Buffer | Buffer,TextDecoder", realm.run("Buffer.alloc(1); const first = " + UNLOADED + ";"
                + " new TextDecoder(); report(first + ' | ' + " + UNLOADED + ");"));
    }
}
