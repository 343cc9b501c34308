/**
 * The event loop: one Vert.x event-loop thread that owns the Rhino Context. JS tasks, timers, immediates,
 * process.nextTick and Promise jobs run here in Node's order; every other thread hands work to it.
 * The only package (with lambda.runtimeapi and emulator) that touches Vert.x.
 */
package dev.llrtj.loop;
