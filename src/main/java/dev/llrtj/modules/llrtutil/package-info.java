/**
 * {@code llrt:util}: LLRT's own small helpers (its API.md: {@code dimensions}, {@code load}, {@code print}), not to
 * be confused with Node's {@code util} (room util).
 */
package dev.llrtj.modules.llrtutil;
