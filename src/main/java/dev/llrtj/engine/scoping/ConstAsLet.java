package dev.llrtj.engine.scoping;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mozilla.javascript.CompilerEnvirons;
import org.mozilla.javascript.ast.AstRoot;
import org.mozilla.javascript.ast.VariableDeclaration;

/**
 * Rhino's parser rejects some valid const declarations ({@code for (const x of xs)}, a const name declared in two
 * blocks). For the analysis they are read as {@code let  } (as long as {@code const}, so every offset stays valid);
 * only words that then turn out to start a declaration count, not a "const" in a string or a comment.
 */
final class ConstAsLet {
    static final String LET = "let  ";
    private static final Pattern CONST = Pattern.compile("\\bconst\\b");
    private static final int ATTEMPTS = 3;

    private ConstAsLet() {}

    /** The const declarations (where they start) and the tree of the source with them read as let. */
    record Reading(Set<Integer> consts, String text, AstRoot root) {}

    /** Null when the source does not parse even with its const declarations read as let. */
    static Reading read(String source, CompilerEnvirons env) {
        List<Integer> candidates = new ArrayList<>();
        Matcher m = CONST.matcher(source);
        while (m.find()) {
            candidates.add(m.start());
        }
        for (int attempt = 0; attempt < ATTEMPTS && !candidates.isEmpty(); attempt++) {
            String text = apply(source, candidates);
            AstRoot root = ScopingParser.parse(text, env);
            if (root == null) {
                return null;
            }
            Set<Integer> declared = new HashSet<>();
            root.visit(node -> {
                if (node instanceof VariableDeclaration d) {
                    declared.add(d.getAbsolutePosition());
                }
                return true;
            });
            if (declared.containsAll(candidates)) {
                return new Reading(new HashSet<>(candidates), text, root);
            }
            candidates.retainAll(declared); // the others sat in strings or comments: leave them as they were
        }
        return null;
    }

    static String apply(String source, Iterable<Integer> at) {
        StringBuilder text = new StringBuilder(source);
        at.forEach(i -> text.replace(i, i + LET.length(), LET));
        return text.toString();
    }
}
