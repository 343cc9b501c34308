package dev.llrtj.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.EcmaError;
import org.mozilla.javascript.Function;
import org.mozilla.javascript.RhinoException;
import org.mozilla.javascript.ScriptableObject;

/** The bare engine: what JS can reach, what parses, how compile errors and stacks come out. */
class EngineTest {
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

    /** Runs {@code body} as a function body the way the runtime runs module code, returning its result. */
    private Object run(String body) {
        return run(body, "/app/test.js");
    }

    private Object run(String body, String file) {
        Function fn = Engine.instantiate(cx, Engine.compileWrapper(cx, body, file, ""), global);
        return fn.call(cx, global, global, new Object[0]);
    }

    private String str(String body) {
        return Context.toString(run(body));
    }

    @Test
    void javaIsNotReachableFromJs() {
        assertEquals("undefined undefined undefined undefined undefined",
                str("return [typeof Packages, typeof java, typeof JavaImporter, typeof javax, typeof getClass].join(' ')"));
        assertEquals("undefined", str("return typeof ''.getClass"));
        assertEquals("undefined", str("return typeof (function () {}).getClass"));
        assertEquals("undefined", str("return typeof Object.getClass"));
        assertEquals("undefined", str("return typeof globalThis.Packages"));
        assertEquals("global global global", str("return [globalThis === this ? 'global' : 'no', global === globalThis ? 'global' : 'no', self === globalThis ? 'global' : 'no'].join(' ')"));
    }

    @Test
    void noJavaObjectCanBeHandedToJs() {
        // the class shutter refuses every class: wrapping a Java object for JS fails instead of exposing its methods
        assertThrows(RhinoException.class, () -> Context.javaToJS(new ArrayList<String>(), global));
        assertThrows(RhinoException.class, () -> run("return new java.lang.Object()"));
    }

    @Test
    void es6FeaturesTheRuntimeRelaysOnParseAndRun() {
        String body = String.join("\n",
                "const add = (a, b = 2) => a + b;",
                "let [x, , y] = [1, 2, 3];",
                "const { p, q: { r } } = { p: 'P', q: { r: 'R' } };",
                "function* gen() { yield 1; yield* [2, 3]; }",
                "const sym = Symbol('s');",
                "const m = new Map([[1, 'a']]); const s = new Set([1, 1, 2]);",
                "const bytes = new Uint8Array([250, 5]);",
                "const big = 2n ** 64n;",
                "const o = { a: { b: null } };",
                "const spread = { ...{ k: 1 }, l: 2 }; const arr = [...[1, 2], 3];",
                "let label = `t${add(1)}`;",
                "return JSON.stringify([add(1), x, y, p, r, [...gen()], typeof sym, m.get(1), s.size, bytes[0] + bytes[1],",
                "  big.toString(), o.a.b?.c, o.z ?? 'dflt', spread, arr, label, [1, [2, [3]]].flat(2), Object.fromEntries([['e', 1]]),",
                "  'a-b-b'.replaceAll('b', 'c'), [1, 2, 3].at(-1), /(?<year>\\d{4})/.exec('in 2026').groups.year]);");
        assertEquals("[3,1,3,\"P\",\"R\",[1,2,3],\"symbol\",\"a\",2,255,\"18446744073709551616\",null,\"dflt\","
                + "{\"k\":1,\"l\":2},[1,2,3],\"t3\",[1,2,3],{\"e\":1},\"a-c-c\",3,\"2026\"]", str(body));
    }

    @Test
    void syntaxErrorsNameFileAndLine() {
        EcmaError e = assertThrows(EcmaError.class,
                () -> Engine.compileWrapper(cx, "let ok = 1;\n\nlet broken = ;\n", "/app/bad.js", ""));
        assertEquals("SyntaxError", e.getName());
        assertEquals("/app/bad.js", e.sourceName());
        assertEquals(3, e.lineNumber(), "the wrapper adds no line before the body");
        JsErrors.ErrorInfo info = JsErrors.describe(e);
        assertEquals("SyntaxError", info.name());
        assertTrue(info.isError());

        // the value a JS catch would see: a real SyntaxError
        Object value = JsErrors.toJsValue(cx, global, e);
        ScriptableObject.putProperty(global, "caught", value);
        assertEquals("true SyntaxError /app/bad.js", str("return [caught instanceof SyntaxError, caught.name, caught.fileName].join(' ')"));
    }

    @Test
    void syntaxErrorsInModernSyntaxRhinoLacksAreSyntaxErrorsToo() {
        // these are what the loader hands to the lowering pipeline: they must fail as SyntaxError, not otherwise
        for (String source : List.of("class A {}", "async function f() {}", "f(...args)", "const {a, ...rest} = o")) {
            EcmaError e = assertThrows(EcmaError.class, () -> Engine.compileWrapper(cx, source, "/app/m.js", ""), source);
            assertEquals("SyntaxError", e.getName(), source);
        }
    }

    @Test
    void everyNativeErrorTypeUsesPrepareStackTrace() {
        run("Error.prepareStackTrace = (e, frames) => 'prepared ' + e.name + ' ' + frames[0].getFileName() + ':' + frames[0].getLineNumber();");
        String body = "function make(Type) {\n  return new Type('m');\n}\n"
                + "return [Error, TypeError, RangeError, SyntaxError, ReferenceError, EvalError, URIError].map(T => make(T).stack).join('|');";
        assertEquals("prepared Error /app/s.js:2|prepared TypeError /app/s.js:2|prepared RangeError /app/s.js:2|"
                + "prepared SyntaxError /app/s.js:2|prepared ReferenceError /app/s.js:2|prepared EvalError /app/s.js:2|"
                + "prepared URIError /app/s.js:2", Context.toString(run(body, "/app/s.js")));
        // errors Rhino raises itself go through it as well
        assertEquals("prepared TypeError /app/r.js:1", Context.toString(run("try { null.x } catch (e) { return e.stack }", "/app/r.js")));
    }

    @Test
    void instantiatingFromJavaLeavesPromiseJobsToTheLoop() {
        run("globalThis.order = []; Promise.resolve().then(() => order.push('job'));");
        // loading another module (the loader compiles and instantiates it) must not run queued jobs
        Engine.instantiate(cx, Engine.compileWrapper(cx, "order.push('never called')", "/app/other.js", ""), global);
        assertEquals("", str("return order.join()"));
        cx.processMicrotasks();
        assertEquals("job", str("return order.join()"));
    }
}
