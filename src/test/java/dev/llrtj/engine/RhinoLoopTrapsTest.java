package dev.llrtj.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.ContextFactory;
import org.mozilla.javascript.Scriptable;

/**
 * The loop-binding traps the runtime's own JS codes around (CONTRIBUTING.md, "Rhino traps"), pinned on Rhino as the
 * internal scripts meet it: a plain Context, without ScopingContext's rewrite that user code gets (JS tests can no
 * longer see them: src/test/js is user code). The day an engine upgrade removes one, this fails and the workaround
 * can go.
 */
class RhinoLoopTrapsTest {
    private static String run(String code) {
        Context cx = new ContextFactory().enterContext();
        try {
            cx.setInterpretedMode(true);
            cx.setLanguageVersion(Context.VERSION_ES6);
            Scriptable scope = cx.initStandardObjects();
            return Context.toString(cx.evaluateString(scope, code, "trap.js", 1, null));
        } finally {
            Context.exit();
        }
    }

    @Test
    void aConstInALoopBodyKeepsItsFirstIterationsValue() {
        assertEquals("0,0,0", run("var seen = []; for (let i = 0; i < 3; i++) { const x = i; seen.push(x); } seen.join()"));
    }

    @Test
    void forLetOfHasNoPerIterationBinding() {
        assertEquals("2,2", run("var fns = []; for (let x of [1, 2]) fns.push(() => x); fns.map(f => f()).join()"));
    }
}
