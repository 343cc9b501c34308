package dev.llrtj.modules.timers;

import dev.llrtj.realm.FreshRealmTest;
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

/** The timer globals and Node's task/microtask order, as JS sees them in a realm. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class TimersInRealmTest extends FreshRealmTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void nodeOrderOfTicksPromisesMicrotasksAndTasks() throws Exception {
        String body = String.join("\n",
                "const out = [];",
                "setTimeout(() => out.push('timeout'), 0);",
                "Promise.resolve().then(() => out.push('promise1')).then(() => out.push('promise2'));",
                "queueMicrotask(() => out.push('microtask'));",
                "process.nextTick(() => {",
                "  out.push('tick1');",
                "  process.nextTick(() => out.push('tick-nested'));",
                "  Promise.resolve().then(() => out.push('promise-from-tick'));",
                "});",
                "process.nextTick((a, b) => out.push('tick2:' + a + b), 'x', 'y');",
                "out.push('sync');",
                "setTimeout(() => report(out.join()), 20);");
        assertEquals("sync,tick1,tick2:xy,tick-nested,promise1,microtask,promise-from-tick,promise2,timeout", realm.run(body));
    }

    @Test
    void insideATimerImmediatesRunBeforeZeroTimeoutsAndTicksBeforeBoth() throws Exception {
        String body = String.join("\n",
                "const out = [];",
                "setTimeout(() => {",
                "  setTimeout(() => { out.push('timeout0'); report(out.join()); }, 0);",
                "  setImmediate(() => {",
                "    out.push('immediate');",
                "    process.nextTick(() => out.push('tick-in-immediate'));",
                "    Promise.resolve().then(() => out.push('promise-in-immediate'));",
                "  });",
                "  setImmediate(() => out.push('immediate2'));",
                "  process.nextTick(() => out.push('tick'));",
                "}, 1);");
        assertEquals("tick,immediate,tick-in-immediate,promise-in-immediate,immediate2,timeout0", realm.run(body));
    }

    @Test
    void argumentsThisAndClearing() throws Exception {
        String body = String.join("\n",
                "const out = [];",
                "const t = setTimeout(function (a, b) { out.push('args:' + a + b + ':' + (this === t)); }, 1, 'A', 2);",
                "const cleared = setTimeout(() => out.push('cleared timeout ran'), 5);",
                "clearTimeout(cleared);",
                "const byNumber = setTimeout(() => out.push('cleared-by-number ran'), 5);",
                "clearTimeout(+byNumber);",
                "const imm = setImmediate(() => out.push('cleared immediate ran'));",
                "clearImmediate(imm);",
                "setImmediate((x) => out.push('immediate:' + x), 'arg');",
                "clearTimeout(undefined); clearTimeout(null); clearTimeout(12345);",
                "setTimeout(() => report(out.join()), 30);");
        assertEquals("immediate:arg,args:A2:true", realm.run(body));
    }

    @Test
    void intervalRepeatsUntilClearedFromItsOwnCallback() throws Exception {
        String body = String.join("\n",
                "let n = 0;",
                "const iv = setInterval(function () {",
                "  n++;",
                "  if (n === 3) {",
                "    clearInterval(this);",
                "    setTimeout(() => report(String(n)), 20); // time for a wrongly kept interval to run again",
                "  }",
                "}, 2);");
        assertEquals("3", realm.run(body));
    }

    @Test
    void refreshRestartsTheCountdownAndTimeoutIsUsableAsANumber() throws Exception {
        String body = String.join("\n",
                "const start = Date.now();",
                "const t = setTimeout(() => report(JSON.stringify([Date.now() - start, typeof +t, +t > 0, t.hasRef()])), 60);",
                "setTimeout(() => t.refresh(), 40);");
        JsonNode out = JSON.readTree(realm.run(body));
        assertTrue(out.get(0).asLong() >= 95, "refreshed at 40 ms, so fired no earlier than ~100 ms: " + out);
        assertEquals("number", out.get(1).asText());
        assertTrue(out.get(2).asBoolean());
        assertFalse(out.get(3).asBoolean(), "a fired timeout no longer holds a ref");
    }

    @Test
    void refAndUnrefReportThroughHasRef() throws Exception {
        String body = String.join("\n",
                "const t = setTimeout(() => {}, 1000);",
                "const states = [t.hasRef()];",
                "t.unref(); states.push(t.hasRef());",
                "t.ref(); states.push(t.hasRef());",
                "clearTimeout(t); states.push(t.hasRef());",
                "t.ref(); states.push(t.hasRef());",
                "report(JSON.stringify(states));");
        assertEquals("[true,false,true,false,false]", realm.run(body));
    }

    @Test
    void aMissingCallbackIsATypeErrorWithNodesCode() throws Exception {
        String body = String.join("\n",
                "const codes = [];",
                "[() => setTimeout('code string', 1), () => setInterval(null), () => setImmediate(), () => queueMicrotask(1),",
                " () => process.nextTick(undefined)].forEach(f => {",
                "  try { f(); codes.push('no error'); } catch (e) { codes.push(e.name + ':' + e.code); }",
                "});",
                "report(codes.join());");
        assertEquals(String.join(",", java.util.Collections.nCopies(5, "TypeError:ERR_INVALID_ARG_TYPE")), realm.run(body));
    }

    @Test
    void oddDelaysBehaveAsOneMillisecond() throws Exception {
        String body = String.join("\n",
                "const out = [];",
                "setTimeout(() => out.push('nan'), NaN);",
                "setTimeout(() => out.push('negative'), -5);",
                "setTimeout(() => out.push('huge'), 2 ** 40);",
                "setTimeout(() => out.push('string'), '2');",
                "setTimeout(() => report(out.join()), 40);");
        assertEquals("nan,negative,huge,string", realm.run(body));
    }

    @Test
    void timersPromisesResolveWithTheirValue() throws Exception {
        String body = String.join("\n",
                "const { promises } = require('timers');",
                "Promise.all([promises.setTimeout(5, 'late'), promises.setImmediate('soon')]).then(v => report(v.join()));");
        assertEquals("late,soon", realm.run(body));
    }

    @Test
    void aThrowingCallbackDoesNotStopLaterTimersWhenHandled() throws Exception {
        RealmHarness owning = RealmHarness.startOwningProcess(List.of("llrt", RealmHarness.FILE));
        try {
            owning.start(String.join("\n",
                    "const seen = [];",
                    "process.on('uncaughtException', (e, origin) => seen.push(e.message + '/' + origin));",
                    "setTimeout(() => { throw new Error('first'); }, 1);",
                    "setTimeout(() => report(seen.join()), 30);"));
            assertEquals("first/uncaughtException", owning.awaitReport());
        } finally {
            owning.close();
        }
    }

    @Test
    void refreshReArmsAFiredTimeoutButNotAClearedOne() throws Exception {
        String body = String.join("\n",
                "const out = [];",
                "const fired = setTimeout(() => out.push('fired'), 1);",
                "const cleared = setTimeout(() => out.push('cleared ran'), 1);",
                "clearTimeout(cleared);",
                "setTimeout(() => {",
                "  fired.refresh();",
                "  cleared.refresh();",
                "  out.push('refreshed:' + fired.hasRef() + ':' + cleared.hasRef());",
                "  setTimeout(() => report(out.join()), 30);",
                "}, 15);");
        assertEquals("fired,refreshed:true:false,fired", realm.run(body));
    }
}
