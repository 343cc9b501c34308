/**
 * The Lambda loop: find and load the handler like Node's runtime (init errors with Lambda's error types),
 * then take invocations from the Runtime API client, run them on the event loop and post results and errors.
 * The Runtime API's HTTP side lives in {@link dev.llrtj.lambda.runtimeapi}.
 */
package dev.llrtj.lambda;
