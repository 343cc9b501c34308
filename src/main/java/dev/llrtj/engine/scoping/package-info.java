/**
 * Block scoping Rhino gets wrong, rewritten at compile time into code it runs as Node does: {@code const} in loops,
 * per-iteration loop bindings captured by closures, {@code for (const x of ...)}. The engine applies it to every
 * source it compiles that was not lowered ahead of time (unbundled files, {@code eval}, {@code new Function}).
 * Depends on Rhino's AST only.
 */
package dev.llrtj.engine.scoping;
