/**
 * A local Lambda: one HTTP server on 127.0.0.1 serving both the Runtime API (to a runtime child process it spawns
 * with a Lambda-like environment) and the invoke endpoint {@code POST /2015-03-31/functions/function/invocations}.
 * Invocations are queued and handed to the runtime one at a time; the function timeout is enforced by killing the
 * child, which is restarted on the next invocation, as are crashed children. Each invocation logs Lambda-style
 * START / END / REPORT lines. Used by {@code llrt serve} and {@code llrt invoke}.
 */
package dev.llrtj.emulator;
