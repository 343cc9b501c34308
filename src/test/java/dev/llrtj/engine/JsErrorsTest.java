package dev.llrtj.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.Function;
import org.mozilla.javascript.RhinoException;
import org.mozilla.javascript.ScriptableObject;

/** What the runtime reports for each kind of thrown value (Lambda's errorType/errorMessage/stackTrace). */
class JsErrorsTest {
    private Context cx;
    private ScriptableObject global;

    @BeforeEach
    void enter() {
        cx = Engine.enter();
        global = Engine.newGlobal(cx);
    }

    @AfterEach
    void exit() {
        Context.exit();
    }

    /** What Java sees when {@code body} throws. */
    private RhinoException thrownBy(String body) {
        Function fn = Engine.instantiate(cx, Engine.compileWrapper(cx, body, "/app/handler.js", ""), global);
        return assertThrows(RhinoException.class, () -> fn.call(cx, global, global, new Object[0]));
    }

    @Test
    void anErrorGivesItsNameMessageAndFrames() {
        JsErrors.ErrorInfo info = JsErrors.describe(thrownBy("function handler() {\n  throw new RangeError('too far');\n}\nhandler();"));
        assertEquals("RangeError", info.name());
        assertEquals("too far", info.message());
        assertEquals("RangeError: too far", info.headline());
        assertTrue(info.isError());
        assertTrue(info.stack().get(0).startsWith("    at handler (/app/handler.js:2"), info.stack().toString());
        assertTrue(info.stack().stream().allMatch(line -> line.startsWith("    at ")), "frame lines only: " + info.stack());
    }

    @Test
    void anErrorRhinoRaisesIsDescribedLikeAThrownOne() {
        JsErrors.ErrorInfo info = JsErrors.describe(thrownBy("let o = null;\nreturn o.field;"));
        assertEquals("TypeError", info.name());
        assertTrue(info.message().contains("field"), info.message());
        assertTrue(info.stack().get(0).contains("/app/handler.js:2"), info.stack().toString());
    }

    @Test
    void anErrorWithoutMessageHeadsWithItsNameOnly() {
        assertEquals("Error", JsErrors.describe(thrownBy("throw new Error()")).headline());
    }

    @Test
    void aThrownStringIsNotAnError() {
        JsErrors.ErrorInfo info = JsErrors.describe(thrownBy("throw 'plain words'"));
        assertEquals(new JsErrors.ErrorInfo("string", "plain words", List.of(), false), info);
    }

    @Test
    void aThrownObjectNullAndUndefinedAreDescribedByTheirType() {
        JsErrors.ErrorInfo object = JsErrors.describe(thrownBy("throw { code: 42 }"));
        assertEquals("object", object.name());
        assertFalse(object.isError());
        assertEquals(new JsErrors.ErrorInfo("object", "null", List.of(), false), JsErrors.describe(thrownBy("throw null")));
        assertEquals(new JsErrors.ErrorInfo("undefined", "undefined", List.of(), false),
                JsErrors.describe(thrownBy("throw undefined")));
        assertEquals(new JsErrors.ErrorInfo("number", "7", List.of(), false), JsErrors.describe(thrownBy("throw 7")));
    }

    @Test
    void anErrorLikeObjectCountsAsAnError() {
        // errors from another realm, or libraries building their own: name, message and a stack string
        JsErrors.ErrorInfo info = JsErrors.describe(thrownBy(
                "throw { name: 'ServiceError', message: 'denied', stack: 'ServiceError: denied\\n    at call (/app/sdk.js:9)' }"));
        assertEquals(new JsErrors.ErrorInfo("ServiceError", "denied", List.of("    at call (/app/sdk.js:9)"), true), info);
    }

    @Test
    void aSubclassedErrorKeepsItsOwnName() {
        JsErrors.ErrorInfo info = JsErrors.describe(thrownBy(String.join("\n",
                "function NotFound(m) { let e = new Error(m); Object.setPrototypeOf(e, NotFound.prototype); return e; }",
                "NotFound.prototype = Object.create(Error.prototype, { constructor: { value: NotFound } });",
                "NotFound.prototype.name = 'NotFound';",
                "throw new NotFound('no such key');")));
        assertEquals("NotFound", info.name());
        assertEquals("no such key", info.message());
        assertTrue(info.isError());
    }

    @Test
    void aJavaFailureBecomesAPlainErrorKeepingItsMessage() {
        assertEquals(new JsErrors.ErrorInfo("Error", "disk on fire", List.of(), true),
                JsErrors.describe(new IllegalStateException("disk on fire")));
        Object value = JsErrors.toJsValue(cx, global, new IllegalStateException("disk on fire"));
        ScriptableObject.putProperty(global, "caught", value);
        Function check = Engine.instantiate(cx,
                Engine.compileWrapper(cx, "return caught instanceof Error && caught.message", "/app/c.js", ""), global);
        assertEquals("disk on fire", check.call(cx, global, global, new Object[0]));
    }

    @Test
    void theValueACatchSeesIsTheThrownValueItself() {
        RhinoException e = thrownBy("throw 'just this'");
        assertEquals("just this", JsErrors.toJsValue(cx, global, e));
    }
}
