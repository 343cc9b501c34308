package dev.llrtj.engine.scoping;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.mozilla.javascript.CompilerEnvirons;
import org.mozilla.javascript.Token;
import org.mozilla.javascript.ast.AstNode;
import org.mozilla.javascript.ast.AstRoot;
import org.mozilla.javascript.ast.ForInLoop;
import org.mozilla.javascript.ast.ForLoop;
import org.mozilla.javascript.ast.FunctionNode;
import org.mozilla.javascript.ast.Loop;
import org.mozilla.javascript.ast.Name;
import org.mozilla.javascript.ast.VariableDeclaration;
import org.mozilla.javascript.ast.VariableInitializer;

/**
 * Rewrites the block-scoped declarations whose meaning Rhino 1.9.1 gets wrong into code it runs as Node does. Rhino
 * treats {@code const} as the old function-wide SpiderMonkey constant: in a loop it keeps its first value
 * ({@code for(...){const v=i*10}} sees 0 every time) and two {@code const v} in sibling blocks are a "redeclaration"
 * SyntaxError. It gives a {@code let}/{@code const} loop head one binding for the whole loop (closures all see the last
 * value), keeps a {@code let x;} value from the previous iteration, and cannot parse {@code for (const x of/in ...)}.
 * Its {@code let x = v} in a block does get a fresh binding each time the block runs, so the rewrites lean on it:
 * <ul>
 *   <li>a {@code const} that runs more than once (in a loop) or shares its name with another declaration of the
 *       function becomes {@code let}; a {@code let x;} in a loop gets {@code = void 0};</li>
 *   <li>a {@code for (let/const ...)} head that a closure in the loop captures is renamed, and the body gets its own
 *       copy each iteration ({@code {let i = i$; try { body } finally { i$ = i }}}: break, continue and return keep
 *       working, and the body's changes reach the next iteration as in the spec);</li>
 *   <li>a captured {@code for (let/const x of/in ...)} head iterates a temporary and the body declares x from it.</li>
 * </ul>
 * Edits keep every line where it was. Not covered (Node and Rhino differ only for code that throws in Node): the
 * temporal dead zone, and assigning to a {@code const} turned into {@code let} (it no longer throws).
 */
public final class BlockScoping {
    /** Cheap test before parsing: sources without these words have nothing to rewrite. */
    private static final Pattern BLOCK_SCOPED = Pattern.compile("\\b(?:let|const)\\b");

    private final String source;
    private final Set<Integer> wasConst;
    private final Set<Integer> madeLet = new HashSet<>();
    private final Set<Integer> loopHeads = new HashSet<>();
    private final SourceEdits edits = new SourceEdits();
    private final Map<AstNode, Map<String, Integer>> declaredPerFunction = new HashMap<>();
    private int temporaries;

    private BlockScoping(String source, Set<Integer> wasConst) {
        this.source = source;
        this.wasConst = wasConst;
    }

    /** The rewritten source, or null when Rhino already runs it as Node would (or it does not parse at all). */
    public static String rewrite(String source, CompilerEnvirons env) {
        if (!BLOCK_SCOPED.matcher(source).find()) {
            return null;
        }
        String text = source;
        Set<Integer> wasConst = Set.of();
        AstRoot root = ScopingParser.parse(text, env);
        if (root == null && source.contains("const")) {
            // Rhino's parser itself rejects `for (const x of ...)` and a const declared twice: read them as let
            ConstAsLet.Reading reading = ConstAsLet.read(source, env);
            if (reading != null) {
                wasConst = reading.consts();
                text = reading.text();
                root = reading.root();
            }
        }
        if (root == null) {
            return null; // Rhino reports the syntax error when it compiles the original
        }
        BlockScoping scoping = new BlockScoping(text, wasConst);
        scoping.analyse(root);
        scoping.restoreConsts();
        if (scoping.edits.isEmpty()) {
            return text.equals(source) ? null : text;
        }
        return scoping.edits.apply(text);
    }

    private void analyse(AstRoot root) {
        List<VariableDeclaration> declarations = new ArrayList<>();
        root.visit(node -> {
            if (node instanceof VariableDeclaration d && d.getType() != Token.VAR) {
                declarations.add(d);
                Map<String, Integer> names = declaredPerFunction.computeIfAbsent(functionOf(d), k -> new HashMap<>());
                boundNames(d).forEach(n -> names.merge(n.getIdentifier(), 1, Integer::sum));
            }
            return true;
        });
        for (VariableDeclaration d : declarations) {
            AstNode parent = d.getParent();
            if (parent instanceof ForInLoop loop && loop.getIterator() == d) {
                loopHeads.add(d.getAbsolutePosition());
                forInHead(loop, d);
            } else if (parent instanceof ForLoop loop && loop.getInitializer() == d) {
                loopHeads.add(d.getAbsolutePosition());
                forHead(loop, d);
            } else {
                statement(d);
            }
        }
    }

    private void statement(VariableDeclaration d) {
        boolean inLoop = inLoop(d);
        if (isConst(d) && (inLoop || redeclared(d))) {
            constToLet(d);
        }
        if (inLoop) {
            for (VariableInitializer v : d.getVariables()) {
                if (v.getInitializer() == null && v.getTarget() instanceof Name name) {
                    edits.replace(end(name), end(name), " = void 0");
                }
            }
        }
    }

    private void forInHead(ForInLoop loop, VariableDeclaration d) {
        List<Name> names = boundNames(d);
        if (!References.capturedIn(names, loop.getBody())) {
            if (isConst(d)) {
                constToLet(d);
            }
            return;
        }
        String temporary = "$llrt_each" + (++temporaries);
        String pattern = oneLine(text(d.getVariables().get(0).getTarget()));
        edits.replace(d.getAbsolutePosition(), end(d), keepLines(text(d), "let " + temporary + " "));
        AstNode body = loop.getBody();
        edits.open(body.getAbsolutePosition(), "{ let " + pattern + " = " + temporary + "; ", body.depth());
        edits.close(end(body), " }", body.depth());
    }

    private void forHead(ForLoop loop, VariableDeclaration d) {
        if (isConst(d)) {
            constToLet(d);
        }
        List<Name> names = boundNames(d);
        boolean simple = d.getVariables().stream().allMatch(v -> v.getTarget() instanceof Name);
        if (!simple || !References.capturedIn(names, loop.getCondition(), loop.getIncrement(), loop.getBody())) {
            return;
        }
        StringBuilder copyIn = new StringBuilder("{ let ");
        StringBuilder copyOut = new StringBuilder(" } finally { ");
        int n = ++temporaries;
        for (Name name : names) {
            String id = name.getIdentifier();
            String outer = id + "$llrt" + n;
            Set<String> one = Set.of(id);
            References.rename(one, outer, edits, name, loop.getCondition(), loop.getIncrement());
            for (VariableInitializer v : d.getVariables()) {
                if (v.getInitializer() != null) {
                    References.rename(one, outer, edits, v.getInitializer());
                }
            }
            copyIn.append(copyIn.length() > 6 ? ", " : "").append(id).append(" = ").append(outer);
            copyOut.append(outer).append(" = ").append(id).append("; ");
        }
        AstNode body = loop.getBody();
        edits.open(body.getAbsolutePosition(), copyIn.append("; try { ").toString(), body.depth());
        edits.close(end(body), copyOut.append("} }").toString(), body.depth());
    }

    private boolean isConst(VariableDeclaration d) {
        return d.getType() == Token.CONST || wasConst.contains(d.getAbsolutePosition());
    }

    private void constToLet(VariableDeclaration d) {
        int at = d.getAbsolutePosition();
        madeLet.add(at);
        if (source.startsWith("const", at)) {
            edits.replace(at, at + 5, ConstAsLet.LET);
        }
    }

    /**
     * A const the parse read as let that needed no change is a const again, so assigning to it still throws; loop
     * heads stay let, which Rhino parses.
     */
    private void restoreConsts() {
        for (int at : wasConst) {
            if (!madeLet.contains(at) && !loopHeads.contains(at)) {
                edits.replace(at, at + 5, "const");
            }
        }
    }

    private boolean redeclared(VariableDeclaration d) {
        Map<String, Integer> names = declaredPerFunction.get(functionOf(d));
        return boundNames(d).stream().anyMatch(n -> names.getOrDefault(n.getIdentifier(), 0) > 1);
    }

    /** True when d runs more than once per call of its function: some loop of that function encloses it. */
    private static boolean inLoop(AstNode d) {
        for (AstNode p = d.getParent(); p != null && !(p instanceof FunctionNode); p = p.getParent()) {
            if (p instanceof Loop) {
                return true;
            }
        }
        return false;
    }

    private static AstNode functionOf(AstNode node) {
        for (AstNode p = node.getParent(); p != null; p = p.getParent()) {
            if (p instanceof FunctionNode || p instanceof AstRoot) {
                return p;
            }
        }
        return node;
    }

    private static List<Name> boundNames(VariableDeclaration d) {
        List<Name> names = new ArrayList<>();
        for (VariableInitializer v : d.getVariables()) {
            References.patternNames(v.getTarget(), names);
        }
        return names;
    }

    private String text(AstNode node) {
        return source.substring(node.getAbsolutePosition(), end(node));
    }

    private static int end(AstNode node) {
        return node.getAbsolutePosition() + node.getLength();
    }

    private static String oneLine(String s) {
        return s.replace('\n', ' ').replace('\r', ' ');
    }

    /** {@code replacement} followed by as many line breaks as {@code original} had, so later lines do not move. */
    private static String keepLines(String original, String replacement) {
        long breaks = original.chars().filter(c -> c == '\n').count();
        return replacement + "\n".repeat((int) breaks);
    }

    /** Thrown by the analysis parse's error reporter: the source is not for this class to judge. */
    static final class Unparsable extends RuntimeException {
        Unparsable(String message) {
            super(message, null, false, false);
        }
    }
}
