package dev.llrtj.lambda.runtimeapi;

/**
 * One event handed out by {@code GET next}, with its headers. Optional headers are null when absent;
 * {@code deadlineMs} is epoch milliseconds (0 when the server sent none).
 */
public record Invocation(
        String requestId,
        long deadlineMs,
        String invokedFunctionArn,
        String traceId,
        String clientContext,
        String cognitoIdentity,
        String invocationId,
        byte[] event) {}
