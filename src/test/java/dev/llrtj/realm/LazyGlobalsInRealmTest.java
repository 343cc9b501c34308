package dev.llrtj.realm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The globals backed by built-ins (bytes: Buffer, TextEncoder, crypto...; the web platform's rooms) stay
 * unloaded getters until code touches them: a bare start must not pay for them.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class LazyGlobalsInRealmTest extends FreshRealmTest {
    private static final String BYTES = "['Buffer', 'atob', 'btoa', 'TextEncoder', 'TextDecoder', 'crypto']";
    private static final String WEB = "['URL', 'URLSearchParams', 'Event', 'EventTarget', 'CustomEvent', 'AbortController', "
            + "'AbortSignal', 'DOMException', 'Blob', 'File', 'FormData', 'structuredClone']";
    // the names of a list whose global is no longer its lazy getter
    private static final String UNLOADED_BYTES = BYTES
            + ".filter((n) => typeof Object.getOwnPropertyDescriptor(globalThis, n).get !== 'function').join() || 'none'";

    @Test
    void aBareRealmAndUtilLeaveTheByteGlobalsUnloaded() throws Exception {
        // util and console once read globalThis.TextEncoder when they loaded
        assertEquals("none", realm.run("require('util'); console.log; report(" + UNLOADED_BYTES + ");"));
    }

    @Test
    void touchingOneByteGlobalLoadsThatOneOnly() throws Exception {
        assertEquals("Buffer | Buffer,TextDecoder", realm.run("Buffer.alloc(1); const first = " + UNLOADED_BYTES + ";"
                + " new TextDecoder(); report(first + ' | ' + " + UNLOADED_BYTES + ");"));
    }

    @Test
    void webGlobalsAreUnloadedGettersUntilTouched() throws Exception {
        String states = realm.run(String.join("\n",
                "const state = n => {",
                "  const d = Object.getOwnPropertyDescriptor(globalThis, n);",
                "  return d && typeof d.get === 'function' && !d.enumerable ? 'lazy' : 'loaded';",
                "};",
                "const before = " + WEB + ".map(state);",
                "const touched = typeof URL;",
                "report(JSON.stringify([before.every(s => s === 'lazy'), touched, state('URL'), state('Blob')]));"));
        assertEquals("[true,\"function\",\"loaded\",\"lazy\"]", states);
    }

    @Test
    void eachWebGlobalLoadsAndWorks() throws Exception {
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
