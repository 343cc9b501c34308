package dev.llrtj.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mozilla.javascript.RhinoException;
import org.mozilla.javascript.ScriptStackElement;

/**
 * The one place Rhino's stack frames become Node's: {@code "    at fn (file:line)"}, each position mapped back to the
 * user's original file through {@link SourceMaps}, and the frames of code the lowering added (helpers, module
 * wrappers: lines its map says come from no source) left out. bootstrap.js's {@code Error.prepareStackTrace}, the
 * Lambda error report, util.inspect, console.trace and the test runner all go through it, so every stack a user sees
 * names the same places, mapped once.
 */
public final class StackFrames {
    /** A frame as Rhino prints it when no prepareStackTrace formats it: "\tat file:line (fn)" or "\tat file:line". */
    private static final Pattern RHINO_FRAME = Pattern.compile("^\\s*at (.+?):(\\d+)(?: \\((.*)\\))?\\s*$");
    private static final Pattern NODE_FRAME = Pattern.compile("^\\s*at \\S.*$");

    private StackFrames() {}

    /** One frame in Node's form, its position mapped; null when the frame is the lowering's own code. */
    public static String frame(String function, String file, int line) {
        String where;
        if (file == null || file.isEmpty()) {
            where = "<anonymous>";
        } else {
            String original = SourceMaps.original(file, line);
            if (original != null && original.isEmpty()) {
                return null;
            }
            where = original != null ? original : file + ":" + line;
        }
        return "    at " + (function == null || function.isEmpty() ? where : function + " (" + where + ")");
    }

    /** The frames of an exception Java caught (its script stack as Rhino recorded it), in Node's form, mapped. */
    public static List<String> of(RhinoException e) {
        List<String> out = new ArrayList<>();
        for (ScriptStackElement el : e.getScriptStack()) {
            String frame = frame(el.functionName, el.fileName, el.lineNumber);
            if (frame != null) {
                out.add(frame);
            }
        }
        return out;
    }

    /**
     * The frame lines of a stack text, without its "Name: message" header. Lines already in Node's form are the
     * runtime's prepareStackTrace output, mapped when formatted, and stay as they are; lines in Rhino's own form
     * (a stack formatted while prepareStackTrace was replaced or removed) are converted and mapped here.
     */
    public static List<String> lines(String stack) {
        List<String> out = new ArrayList<>();
        if (stack == null) {
            return out;
        }
        for (String line : stack.split("\n")) {
            Matcher rhino = line.startsWith("\tat ") ? RHINO_FRAME.matcher(line) : null;
            if (rhino != null && rhino.matches()) {
                String frame = frame(rhino.group(3), rhino.group(1), Integer.parseInt(rhino.group(2)));
                if (frame != null) {
                    out.add(frame);
                }
            } else if (NODE_FRAME.matcher(line).matches()) {
                out.add("    " + line.strip());
            }
        }
        return out;
    }
}
