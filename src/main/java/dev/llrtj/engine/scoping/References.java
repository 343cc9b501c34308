package dev.llrtj.engine.scoping;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.mozilla.javascript.ast.ArrayLiteral;
import org.mozilla.javascript.ast.AstNode;
import org.mozilla.javascript.ast.BreakStatement;
import org.mozilla.javascript.ast.ContinueStatement;
import org.mozilla.javascript.ast.FunctionNode;
import org.mozilla.javascript.ast.Name;
import org.mozilla.javascript.ast.ObjectLiteral;
import org.mozilla.javascript.ast.ObjectProperty;
import org.mozilla.javascript.ast.PropertyGet;
import org.mozilla.javascript.ast.Assignment;

/** Which identifiers are variable references (not property names or labels), and renaming them. */
final class References {
    private References() {}

    /** The names a declaration target binds: {@code x}, or every name in {@code [a, {b, c: d}] = ...}. */
    static void patternNames(AstNode target, List<Name> out) {
        if (target instanceof Name name) {
            out.add(name);
        } else if (target instanceof ArrayLiteral array) {
            array.getElements().forEach(e -> patternNames(e, out));
        } else if (target instanceof ObjectLiteral object) {
            object.getElements().forEach(e -> {
                if (e instanceof ObjectProperty p) {
                    patternNames(p.getValue(), out);
                }
            });
        } else if (target instanceof Assignment withDefault) {
            patternNames(withDefault.getLeft(), out);
        }
    }

    /** True when a function inside one of {@code roots} refers to one of {@code names}. */
    static boolean capturedIn(List<Name> names, AstNode... roots) {
        Set<String> ids = names.stream().map(Name::getIdentifier).collect(Collectors.toSet());
        boolean[] found = {false};
        for (AstNode root : roots) {
            if (root == null || found[0]) {
                continue;
            }
            root.visit(node -> {
                if (found[0]) {
                    return false;
                }
                if (node instanceof FunctionNode fn) {
                    fn.visit(inner -> {
                        if (inner instanceof Name n && ids.contains(n.getIdentifier()) && isReference(n)) {
                            found[0] = true;
                        }
                        return !found[0];
                    });
                    return false;
                }
                return true;
            });
        }
        return found[0];
    }

    /** Replaces every reference to one of {@code ids} under {@code roots} with {@code replacement}. */
    static void rename(Collection<String> ids, String replacement, SourceEdits edits, AstNode... roots) {
        for (AstNode root : roots) {
            if (root == null) {
                continue;
            }
            root.visit(node -> {
                if (node instanceof Name n && ids.contains(n.getIdentifier()) && isReference(n)) {
                    int at = n.getAbsolutePosition();
                    int end = at + n.getLength();
                    // {i} is {i: i}: the key stays, the value is renamed
                    String text = shorthandValue(n) ? n.getIdentifier() + ": " + replacement : replacement;
                    edits.replace(at, end, text);
                }
                return true;
            });
        }
    }

    static boolean isReference(Name n) {
        AstNode parent = n.getParent();
        if (parent instanceof PropertyGet get && get.getProperty() == n) {
            return false;
        }
        if (parent instanceof ObjectProperty p && p.getKey() == n) {
            return false;
        }
        if (parent instanceof FunctionNode fn && fn.getFunctionName() == n) {
            return false;
        }
        return !(parent instanceof BreakStatement || parent instanceof ContinueStatement);
    }

    private static boolean shorthandValue(Name n) {
        return n.getParent() instanceof ObjectProperty p && p.getValue() == n && p.getKey() != null
                && p.getKey().getAbsolutePosition() == n.getAbsolutePosition();
    }
}
