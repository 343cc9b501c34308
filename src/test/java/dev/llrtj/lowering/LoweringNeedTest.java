package dev.llrtj.lowering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LoweringNeedTest {
    @Test
    void moduleSyntaxAtAStatementStartOrImportMeta() {
        assertTrue(LoweringNeed.hasModuleSyntax("import x from 'y';"));
        assertTrue(LoweringNeed.hasModuleSyntax("const a = 1;export { a }"));
        assertTrue(LoweringNeed.hasModuleSyntax("console.log(import.meta.url)"));
        assertTrue(LoweringNeed.hasModuleSyntax("const m = await import('x')"));
        assertFalse(LoweringNeed.hasModuleSyntax("const important = require('x'); exports.a = 1;"));
        assertFalse(LoweringNeed.hasModuleSyntax("import('x').then(f)"));
    }

    @Test
    void typeScriptMustBeLoweredUnlessLoweredAlready() {
        assertTrue(LoweringNeed.mustLower("/a/h.mts", "exports.a = 1"));
        assertFalse(LoweringNeed.mustLower("/a/h.js", "exports.a = 1"));
        assertFalse(LoweringNeed.mustLower("/a/h.ts", "/*llrt:cjs*/exports.a = 1"));
    }

    @Test
    void asLoadedDropsTheByteOrderMarkAndCommentsTheHashbang() {
        assertEquals("///usr/bin/env node\nx", LoweringNeed.asLoaded("\uFEFF#!/usr/bin/env node\nx"));
        assertEquals("x", LoweringNeed.asLoaded("x"));
    }
}
