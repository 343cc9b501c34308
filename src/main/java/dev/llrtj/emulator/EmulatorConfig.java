package dev.llrtj.emulator;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What a local function looks like. {@code runtimeCommand} null means "this JVM running dev.llrtj.Main";
 * otherwise it is one shell command line run with {@code /bin/sh -c}. {@code env} is the user's own variables,
 * applied over the Lambda ones (except AWS_LAMBDA_RUNTIME_API, which is always the emulator's).
 */
public record EmulatorConfig(
        Path taskRoot,
        String handler,
        int port,
        double timeoutSeconds,
        int memoryMb,
        String functionName,
        String runtimeCommand,
        Map<String, String> env,
        double initTimeoutSeconds) {

    public static final String DEFAULT_HANDLER = "index.handler";
    public static final int DEFAULT_PORT = 9000;
    public static final double DEFAULT_TIMEOUT_SECONDS = 3;
    public static final int DEFAULT_MEMORY_MB = 128;
    public static final String DEFAULT_FUNCTION_NAME = "function";
    /** Lambda gives the init phase 10 s before it gives up on a sandbox. */
    public static final double DEFAULT_INIT_TIMEOUT_SECONDS = 10;

    public EmulatorConfig {
        taskRoot = taskRoot.toAbsolutePath().normalize();
        env = Map.copyOf(env);
        if (timeoutSeconds <= 0 || memoryMb <= 0 || initTimeoutSeconds <= 0) {
            throw new IllegalArgumentException("timeout and memory must be positive");
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("bad port " + port);
        }
    }

    public static EmulatorConfig defaults(Path taskRoot) {
        return new EmulatorConfig(taskRoot, DEFAULT_HANDLER, DEFAULT_PORT, DEFAULT_TIMEOUT_SECONDS, DEFAULT_MEMORY_MB,
                DEFAULT_FUNCTION_NAME, null, Map.of(), DEFAULT_INIT_TIMEOUT_SECONDS);
    }

    public EmulatorConfig withPort(int newPort) {
        return new EmulatorConfig(taskRoot, handler, newPort, timeoutSeconds, memoryMb, functionName, runtimeCommand,
                env, initTimeoutSeconds);
    }

    public EmulatorConfig withRuntimeCommand(String command) {
        return new EmulatorConfig(taskRoot, handler, port, timeoutSeconds, memoryMb, functionName, command, env,
                initTimeoutSeconds);
    }

    public EmulatorConfig withTimeoutSeconds(double seconds) {
        return new EmulatorConfig(taskRoot, handler, port, seconds, memoryMb, functionName, runtimeCommand, env,
                initTimeoutSeconds);
    }

    public EmulatorConfig withEnv(Map<String, String> newEnv) {
        return new EmulatorConfig(taskRoot, handler, port, timeoutSeconds, memoryMb, functionName, runtimeCommand,
                newEnv, initTimeoutSeconds);
    }

    public EmulatorConfig withInitTimeoutSeconds(double seconds) {
        return new EmulatorConfig(taskRoot, handler, port, timeoutSeconds, memoryMb, functionName, runtimeCommand,
                env, seconds);
    }

    /** The command line actually run: the given shell command, or llrt itself (see {@link #runtimeNote()}). */
    public List<String> commandLine() {
        return runtime().command();
    }

    /** Which runtime a default child is (the native executable or a JVM) and why; null for a runtime command. */
    public String runtimeNote() {
        return runtime().note();
    }

    DefaultRuntimeCommand.Choice runtime() {
        return runtimeCommand == null ? DefaultRuntimeCommand.choose(memoryMb)
                : new DefaultRuntimeCommand.Choice(List.of("/bin/sh", "-c", runtimeCommand), false, null);
    }
}
