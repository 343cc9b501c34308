package dev.llrtj.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import org.junit.jupiter.api.Test;
import org.mozilla.javascript.JavaScriptException;

/**
 * The members this package's substitutions replace or alias, looked up on the JVM: a Rhino or Netty upgrade that
 * renames one fails here, naming it, rather than in the middle of a native image build.
 */
class SubstitutionTargetsTest {
    @Test
    void rhinosJavaScriptExceptionStillHasItsValueAndDetails() throws ReflectiveOperationException {
        assertEquals(Object.class, JavaScriptException.class.getDeclaredField("value").getType());
        assertEquals(String.class, JavaScriptException.class.getMethod("getDetails").getReturnType());
        Method toString = Class.forName("org.mozilla.javascript.ScriptRuntime")
                .getDeclaredMethod("defaultObjectToString", org.mozilla.javascript.Scriptable.class);
        assertTrue(Modifier.isStatic(toString.getModifiers()));
    }

    @Test
    void nettysHandlerMaskStillAsksIsSkippable() throws ReflectiveOperationException {
        Method skippable = Class.forName("io.netty.channel.ChannelHandlerMask")
                .getDeclaredMethod("isSkippable", Class.class, String.class, Class[].class);
        assertEquals(boolean.class, skippable.getReturnType());
        assertTrue(Modifier.isStatic(skippable.getModifiers()));
    }
}
