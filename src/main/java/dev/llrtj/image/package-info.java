/**
 * Build-time code for the native executable: a GraalVM Native Image {@code Feature} that prepares the image heap
 * (dev.llrtj.realm.ImageSnapshot says what it holds), and substitutions of Rhino and Netty internals whose cost only
 * the image pays (each says what it saves and why the answer stays the same). Runs only inside the image builder; nothing at run time
 * reaches it, and the JVM build never loads it (org.graalvm.sdk:nativeimage is a provided dependency).
 */
package dev.llrtj.image;
