package dev.llrtj.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The web platform globals (js/web/*.js) load on first use only: a bare start must not pay for them. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class WebGlobalsInRealmTest {
    private static final String NAMES = "['URL', 'URLSearchParams', 'Event', 'EventTarget', 'CustomEvent', 'AbortController', "
            + "'AbortSignal', 'DOMException', 'Blob', 'File', 'FormData', 'structuredClone']";
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
    void globalsAreUnloadedGettersUntilTouched() throws Exception {
        String states = realm.run(String.join("\n",
                "const state = n => {",
                "  const d = Object.getOwnPropertyDescriptor(globalThis, n);",
                "  return d && typeof d.get === 'function' && !d.enumerable ? 'lazy' : 'loaded';",
                "};",
                "const before = " + NAMES + ".map(state);",
                "const touched = typeof URL;",
                "report(JSON.stringify([before.every(s => s === 'lazy'), touched, state('URL'), state('Blob')]));"));
        assertEquals("[true,\"function\",\"loaded\",\"lazy\"]", states);
    }

    @Test
    void eachGlobalLoadsAndWorks() throws Exception {
        String out = realm.run(String.join("\n",
                "const u = new URL('../x?a=1', 'http://h/p/q');",
                "const s = AbortSignal.abort();",
                "const f = new FormData();",
                "f.append('b', new Blob(['hi']));",
                "const c = structuredClone({ m: new Map([[1, 2]]) });",
                "report([u.href, u.searchParams.get('a'), s.reason.name, f.get('b').name, c.m.get(1),",
                "  new CustomEvent('e', { detail: 3 }).detail, new File([], 'n').name].join(' '));"));
        assertEquals("http://h/x?a=1 1 AbortError blob 2 3 n", out);
    }
}
