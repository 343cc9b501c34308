/**
 * Lowering: turning modern JavaScript and TypeScript into code Rhino 1.9.1 (interpreted, ES6) can run.
 *
 * <p>The work is done at build time or first load by Node.js running {@code bundles/lower.mjs} (esbuild + Babel):
 * {@link dev.llrtj.lowering.Lowerer} keeps one {@code lower.mjs serve} child per JVM and a content-addressed disk
 * cache, so a file is lowered once per change. Output starts with {@code /*llrt:system*\/} (a
 * {@code System.register} module) or {@code /*llrt:cjs*\/} (a CommonJS script). Depends on nothing else in the
 * project.
 */
package dev.llrtj.lowering;
