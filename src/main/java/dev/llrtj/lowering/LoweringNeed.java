package dev.llrtj.lowering;

import java.util.regex.Pattern;

/**
 * Whether a source file must be lowered before Rhino runs it, decided once: the module loader (realm/loader.js and
 * resolve.js, through the loader binding) and `llrt invoke`/`serve`'s pre-lowering of the handler (cli) both ask
 * here, so that the pre-lowered file is the one the loader then finds in the cache. What only one side knows stays
 * there: package.json's "type" and the test runner's mock hoisting in the loader, and whether Rhino parses the file
 * (the loader tries; the pre-lowering asks the engine).
 */
public final class LoweringNeed {
    /** ES module syntax at a statement start, import.meta, or a top-level dynamic import awaited. */
    private static final Pattern MODULE_SYNTAX = Pattern.compile(
            "(^|[\\n;])\\s*(import(\\s*[{*'\"]|\\s+[\\w$])|export\\s*[{*]|export\\s+[\\w$])|\\bimport\\.meta\\b|\\bawait\\s+import\\(");
    private static final Pattern TYPESCRIPT = Pattern.compile("\\.(ts|mts|cts)$");

    private LoweringNeed() {}

    /** The text the loader compiles or lowers: without a byte-order mark, a hashbang line turned into a comment. */
    public static String asLoaded(String source) {
        String text = !source.isEmpty() && source.charAt(0) == '\uFEFF' ? source.substring(1) : source;
        return text.startsWith("#!") ? "//" + text.substring(2) : text;
    }

    /** Lowered ahead of time (`llrt bundle`, the cache): starts with the System.register or CommonJS mark. */
    public static boolean isLowered(String source) {
        return source.startsWith("/*llrt:system*/") || source.startsWith("/*llrt:cjs*/");
    }

    public static boolean isTypeScript(String file) {
        return TYPESCRIPT.matcher(file).find();
    }

    /** ES module syntax, which Rhino's scripts cannot hold: the file is an ES module to lower. */
    public static boolean hasModuleSyntax(String source) {
        return MODULE_SYNTAX.matcher(source).find();
    }

    /** Must be lowered whatever Rhino thinks of it (TypeScript, ES module syntax); {@code source} as loaded. */
    public static boolean mustLower(String file, String source) {
        return !isLowered(source) && (isTypeScript(file) || hasModuleSyntax(source));
    }
}
