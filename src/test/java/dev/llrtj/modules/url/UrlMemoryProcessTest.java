package dev.llrtj.modules.url;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.llrtj.testsupport.LlrtProcesses;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * URLs and the fetch objects built on them are freed: a runtime with a 24 MB heap makes 12,000 URLs (with their
 * searchParams) and thousands of Request/Response/Headers/AbortController objects. Each URL used to stay in memory
 * for good (~3 KB: a WeakMap entry whose value reached its key, docs/module-state.md), so the heap ran out and the
 * runtime hung.
 */
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class UrlMemoryProcessTest {
    private static final String SCRIPT = String.join("\n",
            "let n = 0;",
            "for (let i = 0; i < 12000; i++) {",
            "  let u = new URL('https://example.com/items/' + i + '?page=' + i + '&sort=asc#top');",
            "  u.searchParams.append('extra', String(i));",
            "  if (u.searchParams.get('page') === String(i) && u.href.indexOf('extra=' + i) > 0) n++;",
            "}",
            "for (let i = 0; i < 2000; i++) {",
            "  let c = new AbortController();",
            "  let r = new Request('https://example.com/r/' + i, { method: 'POST', body: 'x' + i, signal: c.signal,",
            "    headers: new Headers({ 'x-i': String(i) }) });",
            "  let res = new Response('body ' + i, { headers: { 'content-type': 'text/plain' } });",
            "  if (new URL(r.url).pathname === '/r/' + i && res.headers.get('content-type') === 'text/plain') n++;",
            "}",
            "console.log('ok ' + n);");

    @TempDir
    Path work;

    @Test
    void twelveThousandUrlsAndThousandsOfFetchObjectsFitInA24MegabyteHeap() throws Exception {
        Assumptions.assumeFalse(LlrtProcesses.testsNativeRuntime(), "the heap size is a JVM flag here");
        List<String> cmd = LlrtProcesses.command(Map.of(), List.of("-Xmx24m"), "-e", SCRIPT);
        LlrtProcesses.Run run = LlrtProcesses.runAll(work, Map.of("urls", cmd), 240).get("urls");
        assertEquals(0, run.code(), run.err());
        assertEquals("ok 14000", run.out().strip(), run.err());
    }
}
