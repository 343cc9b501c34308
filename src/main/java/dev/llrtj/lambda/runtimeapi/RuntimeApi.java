package dev.llrtj.lambda.runtimeapi;

/**
 * Every path, header and limit of the Lambda Runtime API, in one place so the client and the emulator cannot
 * drift apart. Header names are compared case-insensitively on the wire.
 */
public final class RuntimeApi {
    private RuntimeApi() {}

    public static final String VERSION_PREFIX = "/2018-06-01";
    public static final String NEXT_PATH = VERSION_PREFIX + "/runtime/invocation/next";
    public static final String INVOCATION_PREFIX = VERSION_PREFIX + "/runtime/invocation/";
    public static final String RESPONSE_SUFFIX = "/response";
    public static final String ERROR_SUFFIX = "/error";
    public static final String INIT_ERROR_PATH = VERSION_PREFIX + "/runtime/init/error";

    /** The local invoke endpoint of Lambda's own emulator (and SAM), which users' tools already call. */
    public static final String INVOKE_PATH = "/2015-03-31/functions/function/invocations";

    /** Largest synchronous (buffered) response body Lambda accepts; one byte more answers 413. */
    public static final int MAX_RESPONSE_BYTES = 6_291_556;

    /** Lambda's (soft) limit on a streamed response: 20 MiB; beyond it the stream is cut and the invocation fails. */
    public static final int MAX_STREAMED_RESPONSE_BYTES = 20 * 1024 * 1024;

    // Headers of GET next
    public static final String HEADER_REQUEST_ID = "Lambda-Runtime-Aws-Request-Id";
    public static final String HEADER_DEADLINE_MS = "Lambda-Runtime-Deadline-Ms";
    public static final String HEADER_FUNCTION_ARN = "Lambda-Runtime-Invoked-Function-Arn";
    public static final String HEADER_TRACE_ID = "Lambda-Runtime-Trace-Id";
    public static final String HEADER_CLIENT_CONTEXT = "Lambda-Runtime-Client-Context";
    public static final String HEADER_COGNITO_IDENTITY = "Lambda-Runtime-Cognito-Identity";
    /** Sent by newer servers on next; echoed back on response/error when present. */
    public static final String HEADER_INVOCATION_ID = "Lambda-Runtime-Invocation-Id";

    // Headers the runtime sends
    public static final String HEADER_ERROR_TYPE = "Lambda-Runtime-Function-Error-Type";
    public static final String HEADER_ERROR_BODY = "Lambda-Runtime-Function-Error-Body";
    public static final String HEADER_RESPONSE_MODE = "Lambda-Runtime-Function-Response-Mode";
    public static final String RESPONSE_MODE_STREAMING = "streaming";

    // Headers of the invoke endpoint
    public static final String HEADER_FUNCTION_ERROR = "X-Amz-Function-Error";
    public static final String FUNCTION_ERROR_UNHANDLED = "Unhandled";
    public static final String HEADER_INVOCATION_TYPE = "X-Amz-Invocation-Type";
    public static final String HEADER_INVOKE_CLIENT_CONTEXT = "X-Amz-Client-Context";
    public static final String HEADER_EXECUTED_VERSION = "X-Amz-Executed-Version";
    public static final String HEADER_INVOKE_REQUEST_ID = "X-Amzn-RequestId";

    public static final String CONTENT_TYPE_JSON = "application/json";

    // Environment variables of a function
    public static final String ENV_RUNTIME_API = "AWS_LAMBDA_RUNTIME_API";
    public static final String ENV_HANDLER = "_HANDLER";
    public static final String ENV_TASK_ROOT = "LAMBDA_TASK_ROOT";
    public static final String ENV_FUNCTION_NAME = "AWS_LAMBDA_FUNCTION_NAME";
    public static final String ENV_FUNCTION_VERSION = "AWS_LAMBDA_FUNCTION_VERSION";
    public static final String ENV_FUNCTION_MEMORY = "AWS_LAMBDA_FUNCTION_MEMORY_SIZE";
    public static final String ENV_FUNCTION_TIMEOUT = "AWS_LAMBDA_FUNCTION_TIMEOUT";
    public static final String ENV_LOG_GROUP = "AWS_LAMBDA_LOG_GROUP_NAME";
    public static final String ENV_LOG_STREAM = "AWS_LAMBDA_LOG_STREAM_NAME";
    public static final String ENV_TRACE_ID = "_X_AMZN_TRACE_ID";

    public static String responsePath(String requestId) {
        return INVOCATION_PREFIX + encodeId(requestId) + RESPONSE_SUFFIX;
    }

    public static String errorPath(String requestId) {
        return INVOCATION_PREFIX + encodeId(requestId) + ERROR_SUFFIX;
    }

    /**
     * A request id as one path segment, as Node's runtime writes it (encodeURIComponent): the id is whatever the
     * server sent, and a space, slash or '?' in it would otherwise make a request line the server cannot parse.
     */
    public static String encodeId(String requestId) {
        StringBuilder out = new StringBuilder(requestId.length());
        for (byte b : requestId.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c < 0x80 && (Character.isLetterOrDigit(c) || "-_.!~*'()".indexOf(c) >= 0)) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
    }
}
