/**
 * The JavaScript engine: Rhino in interpreted mode at the ES6 language level, one global scope per realm,
 * Java access from JS switched off, and JS errors (with source-mapped stacks) as the rest of the runtime sees them.
 * Knows nothing of event loops, modules or Lambda.
 */
package dev.llrtj.engine;
