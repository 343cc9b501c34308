/**
 * The Lambda Runtime API as HTTP: the constants shared by the runtime's client and the local emulator, and the
 * client itself ({@link dev.llrtj.lambda.runtimeapi.RuntimeApiClient}), a Vert.x verticle with one keep-alive
 * connection, and a streamed answer ({@link dev.llrtj.lambda.runtimeapi.StreamedResponse}) on a connection of its
 * own, since only a hand-framed chunked body can end with the error trailers. The public surface uses {@link java.util.concurrent.CompletableFuture} so callers in
 * {@code dev.llrtj.lambda} need not import Vert.x; futures complete on a Vert.x thread.
 */
package dev.llrtj.lambda.runtimeapi;
