package dev.llrtj.realm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.llrtj.engine.Engine;
import dev.llrtj.modules.ModuleRegistry;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mozilla.javascript.Context;

/** The clock guards of the image build: the current time and randomness refused, everything else of Date kept. */
class BuildTimeClockTest {
    private static Object eval(Context cx, Realm realm, String js) {
        return cx.evaluateString(realm.global(), js, "case.js", 1, null);
    }

    @Test
    void theCurrentTimeAndRandomnessAreRefusedBeforeTheStartAndTheRestOfDateWorks() {
        Context cx = Engine.enter();
        try {
            Realm realm = Realm.detached(cx, ModuleRegistry.builtins());
            Runnable restore = BuildTimeClock.install(realm);
            assertEquals("1970-01-01T00:00:00.000Z", Context.toString(eval(cx, realm, "new Date(0).toISOString()")));
            assertEquals(Boolean.TRUE, eval(cx, realm, "new Date(5) instanceof Date && Date.UTC(1970, 0, 1) === 0"));
            assertEquals(86400000.0, Context.toNumber(eval(cx, realm, "Date.parse('1970-01-02T00:00:00Z')")));
            assertEquals("Date", Context.toString(eval(cx, realm, "Date.name")));
            for (String clock : List.of("new Date()", "Date()", "Date.now()", "Math.random()")) {
                assertThrows(RuntimeException.class, () -> eval(cx, realm, clock), clock);
            }
            assertEquals(List.of("new Date()", "Date()", "Date.now()", "Math.random()"), realm.perProcess().violations());
            eval(cx, realm, "globalThis.captured = Date");
            restore.run();
            assertEquals(Boolean.TRUE, eval(cx, realm, "Date !== captured && typeof Date.now() === 'number'"));
        } finally {
            Context.exit();
        }
    }
}
