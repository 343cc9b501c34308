/**
 * A local Lambda: HTTP servers on 127.0.0.1 serving the Runtime API (to runtime child processes it spawns with a
 * Lambda-like environment) and, on the front port, either Lambda's invoke endpoint
 * {@code POST /2015-03-31/functions/function/invocations} or an HTTP API that turns any request into an API Gateway
 * payload 2.0 event ({@link dev.llrtj.emulator.HttpApiEvent}, {@link dev.llrtj.emulator.HttpApiResponse}).
 * Up to {@link dev.llrtj.emulator.ServeOptions#concurrency()} sandboxes, each one runtime child with its own Runtime
 * API port, take invocations one at a time; beyond that they queue ({@code SandboxPool}). The function timeout is
 * enforced by killing the child, which is restarted on the next invocation, as are crashed children. Each
 * invocation logs Lambda-style START / END / REPORT lines. Streamed responses ({@code StreamRelay}) pass through as
 * they arrive: to the function URL of the HTTP API ({@code FunctionUrlStream}), to InvokeWithResponseStream's event
 * stream ({@code EventStreamInvoke}), or buffered for the plain invoke endpoint; their error trailers are read by a
 * Netty handler Vert.x's server lacks ({@code RequestTrailers}). Used by {@code llrt serve} and {@code llrt invoke}.
 */
package dev.llrtj.emulator;
