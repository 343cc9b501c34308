package dev.llrtj.engine.scoping;

import java.util.HashSet;
import java.util.Set;
import org.mozilla.javascript.CompilerEnvirons;
import org.mozilla.javascript.ErrorReporter;
import org.mozilla.javascript.EvaluatorException;
import org.mozilla.javascript.Parser;
import org.mozilla.javascript.ast.AstRoot;
import org.mozilla.javascript.ast.ForInLoop;
import org.mozilla.javascript.ast.ForLoop;

/** Rhino's own parser, for analysis only: positions are kept, comments dropped, errors end the parse quietly. */
final class ScopingParser {
    private ScopingParser() {}

    private static final ErrorReporter QUIET = new ErrorReporter() {
        @Override
        public void warning(String message, String sourceName, int line, String lineSource, int lineOffset) {}

        @Override
        public void error(String message, String sourceName, int line, String lineSource, int lineOffset) {
            throw new BlockScoping.Unparsable(message);
        }

        @Override
        public EvaluatorException runtimeError(String message, String sourceName, int line, String lineSource,
                                               int lineOffset) {
            throw new BlockScoping.Unparsable(message);
        }
    };

    /** The syntax tree, or null when Rhino cannot parse the text. */
    static AstRoot parse(String text, CompilerEnvirons context) {
        CompilerEnvirons env = new CompilerEnvirons();
        env.setLanguageVersion(context.getLanguageVersion());
        env.setStrictMode(context.isStrictMode());
        env.setRecordingComments(false);
        env.setRecordingLocalJsDocComments(false);
        env.setReservedKeywordAsIdentifier(context.isReservedKeywordAsIdentifier());
        env.setAllowMemberExprAsFunctionName(context.isAllowMemberExprAsFunctionName());
        env.setXmlAvailable(false);
        try {
            return new Parser(env, QUIET).parse(text, "<scoping>", 1);
        } catch (BlockScoping.Unparsable | EvaluatorException e) {
            return null;
        }
    }

    /** Where each declaration in a loop head starts. */
    static Set<Integer> loopHeadDeclarations(AstRoot root) {
        Set<Integer> heads = new HashSet<>();
        root.visit(node -> {
            if (node instanceof ForInLoop loop && loop.getIterator() != null) {
                heads.add(loop.getIterator().getAbsolutePosition());
            } else if (node instanceof ForLoop loop && loop.getInitializer() != null) {
                heads.add(loop.getInitializer().getAbsolutePosition());
            }
            return true;
        });
        return heads;
    }
}
