/**
 * What the runtime knows of the process it runs as: a JVM started with a class path, or the native executable built
 * by GraalVM Native Image from the same code. The lowest layer: depends on nothing of llrt-java.
 */
package dev.llrtj.host;
