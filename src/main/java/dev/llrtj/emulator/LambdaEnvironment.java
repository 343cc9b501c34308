package dev.llrtj.emulator;

import dev.llrtj.lambda.runtimeapi.RuntimeApi;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The variables a function sees on Lambda. Of the emulator's own environment only what a local run needs passes
 * through ({@link #passesThrough}): a function that works locally because it read some variable of the developer's
 * shell would fail once deployed, so the rest stays out, as it does under SAM (which passes credentials and region).
 */
final class LambdaEnvironment {
    static final String DEFAULT_REGION = "us-east-1";
    static final String DUMMY_ACCESS_KEY = "AKIAIOSFODNN7EXAMPLE";
    static final String DUMMY_SECRET_KEY = "wJalrXUtnFEMIK7MDENGbPxRfiCYEXAMPLEKEY";
    private static final String ACCOUNT = "000000000000";

    private final Map<String, String> values;

    private LambdaEnvironment(Map<String, String> values) {
        this.values = values;
    }

    /**
     * @param inherited the emulator's environment (AWS_* such as real credentials and AWS_ENDPOINT_URL_*, LLRT_*
     *                  switches and the few variables of {@link #PASSED} pass through; nothing else)
     */
    static LambdaEnvironment build(EmulatorConfig config, int port, Map<String, String> inherited) {
        Map<String, String> env = new HashMap<>();
        inherited.forEach((name, value) -> {
            if (passesThrough(name)) {
                env.put(name, value);
            }
        });
        String region = firstNonBlank(config.env().get("AWS_REGION"), inherited.get("AWS_REGION"),
                inherited.get("AWS_DEFAULT_REGION"), DEFAULT_REGION);
        env.put(RuntimeApi.ENV_HANDLER, config.handler());
        env.put(RuntimeApi.ENV_TASK_ROOT, config.taskRoot().toString());
        env.put(RuntimeApi.ENV_FUNCTION_NAME, config.functionName());
        env.put(RuntimeApi.ENV_FUNCTION_VERSION, "$LATEST");
        env.put(RuntimeApi.ENV_FUNCTION_MEMORY, Integer.toString(config.memoryMb()));
        env.put(RuntimeApi.ENV_FUNCTION_TIMEOUT, Long.toString((long) Math.ceil(config.timeoutSeconds())));
        env.put(RuntimeApi.ENV_LOG_GROUP, "/aws/lambda/" + config.functionName());
        env.put(RuntimeApi.ENV_LOG_STREAM, logStreamName());
        env.put("AWS_REGION", region);
        env.put("AWS_DEFAULT_REGION", region);
        env.put("AWS_LAMBDA_INITIALIZATION_TYPE", "on-demand");
        env.put("TZ", ":UTC");
        if (isBlank(env.get("AWS_ACCESS_KEY_ID")) && isBlank(config.env().get("AWS_ACCESS_KEY_ID"))) {
            // SDK clients refuse to sign without credentials; local fakes accept any
            env.put("AWS_ACCESS_KEY_ID", DUMMY_ACCESS_KEY);
            env.put("AWS_SECRET_ACCESS_KEY", DUMMY_SECRET_KEY);
        }
        env.putAll(config.env());
        env.put(RuntimeApi.ENV_RUNTIME_API, "127.0.0.1:" + port);
        return new LambdaEnvironment(env);
    }

    /**
     * The host's variables a local function still gets: the AWS SDK's credentials, region, profile and endpoint
     * settings, llrt's own switches, where programs and the user's ~/.aws are (PATH, HOME), the locale and
     * temporary folder, extra CA certificates (NODE_EXTRA_CA_CERTS, behind a proxy), the shared library path a
     * native runtime may need, and JAVA_TOOL_OPTIONS for a JVM runtime.
     */
    static final java.util.Set<String> PASSED = java.util.Set.of("PATH", "HOME", "LANG", "LC_ALL", "TMPDIR",
            "NODE_EXTRA_CA_CERTS", "LD_LIBRARY_PATH", "JAVA_TOOL_OPTIONS");

    static boolean passesThrough(String name) {
        return name.startsWith("AWS_") || name.startsWith("LLRT_") || PASSED.contains(name);
    }

    Map<String, String> values() {
        return values;
    }

    String region() {
        return values.get("AWS_REGION");
    }

    String functionArn(String functionName) {
        return "arn:aws:lambda:" + region() + ":" + ACCOUNT + ":function:" + functionName;
    }

    private static String logStreamName() {
        String day = LocalDate.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy/MM/dd"));
        byte[] random = new byte[16];
        ThreadLocalRandom.current().nextBytes(random);
        return day + "/[$LATEST]" + HexFormat.of().formatHex(random);
    }

    /** X-Ray style id: Lambda sends one on every invoke, sampled or not. */
    static String newTraceId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        HexFormat hex = HexFormat.of();
        byte[] root = new byte[12];
        byte[] parent = new byte[8];
        random.nextBytes(root);
        random.nextBytes(parent);
        return String.format("Root=1-%08x-%s;Parent=%s;Sampled=0",
                System.currentTimeMillis() / 1000, hex.formatHex(root), hex.formatHex(parent));
    }

    private static String firstNonBlank(String... candidates) {
        for (String c : candidates) {
            if (!isBlank(c)) {
                return c;
            }
        }
        return null;
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
