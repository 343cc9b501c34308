package dev.llrtj.lowering;

/** Lowered code (its first line marks it: llrt:system or llrt:cjs) and its source map, if any. */
public record Lowered(String code, String sourceMapJson) {
    public static final String SYSTEM_HEADER = "/*llrt:system*/";
    public static final String CJS_HEADER = "/*llrt:cjs*/";

    /** True when the code is a {@code System.register} module rather than a CommonJS script. */
    public boolean isSystemModule() {
        return code.startsWith(SYSTEM_HEADER);
    }
}
