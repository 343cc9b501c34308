package dev.llrtj.testrunner;

import dev.llrtj.engine.SourceMaps;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.debug.DebugFrame;
import org.mozilla.javascript.debug.DebuggableScript;
import org.mozilla.javascript.debug.Debugger;

/**
 * `llrt test --coverage`: line and function coverage of the code the tests load, from Rhino's debugger interface
 * (the interpreter reports each line it enters and each function call of code compiled with debug information, which
 * is only code compiled at run time: the runtime's own JS is precompiled without it). Counted, as Jest's default
 * does, are the files under the test folder that are neither tests nor in node_modules; lines of code the lowering
 * produced are counted at the original line the source map gives, and code it added (helpers, wrappers) not at all.
 * One instance serves every test file of a run, each on its own loop thread: its maps are concurrent.
 */
public final class Coverage implements Debugger {
    private static final Pattern CLOSING = Pattern.compile("^[\\s})\\];,]*$");
    private static final Pattern NOT_COUNTED = Pattern.compile(
            ".*(/node_modules/|/__tests__/|/__mocks__/|\\.(test|spec)\\.[cm]?[jt]sx?$).*");

    /** Per original file: line -> hit count (0: executable, never run). */
    private final Map<String, Map<Integer, Long>> lines = new ConcurrentHashMap<>();
    /** Per original file: "line name" of each function -> calls. */
    private final Map<String, Map<String, Long>> functions = new ConcurrentHashMap<>();
    private final Map<DebuggableScript, Frame> frames = new ConcurrentHashMap<>();
    private final String root;

    public Coverage(Path root) {
        this.root = root.toAbsolutePath().normalize() + "/";
    }

    /** Sets up a loop's Context (on its thread, before any user code is compiled) to report to this collector. */
    public void attach(Context cx) {
        cx.setGeneratingDebug(true);
        cx.setDebugger(this, null);
    }

    @Override
    public void handleCompilationDone(Context cx, DebuggableScript script, String source) {
        String file = script.getSourceName();
        if (file == null || !file.startsWith(root) || NOT_COUNTED.matcher(file).matches()) {
            return;
        }
        register(script);
    }

    /** Rhino reports the script and then each of its functions, nested ones included: one at a time here. */
    private void register(DebuggableScript script) {
        // the module wrapper (the function directly inside a compiled file) is not one of the file's functions
        boolean counted = script.isFunction() && script.getParent() != null && script.getParent().isFunction();
        Frame frame = new Frame(script, counted);
        frames.put(script, frame);
        for (Position p : frame.positions.values()) {
            if (!p.lowered || !closingOnly(p)) {
                lines.computeIfAbsent(p.file, f -> new ConcurrentHashMap<>()).putIfAbsent(p.line, 0L);
            }
        }
        if (frame.key != null) {
            functions.computeIfAbsent(frame.declared.file, f -> new ConcurrentHashMap<>()).putIfAbsent(frame.key, 0L);
        }
    }

    @Override
    public DebugFrame getFrame(Context cx, DebuggableScript script) {
        return frames.get(script); // null (no reports) for code that is not counted
    }

    /** file -> (line -> hits), sorted, for the report. */
    Map<String, Map<Integer, Long>> lines() {
        Map<String, Map<Integer, Long>> sorted = new TreeMap<>();
        lines.forEach((file, hits) -> sorted.put(file, new TreeMap<>(hits)));
        return sorted;
    }

    /** file -> ("line name" -> calls). */
    Map<String, Map<String, Long>> functions() {
        Map<String, Map<String, Long>> sorted = new TreeMap<>();
        functions.forEach((file, calls) -> sorted.put(file, new TreeMap<>(calls)));
        return sorted;
    }

    /** {@code lowered}: the line comes from a source map (the code Rhino ran was produced by the lowering). */
    private record Position(String file, int line, boolean lowered) {}

    /** Original files' lines, read once, for telling the lowering's own code from the source's. */
    private final Map<String, List<String>> sources = new ConcurrentHashMap<>();

    private String sourceLine(Position p) {
        List<String> text = sources.computeIfAbsent(p.file, f -> {
            try {
                return Files.readAllLines(Path.of(f));
            } catch (IOException | RuntimeException e) {
                return List.of();
            }
        });
        return p.line >= 1 && p.line <= text.size() ? text.get(p.line - 1) : "";
    }

    /**
     * A lowered line that maps to a source line with nothing to run on it (a closing brace): Rhino, reading the source
     * itself, would not count it; the lowering's code for the end of a block maps there.
     */
    private boolean closingOnly(Position p) {
        return CLOSING.matcher(sourceLine(p)).matches();
    }

    /**
     * Whether a lowered function is one the source declares at its line: named, its name is on that line; anonymous,
     * the line has a function or an arrow. The lowering's own functions (async wrappers, helpers) map to lines that
     * do not name them, and several generated functions mapping to one line count once (by line).
     */
    private boolean declaredInSource(Position p, String name) {
        String text = sourceLine(p);
        if (name == null || name.isEmpty()) {
            return text.contains("=>") || text.contains("function");
        }
        return Pattern.compile("\\b" + Pattern.quote(name) + "\\b").matcher(text).find();
    }

    /** Where generated {@code file:line} came from; null for code the lowering added. */
    private static Position position(String file, int line) {
        String original = SourceMaps.original(file, line);
        if (original == null) {
            return new Position(file, line, false); // not lowered: the line is the source's own
        }
        if (original.isEmpty()) {
            return null;
        }
        String[] parts = original.split(":");
        if (parts.length < 2) {
            return null;
        }
        try {
            int at = parts.length >= 3 ? parts.length - 2 : parts.length - 1;
            String name = String.join(":", java.util.Arrays.copyOf(parts, at));
            return new Position(name, Integer.parseInt(parts[at]), true);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** One compiled function's (or script's) reports: each line it enters, each call. */
    private final class Frame implements DebugFrame {
        private final String source;
        /** Each of its lines' original position, worked out once: the interpreter reports lines many times. */
        private final Map<Integer, Position> positions = new HashMap<>();
        private final Position declared;
        private final String key;

        Frame(DebuggableScript script, boolean counted) {
            this.source = script.getSourceName();
            int first = Integer.MAX_VALUE;
            for (int line : script.getLineNumbers()) {
                first = Math.min(first, line);
                Position p = position(source, line);
                if (p != null) {
                    positions.put(line, p);
                }
            }
            this.declared = first == Integer.MAX_VALUE ? null : positions.get(first);
            String name = script.getFunctionName();
            if (declared == null || !counted || (declared.lowered && !declaredInSource(declared, name))) {
                this.key = null;
            } else if (declared.lowered) {
                this.key = declared.line + " (line " + declared.line + ")"; // one per line: names are the lowering's
            } else {
                this.key = declared.line + " " + (name == null || name.isEmpty() ? "(anonymous_" + declared.line + ")" : name);
            }
        }

        @Override
        public void onEnter(Context cx, Scriptable activation, Scriptable thisObj, Object[] args) {
            if (key != null) {
                Map<String, Long> calls = functions.get(declared.file);
                if (calls != null) {
                    calls.merge(key, 1L, Long::sum);
                }
            }
        }

        @Override
        public void onLineChange(Context cx, int lineNumber) {
            Position p = positions.containsKey(lineNumber) ? positions.get(lineNumber) : position(source, lineNumber);
            if (p != null) {
                Map<Integer, Long> hits = lines.get(p.file);
                if (hits != null) {
                    hits.merge(p.line, 1L, Long::sum);
                }
            }
        }

        @Override
        public void onExceptionThrown(Context cx, Throwable ex) {}

        @Override
        public void onExit(Context cx, boolean byThrow, Object resultOrException) {}

        @Override
        public void onDebuggerStatement(Context cx) {}
    }
}
