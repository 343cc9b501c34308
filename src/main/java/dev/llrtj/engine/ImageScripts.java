package dev.llrtj.engine;

import java.lang.reflect.Field;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.mozilla.javascript.JSDescriptor;
import org.mozilla.javascript.JSFunction;
import org.mozilla.javascript.JSScript;
import org.mozilla.javascript.Script;

/**
 * Image build only: makes the scripts compiled into the image heap (the runtime's own JS, the embedded SDK's files)
 * smaller, without changing what they do.
 * <ul>
 * <li>Rhino keeps each script's whole source text with it, for {@code Function.prototype.toString}: 4.6 MB of strings
 * nobody reads. A precompiled function answers as Node answers for a built-in it does not show
 * ({@value #PLACEHOLDER}). User code keeps its source: it is compiled at run time, not here.</li>
 * <li>Rhino's parser makes a new String for every identifier and literal of every file ({@code exports},
 * {@code prototype}, {@code call} once per file that names them), and a new array for every function's names,
 * flags and bytecode (the minified SDK's {@code (e, t)} functions alike): equal strings and equal arrays are made
 * one object, and every leaf function shares one empty list of nested functions.</li>
 * </ul>
 * State is static and build-time only: nothing at run time reaches this class.
 */
public final class ImageScripts {
    static final String PLACEHOLDER = "function () { [native code] }";

    private static final Field RAW_SOURCE = field(JSDescriptor.class, "rawSource");
    private static final Field RAW_SOURCE_START = field(JSDescriptor.class, "rawSourceStart");
    private static final Field RAW_SOURCE_END = field(JSDescriptor.class, "rawSourceEnd");
    private static final Field NAMES = field(JSDescriptor.class, "paramAndVarNames");
    private static final Field CONSTS = field(JSDescriptor.class, "paramIsConst");
    private static final Class<?> INTERPRETER_DATA = rhinoClass("org.mozilla.javascript.InterpreterData");
    private static final Field STRING_TABLE = field(INTERPRETER_DATA, "itsStringTable");
    private static final Field ICODE = field(INTERPRETER_DATA, "itsICode");
    private static final Field LITERAL_IDS = field(INTERPRETER_DATA, "literalIds");
    private static final Field TEMPLATE_LITERALS = field(INTERPRETER_DATA, "itsTemplateLiterals");

    /** Canonical instances: strings by value, arrays by content (a List view of an array compares by content). */
    private static final Map<Object, Object> CANONICAL = new HashMap<>();
    private static long seen;
    private static long shared;

    private ImageScripts() {}

    /** Drops {@code script}'s source text and shares its strings, nested functions included; idempotent. */
    public static synchronized void compact(Script script) {
        if (!(script instanceof JSScript compiled)) {
            return; // not interpreted by Rhino: nothing of ours to shrink
        }
        Deque<JSDescriptor<?>> pending = new ArrayDeque<>();
        pending.push(compiled.getDescriptor());
        try {
            while (!pending.isEmpty()) {
                JSDescriptor<?> descriptor = pending.pop();
                RAW_SOURCE.set(descriptor, PLACEHOLDER);
                RAW_SOURCE_START.setInt(descriptor, 0);
                RAW_SOURCE_END.setInt(descriptor, PLACEHOLDER.length());
                shareArray(descriptor, NAMES);
                shareArray(descriptor, CONSTS);
                Object code = descriptor.getCode();
                if (INTERPRETER_DATA.isInstance(code)) {
                    shareArray(code, STRING_TABLE);
                    shareArray(code, ICODE);
                    shareElements((Object[]) LITERAL_IDS.get(code));
                    shareElements((Object[]) TEMPLATE_LITERALS.get(code));
                }
                List<JSDescriptor<JSFunction>> nested = descriptor.getNestedFunctions();
                if (nested != null && nested.isEmpty()) {
                    descriptor.nestedFunctions = List.of(); // one empty list for every leaf function, not two objects each
                } else if (nested != null) {
                    nested.forEach(pending::push);
                }
            }
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot compact a precompiled script", e);
        }
    }

    /** For the build log: strings seen and made shared so far; then forgets them (the builder keeps no table). */
    public static synchronized String finish() {
        String summary = seen + " strings and arrays in compiled scripts, " + shared + " made shared";
        CANONICAL.clear();
        return summary;
    }

    /** Replaces the strings of {@code array} (and of arrays nested in it) by their canonical instances. */
    private static void shareElements(Object[] array) {
        if (array == null) {
            return;
        }
        for (int i = 0; i < array.length; i++) {
            if (array[i] instanceof String s) {
                array[i] = canonical(s, s);
            } else if (array[i] instanceof Object[] nested) {
                shareElements(nested);
            }
        }
    }

    /** Points {@code field} of {@code owner} at the canonical array with the same content (strings shared first). */
    private static void shareArray(Object owner, Field field) throws IllegalAccessException {
        Object array = field.get(owner);
        Object key = switch (array) {
            case null -> null;
            case String[] strings -> {
                shareElements(strings);
                yield Arrays.asList((Object[]) strings);
            }
            case boolean[] flags -> new Content(flags, Arrays.hashCode(flags));
            case byte[] bytes -> new Content(bytes, Arrays.hashCode(bytes));
            default -> null;
        };
        if (key != null) {
            Object canonical = canonical(key, array);
            if (canonical != array) {
                field.set(owner, canonical);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> T canonical(Object key, T value) {
        seen++;
        Object existing = CANONICAL.putIfAbsent(key, value);
        if (existing == null || existing == value) {
            return value;
        }
        shared++;
        return (T) existing;
    }

    /** A primitive array as a key by content. */
    private record Content(Object array, int hash) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Content c && hash == c.hash && java.util.Objects.deepEquals(array, c.array);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    private static Class<?> rhinoClass(String name) {
        try {
            return Class.forName(name, false, JSDescriptor.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("a Rhino other than 1.9.x: no " + name, e);
        }
    }

    private static Field field(Class<?> owner, String name) {
        try {
            Field field = owner.getDeclaredField(name);
            field.setAccessible(true);
            return field;
        } catch (NoSuchFieldException e) {
            // a Rhino other than 1.9.x: say so at image build time rather than keep the text silently
            throw new IllegalStateException("a Rhino other than 1.9.x: " + owner.getSimpleName() + " has no field " + name, e);
        }
    }
}
