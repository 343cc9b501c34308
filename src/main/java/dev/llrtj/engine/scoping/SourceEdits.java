package dev.llrtj.engine.scoping;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Text edits on a source, applied in one pass. Edits never add a line break, so every line keeps its number and the
 * runtime's stack traces still point at the user's lines. Insertions at one offset are ordered so that nested
 * wrappers close inner-first and open outer-first.
 */
final class SourceEdits {
    /** Sort order at one offset: closing text first, then replacements, then opening text. */
    static final int CLOSE = 0;
    static final int REPLACE = 1;
    static final int OPEN = 2;

    private record Edit(int start, int end, String text, int kind, int depth) {}

    private final List<Edit> edits = new ArrayList<>();

    void replace(int start, int end, String text) {
        edits.add(new Edit(start, end, text, REPLACE, 0));
    }

    /** Text opening a construct nested {@code depth} deep (outer constructs open first). */
    void open(int at, String text, int depth) {
        edits.add(new Edit(at, at, text, OPEN, depth));
    }

    /** Text closing a construct nested {@code depth} deep (inner constructs close first). */
    void close(int at, String text, int depth) {
        edits.add(new Edit(at, at, text, CLOSE, -depth));
    }

    boolean isEmpty() {
        return edits.isEmpty();
    }

    String apply(String source) {
        List<Edit> sorted = new ArrayList<>(edits);
        sorted.sort(Comparator.comparingInt(Edit::start).thenComparingInt(Edit::kind).thenComparingInt(Edit::depth));
        StringBuilder out = new StringBuilder(source.length() + 64 * sorted.size());
        int at = 0;
        for (Edit e : sorted) {
            if (e.start() < at) {
                continue; // a replacement inside one already made (the same name seen twice): the first one wins
            }
            out.append(source, at, e.start()).append(e.text());
            at = e.end();
        }
        return out.append(source, at, source.length()).toString();
    }
}
