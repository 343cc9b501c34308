/**
 * {@code llrt test}: finds test files, runs each in a fresh realm on its own event loop (so no global state leaks
 * between files), several files at once on multi-core machines, and reports per file and overall (pretty text
 * or JUnit XML). The Jest-compatible API itself is JavaScript: src/main/resources/dev/llrtj/modules/test/*.js;
 * this package drives it through {@code run()} and reads the JSON result tree it returns.
 */
package dev.llrtj.testrunner;
