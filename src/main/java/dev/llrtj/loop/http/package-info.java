/**
 * The HTTP client behind fetch: one pooled Vert.x client per event loop, made on first use, with LLRT's network
 * variables ({@link dev.llrtj.loop.http.NetConfig}), request/response streaming with backpressure
 * ({@link dev.llrtj.loop.http.Exchange}) and connection warm-up. Callbacks reach JS as loop tasks.
 */
package dev.llrtj.loop.http;
