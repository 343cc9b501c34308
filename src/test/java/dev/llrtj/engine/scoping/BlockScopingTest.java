package dev.llrtj.engine.scoping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.mozilla.javascript.CompilerEnvirons;
import org.mozilla.javascript.Context;

/** The rewrites themselves; lowering-on-the-fly.test.js checks that the results run as Node runs the originals. */
class BlockScopingTest {
    private static String rewrite(String source) {
        CompilerEnvirons env = new CompilerEnvirons();
        env.setLanguageVersion(Context.VERSION_ES6);
        return BlockScoping.rewrite(source, env);
    }

    @Test
    void leavesCodeRhinoRunsRightAlone() {
        assertNull(rewrite("var a = 1; for (var i = 0; i < 3; i++) a += i;"));
        assertNull(rewrite("function f(){ const a = 1; let b = 2; for (let i = 0; i < 2; i++) b += i; return a + b }"));
        assertNull(rewrite("var s = 'const x = 1; let y';"));
    }

    @Test
    void turnsAConstInALoopIntoALetOfTheSameLength() {
        assertEquals("for(let i=0;i<3;i++){let   v=i*10;o.push(v)}",
                rewrite("for(let i=0;i<3;i++){const v=i*10;o.push(v)}"));
    }

    @Test
    void givesALetWithoutValueInALoopAFreshUndefined() {
        assertEquals("while (x) { let a = void 0; f(a) }", rewrite("while (x) { let a; f(a) }"));
    }

    @Test
    void turnsConstsDeclaredTwiceIntoLetsAndKeepsTheOthers() {
        assertEquals("const k = 0; {let   a=1}{let   a=2}", rewrite("const k = 0; {const a=1}{const a=2}"));
    }

    @Test
    void copiesACapturedForHeadIntoEachIteration() {
        assertEquals("for(let i$llrt1=0;i$llrt1<3;i$llrt1++){ let i = i$llrt1; try { {fs.push(()=>i)} } finally { "
                        + "i$llrt1 = i; } }",
                rewrite("for(let i=0;i<3;i++){fs.push(()=>i)}"));
    }

    @Test
    void givesACapturedForOfHeadItsOwnBindingPerIteration() {
        assertEquals("for(let $llrt_each1  of xs) { let [k, v] = $llrt_each1; fs.push(()=>k) }",
                rewrite("for(const [k, v] of xs) fs.push(()=>k)"));
    }

    @Test
    void readsForConstOfAsLetButLeavesTheWordsInStrings() {
        assertEquals("var s = 'for (const x of y)'; for (let   x of y) f(x)",
                rewrite("var s = 'for (const x of y)'; for (const x of y) f(x)"));
    }

    @Test
    void keepsEveryLineWhereItWas() {
        String source = "for (const {\n a,\n b } of xs) {\n fs.push(() => a + b)\n}\nthrow new Error('line 6')";
        String out = rewrite(source);
        assertEquals(source.lines().count(), out.lines().count(), out);
        assertEquals("throw new Error('line 6')", out.lines().reduce((x, y) -> y).orElseThrow());
    }

    @Test
    void leavesSourceThatDoesNotParseToRhinosOwnError() {
        assertNull(rewrite("const = 1; let let"));
    }
}
