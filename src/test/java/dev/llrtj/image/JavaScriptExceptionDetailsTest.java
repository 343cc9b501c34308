package dev.llrtj.image;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.llrtj.engine.Engine;
import org.junit.jupiter.api.Test;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.JavaScriptException;
import org.mozilla.javascript.NativeIterator;

/**
 * The native executable answers a generator completion's details directly
 * ({@link Target_org_mozilla_javascript_JavaScriptException}); this pins that answer to Rhino's own on the JVM.
 */
class JavaScriptExceptionDetailsTest {
    @Test
    void rhinoDescribesACompletedGeneratorAsTheSubstitutionDoes() {
        Context cx = Engine.enter();
        try {
            NativeIterator.StopIteration stop = new NativeIterator.StopIteration(42.0);
            // Rhino's own path: no toString found, a TypeError thrown and caught, then "[object " + class name + "]"
            assertEquals("[object StopIteration]", new JavaScriptException(stop, "f.js", 1).details());
            assertEquals("StopIteration", stop.getClassName());
            Object returned = cx.evaluateString(cx.initStandardObjects(),
                    "function* g() { yield 1; return 'done'; } var it = g(); it.next(); it.next().value", "g.js", 1, null);
            assertEquals("done", returned);
        } finally {
            Context.exit();
        }
    }
}
