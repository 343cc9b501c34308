package dev.llrtj.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.Function;
import org.mozilla.javascript.JSDescriptor;
import org.mozilla.javascript.JSScript;
import org.mozilla.javascript.Script;
import org.mozilla.javascript.ScriptableObject;

/** Scripts compacted for the image heap run as before, without their source text and with their strings shared. */
class ImageScriptsTest {
    private static final String BODY = """
            function greet(name) { const parts = ['hello', name]; return parts.join(' ') + `!${name.length}`; }
            var o = { exports: 1, prototype: 2 };
            return { text: greet('world'), keys: Object.keys(o).join(), source: String(greet), nested: String(function () {}) };
            """;

    private Context cx;
    private ScriptableObject global;

    @BeforeEach
    void enter() {
        cx = Engine.enter();
        global = Engine.newGlobal(cx);
    }

    @AfterEach
    void exit() {
        ImageScripts.finish();
        Context.exit();
    }

    private ScriptableObject run(Script script) {
        Function fn = Engine.instantiate(cx, script, global);
        return (ScriptableObject) fn.call(cx, global, global, new Object[0]);
    }

    @Test
    void aCompactedScriptComputesWhatItDidAndShowsNoSource() {
        Script script = Engine.compileWrapper(cx, BODY, "/opt/llrt/sdk/a.js", "");
        ScriptableObject before = run(script);
        assertTrue(before.get("source", before).toString().contains("parts.join"), "Rhino kept the source until now");

        ImageScripts.compact(script);
        ScriptableObject after = run(script);
        assertEquals("hello world!5", after.get("text", after).toString());
        assertEquals("exports,prototype", after.get("keys", after).toString());
        assertEquals(ImageScripts.PLACEHOLDER, after.get("source", after).toString());
        assertEquals(ImageScripts.PLACEHOLDER, after.get("nested", after).toString());
        assertEquals(ImageScripts.PLACEHOLDER, rawSource(script));
    }

    @Test
    void equalStringsOfTwoScriptsBecomeOneObject() throws Exception {
        Script first = Engine.compileWrapper(cx, BODY, "/opt/llrt/sdk/a.js", "");
        Script second = Engine.compileWrapper(cx, BODY.replace("world", "there"), "/opt/llrt/sdk/b.js", "");
        ImageScripts.compact(first);
        ImageScripts.compact(second);
        String a = stringTableEntry(first, "hello");
        String b = stringTableEntry(second, "hello");
        assertEquals("hello", b);
        assertSame(a, b);
        assertTrue(ImageScripts.finish().matches("\\d+ strings and arrays in compiled scripts, [1-9]\\d* made shared"));
        ScriptableObject result = run(second);
        assertEquals("hello there!5", result.get("text", result).toString());
    }

    private static String rawSource(Script script) {
        return ((JSScript) script).getDescriptor().getRawSource();
    }

    /** The entry equal to {@code value} in a string table of the script's functions. */
    private static String stringTableEntry(Script script, String value) throws Exception {
        java.util.Deque<JSDescriptor<?>> pending = new java.util.ArrayDeque<>();
        pending.push(((JSScript) script).getDescriptor());
        while (!pending.isEmpty()) {
            JSDescriptor<?> descriptor = pending.pop();
            Object code = descriptor.getCode();
            Field table = code.getClass().getDeclaredField("itsStringTable");
            table.setAccessible(true);
            String[] strings = (String[]) table.get(code);
            for (String s : strings == null ? new String[0] : strings) {
                if (value.equals(s)) {
                    return s;
                }
            }
            if (descriptor.getNestedFunctions() != null) {
                descriptor.getNestedFunctions().forEach(pending::push);
            }
        }
        throw new AssertionError(value + " is not in a string table");
    }
}
