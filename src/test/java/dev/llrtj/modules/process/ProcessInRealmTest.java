package dev.llrtj.modules.process;

import dev.llrtj.realm.RealmHarness;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** `process` in a realm: its facts, and Node's rules for exit codes, listeners and errors nobody caught. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class ProcessInRealmTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> ARGV = List.of("/opt/llrt", "/app/main.js", "--flag", "value");

    private static String runInRealm(String body) throws Exception {
        try (RealmHarness realm = RealmHarness.start(ARGV)) {
            return realm.run(body);
        }
    }

    /** Runs {@code body} in a realm that owns its process; returns the exit code and what was reported, if anything. */
    private static Outcome runOwningProcess(String body) throws Exception {
        try (RealmHarness realm = RealmHarness.startOwningProcess(ARGV)) {
            realm.start(body);
            int code = realm.awaitExit();
            return new Outcome(code, realm.reported() ? realm.awaitReport() : null);
        }
    }

    private record Outcome(int code, String reported) {}

    @Test
    void environmentArgumentsAndPlatform() throws Exception {
        JsonNode out = JSON.readTree(runInRealm(String.join("\n",
                "process.env.LLRT_TEST_NUMBER = 8080;",
                "const had = 'LLRT_TEST_NUMBER' in process.env;",
                "const typed = typeof process.env.LLRT_TEST_NUMBER;",
                "delete process.env.LLRT_TEST_NUMBER;",
                "report(JSON.stringify({ path: process.env.PATH, had, typed, gone: process.env.LLRT_TEST_NUMBER === undefined,",
                "  argv: process.argv, argv0: process.argv0, platform: process.platform, arch: process.arch,",
                "  pid: process.pid, version: process.version, cwd: process.cwd() }));")));
        assertEquals(System.getenv("PATH"), out.get("path").asText());
        assertTrue(out.get("had").asBoolean());
        assertEquals("string", out.get("typed").asText(), "Node keeps env values as strings");
        assertTrue(out.get("gone").asBoolean());
        assertEquals(ARGV, JSON.convertValue(out.get("argv"), List.class));
        assertEquals("/opt/llrt", out.get("argv0").asText());
        assertEquals(System.getProperty("os.name").toLowerCase().contains("linux") ? "linux" : out.get("platform").asText(),
                out.get("platform").asText());
        String arch = System.getProperty("os.arch");
        assertEquals(arch.equals("amd64") ? "x64" : arch.equals("aarch64") ? "arm64" : arch, out.get("arch").asText());
        assertEquals(ProcessHandle.current().pid(), out.get("pid").asLong());
        assertTrue(out.get("version").asText().matches("v\\d+\\.\\d+\\.\\d+"), out.toString());
        assertEquals(System.getProperty("user.dir"), out.get("cwd").asText());
    }

    @Test
    void clocksAreMonotonicAndMemoryIsReported() throws Exception {
        JsonNode out = JSON.readTree(runInRealm(String.join("\n",
                "const t0 = process.hrtime();",
                "const b0 = process.hrtime.bigint();",
                "let spin = 0; const until = Date.now() + 15; while (Date.now() < until) spin++;",
                "const diff = process.hrtime(t0);",
                "const b1 = process.hrtime.bigint();",
                "const mem = process.memoryUsage();",
                "report(JSON.stringify({ diff, bigType: typeof b0, bigDelta: Number(b1 - b0), rss: mem.rss, rssFn: process.memoryUsage.rss(),",
                "  heapUsed: mem.heapUsed, uptime: process.uptime(), t0IsPair: t0.length === 2 && t0[1] < 1e9 }));")));
        long diffNanos = out.get("diff").get(0).asLong() * 1_000_000_000L + out.get("diff").get(1).asLong();
        assertTrue(diffNanos >= 14_000_000L && diffNanos < 10_000_000_000L, "hrtime(prev) measured the 15 ms spin: " + out);
        assertTrue(out.get("diff").get(1).asLong() < 1_000_000_000L);
        assertEquals("bigint", out.get("bigType").asText());
        assertTrue(out.get("bigDelta").asLong() >= 14_000_000L, out.toString());
        assertTrue(out.get("rss").asLong() > 1_000_000L && out.get("rssFn").asLong() > 1_000_000L, out.toString());
        assertTrue(out.get("heapUsed").asLong() > 0);
        assertTrue(out.get("uptime").asDouble() > 0 && out.get("uptime").asDouble() < 86_400, out.toString());
        assertTrue(out.get("t0IsPair").asBoolean());
    }

    @Test
    void nextTickPassesItsArguments() throws Exception {
        assertEquals("1,two,null,undefined", runInRealm(
                "process.nextTick((a, b, c, d) => report([a, b, String(c), String(d)].join()), 1, 'two', null, undefined);"));
    }

    @Test
    void idleExitUsesProcessExitCode() throws Exception {
        Outcome out = runOwningProcess("process.exitCode = 3;\nsetTimeout(() => report('timer ran first'), 10);");
        assertEquals(3, out.code());
        assertEquals("timer ran first", out.reported(), "a pending timer keeps the process alive");
    }

    @Test
    void anUnrefdTimerDoesNotKeepTheProcessAlive() throws Exception {
        Outcome out = runOwningProcess("setTimeout(() => report('should not fire'), 2000).unref();\nsetInterval(() => {}, 1000).unref();");
        assertEquals(0, out.code());
        assertEquals(null, out.reported());
    }

    @Test
    void exitInsideATimerCannotBeCaughtAndExitListenersSeeTheCode() throws Exception {
        Outcome out = runOwningProcess(String.join("\n",
                "const seen = [];",
                "process.on('exit', code => { seen.push('exit:' + code + ':' + process.exitCode); report(seen.join()); });",
                "setTimeout(() => {",
                "  try { process.exit(5); } catch (e) { seen.push('caught'); }",
                "  seen.push('after exit');",
                "}, 1);",
                "setTimeout(() => seen.push('later timer'), 20);"));
        assertEquals(5, out.code());
        assertEquals("exit:5:5", out.reported());
    }

    @Test
    void exitListenersSeeTheCodeOfAnIdleExit() throws Exception {
        Outcome out = runOwningProcess("process.on('exit', code => report('exit ' + code));\nprocess.exitCode = 4;");
        assertEquals(4, out.code());
        assertEquals("exit 4", out.reported());
    }

    @Test
    void anUncaughtExceptionExitsWithOne() throws Exception {
        Outcome out = runOwningProcess("process.on('exit', code => report('exit ' + code));\nsetTimeout(() => { throw new TypeError('nobody catches me'); }, 1);");
        assertEquals(1, out.code());
        assertEquals("exit 1", out.reported());
    }

    @Test
    void anUncaughtExceptionListenerKeepsTheProcessRunning() throws Exception {
        Outcome out = runOwningProcess(String.join("\n",
                "const seen = [];",
                "process.on('uncaughtException', (e, origin) => seen.push(e.message + ':' + origin));",
                "setTimeout(() => { throw new Error('one'); }, 1);",
                "setTimeout(() => { throw new Error('two'); }, 5);",
                "setTimeout(() => report(seen.join()), 30);"));
        assertEquals(0, out.code());
        assertEquals("one:uncaughtException,two:uncaughtException", out.reported());
    }

    @Test
    void aThrowingUncaughtExceptionListenerExitsWithSeven() throws Exception {
        Outcome out = runOwningProcess(String.join("\n",
                "process.on('uncaughtException', () => { throw new Error('listener broke'); });",
                "setTimeout(() => { throw new Error('first'); }, 1);",
                "setTimeout(() => report('kept running'), 30);"));
        assertEquals(7, out.code());
        assertEquals(null, out.reported());
    }

    @Test
    void anUnhandledRejectionExitsWithOne() throws Exception {
        Outcome out = runOwningProcess(String.join("\n",
                "process.on('exit', code => report('exit ' + code));",
                "Promise.reject(new Error('nobody handles me'));",
                "setTimeout(() => report('kept running'), 50);"));
        assertEquals(1, out.code());
        assertEquals("exit 1", out.reported());
    }

    @Test
    void aRejectionHandledInTheSameTickIsNotReported() throws Exception {
        Outcome out = runOwningProcess(String.join("\n",
                "const p = Promise.reject(new Error('handled later in this task'));",
                "p.catch(() => {});",
                "setTimeout(() => report('kept running'), 10);"));
        assertEquals(0, out.code());
        assertEquals("kept running", out.reported());
    }

    @Test
    void anUnhandledRejectionListenerKeepsTheProcessRunning() throws Exception {
        Outcome out = runOwningProcess(String.join("\n",
                "const seen = [];",
                "process.on('unhandledRejection', reason => seen.push(reason instanceof Error ? reason.message : reason));",
                "Promise.reject(new Error('first'));",
                "Promise.reject('a string');",
                "setTimeout(() => report(seen.sort().join()), 30);"));
        assertEquals(0, out.code());
        // sorted: Rhino 1.9.1 keeps unhandled rejections in an IdentityHashMap, so their order is arbitrary
        assertEquals("a string,first", out.reported());
    }

    @Test
    void beforeExitMayScheduleMoreWorkAndRunsAgainWhenItIsDone() throws Exception {
        Outcome out = runOwningProcess(String.join("\n",
                "const seen = [];",
                "let rounds = 0;",
                "process.on('beforeExit', code => {",
                "  seen.push('beforeExit:' + code);",
                "  if (rounds++ < 2) setTimeout(() => seen.push('work' + rounds), 1);",
                "});",
                "process.on('exit', code => report(seen.concat('exit:' + code).join()));",
                "process.exitCode = 2;"));
        assertEquals(2, out.code());
        assertEquals("beforeExit:2,work1,beforeExit:2,work2,beforeExit:2,exit:2", out.reported());
    }

    @Test
    void processExitFromTheMainBodySkipsBeforeExit() throws Exception {
        Outcome out = runOwningProcess(String.join("\n",
                "const seen = [];",
                "process.on('beforeExit', () => seen.push('beforeExit'));",
                "process.on('exit', code => report(seen.concat('exit:' + code).join()));",
                "process.exit();"));
        assertEquals(0, out.code());
        assertEquals("exit:0", out.reported());
        assertFalse(out.reported().contains("beforeExit"));
    }
}
